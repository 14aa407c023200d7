import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { bundleReport, isMaplibre } from './scripts/bench/bundle-report';
import { benchDataBase } from './scripts/bench/data-base-plugin';

/**
 * `FT_BENCH=1` builds the benchmark build (see scripts/bench.ts): the bundle report, and the data
 * base with the `?dataset=` switch (scripts/bench/data-base.ts). The normal build carries none of it.
 */
const bench = process.env.FT_BENCH === '1';

/** Not maplibre-gl, a route's own component or SvelteKit's entries and error template. */
const isSharedAppModule = (id: string): boolean =>
	!isMaplibre(id) && !/[\\/](src[\\/]routes|generated[\\/]client-optimized)[\\/]|error-template/.test(id);

/**
 * The client build puts maplibre-gl in a chunk of its own: the library changes far less often than
 * the app, so browsers keep it cached across releases, and the app's own size can be measured
 * exactly. Everything else that every page loads (Svelte, SvelteKit's client, our components) goes
 * into one shared chunk instead of the three the bundler would make: they are always loaded
 * together, and one file compresses better than three (about 1.5 KB less gzip). Route components
 * and SvelteKit's entries stay where SvelteKit puts them, and so does its error template, which is
 * only fetched on a fatal error. The SSR/prerender build keeps SvelteKit's chunking.
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
						output: {
							codeSplitting: {
								groups: [
									{ name: 'maplibre', test: isMaplibre },
									{ name: 'app', test: isSharedAppModule }
								]
							}
						}
					}
				}
			};
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), maplibreChunk(), ...(bench ? [bundleReport(), benchDataBase()] : [])],
	server: { fs: { allow: ['geo'] } },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'test/**/*.spec.ts'],
		environment: 'node'
	}
});
