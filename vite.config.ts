import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { bundleReport } from './scripts/bench/bundle-report';

/** `FT_BENCH=1` builds the benchmark build (see scripts/bench.ts); the normal build carries none of it. */
const bench = process.env.FT_BENCH === '1';

export default defineConfig({
	plugins: [sveltekit(), ...(bench ? [bundleReport()] : [])],
	define: { __FT_BENCH__: JSON.stringify(bench) },
	server: { fs: { allow: ['geo'] } },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node'
	}
});
