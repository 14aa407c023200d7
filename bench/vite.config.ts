/**
 * Builds the benchmark's baseline pages (bench/pages/*.html, whose code is in scripts/bench/baseline/:
 * plain MapLibre, same data, same basemap; open-csv.html: a bare CSV parse) into `<FT_BUILD_DIR>/bench/`, beside the bench build of
 * the app, so one static server serves both from one origin. Used only by scripts/bench.ts.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./pages', import.meta.url));
const src = fileURLToPath(new URL('../src/lib', import.meta.url));
const outDir = fileURLToPath(
	new URL(`../${process.env.FT_BUILD_DIR ?? 'build-bench'}/bench`, import.meta.url)
);

export default defineConfig({
	root,
	base: '/bench/',
	resolve: { alias: { $lib: src } },
	logLevel: 'warn',
	build: {
		outDir,
		emptyOutDir: true,
		rollupOptions: {
			input: {
				naive: `${root}/naive.html`,
				'global-state': `${root}/global-state.html`,
				best: `${root}/best.html`,
				'open-csv': `${root}/open-csv.html`
			}
		}
	}
});
