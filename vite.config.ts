import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { bundleReport, isMaplibre } from './scripts/bench/bundle-report';
import { benchDataBase } from './scripts/bench/data-base-plugin';

/**
 * `FT_BENCH=1` builds the benchmark build (see scripts/bench.ts): the data base with the `?dataset=`
 * switch (scripts/bench/data-base.ts). The normal build carries none of it. `FT_BENCH_BUNDLE_OUT`
 * (a path) adds the bundle report; the bench asks for it on a normal build, so the sizes it reports
 * are those of the code readers get, without the bench's own.
 */
const bench = process.env.FT_BENCH === '1';
const bundleOut = !!process.env.FT_BENCH_BUNDLE_OUT;

/** Not maplibre-gl, a route's own component or SvelteKit's entries and error template. */
const isSharedAppModule = (id: string): boolean =>
	!isMaplibre(id) && !/[\\/](src[\\/]routes|generated[\\/]client-optimized)[\\/]|error-template/.test(id);

type ModuleInfoOf = { getModuleInfo(id: string): { importers: string[]; dynamicImporters: string[] } | null };

/**
 * `@turf/turf` re-exports every Turf package: its import of a package the page never calls does not
 * make that package part of the page (tree-shaking drops it), so it does not count as an importer.
 */
const isReexportBarrel = (id: string): boolean => /[\\/]node_modules[\\/]@turf[\\/]turf[\\/]/.test(id);

/** Our own code (a `src/lib` module) that loads a part of the app on demand with `import()`. */
const isOwnLazyBoundary = (id: string): boolean => /[\\/]src[\\/]lib[\\/]/.test(id);

/**
 * Whether a module is reached only through one of our own `import()`s (a part of the app loaded on
 * demand, e.g. the details panel's territory part with its Turf measures): such modules stay out of
 * the shared chunk, in the lazy chunk the bundler makes for them. SvelteKit's own dynamic imports of
 * the route nodes do not count: everything they reach is loaded with the page.
 */
function lazyOnly(id: string, ctx: ModuleInfoOf, seen = new Map<string, boolean>()): boolean {
	const known = seen.get(id);
	if (known !== undefined) return known;
	seen.set(id, true); // a cycle on the way does not decide it
	const info = ctx.getModuleInfo(id);
	const result =
		!!info &&
		info.importers.length + info.dynamicImporters.length > 0 &&
		info.importers.every((i) => isReexportBarrel(i) || lazyOnly(i, ctx, seen)) &&
		info.dynamicImporters.every((i) => isOwnLazyBoundary(i) || lazyOnly(i, ctx, seen));
	seen.set(id, result);
	return result;
}

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
									{
										name: (id, ctx) => (isSharedAppModule(id) && !lazyOnly(id, ctx) ? 'app' : null),
										debugName: 'app'
									}
								]
							}
						}
					}
				}
			};
		}
	};
}

/** Where the unit specs are, and what a spec file's name ends with. */
const SPEC_DIRS = ['src', 'scripts', 'test'];
const SPEC_END = '.spec.ts';

/** A spec that replaces modules, globals or the clock for the files it runs in. */
const REPLACES = /\bvi\.(mock|doMock|unmock|stubGlobal|stubEnv|useFakeTimers|spyOn)\b/;

/**
 * The specs that replace something (`REPLACES`): each gets a module graph of its own (Vitest's
 * `isolate`). Every other spec shares its thread's modules with the specs before it: loading Turf,
 * Svelte and the data code once per thread instead of once per file takes `vitest run` from about 45 s
 * to under 20 s on the 2-core machine (3 Dec 2026), and none of them keeps state between files.
 */
function isolatedSpecs(): string[] {
	return SPEC_DIRS.flatMap((dir) =>
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((f) => f.endsWith(SPEC_END))
			.map((f) => join(dir, f))
			.filter((f) => REPLACES.test(readFileSync(f, 'utf8')))
	).sort();
}

/** The two unit-test projects: the specs that replace something, isolated; the others, sharing. */
function specProjects(): TestProjectInlineConfiguration[] {
	const isolated = isolatedSpecs();
	return [
		{ extends: true, test: { name: 'replacing', include: isolated, isolate: true } },
		{
			extends: true,
			test: {
				name: 'shared',
				include: SPEC_DIRS.map((dir) => `${dir}/**/*${SPEC_END}`),
				exclude: [...configDefaults.exclude, ...isolated],
				isolate: false
			}
		}
	];
}

export default defineConfig({
	plugins: [
		sveltekit(),
		maplibreChunk(),
		...(bench ? [benchDataBase()] : []),
		...(bundleOut ? [bundleReport()] : [])
	],
	server: { fs: { allow: ['geo'] } },
	// Any site may frame the map (an article's embed, `?embed`): the meta-tag CSP cannot say so, a
	// header can (README, Publishing › Embedding). The e2e suite serves the build with `vite preview`.
	preview: { headers: { 'Content-Security-Policy': 'frame-ancestors *' } },
	test: {
		environment: 'node',
		// Worker threads: 70-97 s against 130-138 s for the default child processes on the 2-core
		// machine (2 Dec 2026), each spec file then still in its own module graph.
		pool: 'threads',
		// Read only when Vitest runs (it sets VITEST): a build or the dev server has no specs to sort.
		projects: process.env['VITEST'] ? specProjects() : []
	}
});
