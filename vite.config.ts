import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { bundleReport, isMaplibre } from './scripts/bench/bundle-report';

/** `FT_BENCH=1` builds the benchmark build (see scripts/bench.ts); the normal build carries none of it. */
const bench = process.env.FT_BENCH === '1';

/**
 * The client build puts maplibre-gl in a chunk of its own: the library changes far less often than
 * the app, so browsers keep it cached across releases, and the app's own size can be measured
 * exactly. The SSR/prerender build keeps SvelteKit's chunking.
 */
function maplibreChunk(): Plugin {
	return {
		name: 'ft-maplibre-chunk',
		apply: 'build',
		config(config) {
			if (config.build?.ssr) return;
			return {
				build: {
					rolldownOptions: {
						output: { codeSplitting: { groups: [{ name: 'maplibre', test: isMaplibre }] } }
					}
				}
			};
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), maplibreChunk(), ...(bench ? [bundleReport()] : [])],
	define: { __FT_BENCH__: JSON.stringify(bench) },
	server: { fs: { allow: ['geo'] } },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});
