import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { openingChunks } from './bundle-report';

/** A chunk as the bundler reports it, with only the fields the report reads. */
const chunk = (
	fileName: string,
	o: { entry?: boolean; facade?: string; modules?: string[]; imports?: string[] } = {}
) =>
	({
		type: 'chunk',
		fileName,
		isEntry: o.entry ?? false,
		facadeModuleId: o.facade ?? null,
		modules: Object.fromEntries((o.modules ?? []).map((id) => [id, { renderedLength: 1 }])),
		imports: o.imports ?? [],
		dynamicImports: []
	}) as unknown as Rollup.OutputChunk;

const bundleOf = (files: Rollup.OutputChunk[]) =>
	Object.fromEntries(files.map((f) => [f.fileName, f])) as Rollup.OutputBundle;

describe('the chunks the map page loads to open', () => {
	it('follows static imports from the entries and the root layout and page, not dynamic ones', () => {
		const files = [
			chunk('entry/start.js', { entry: true, imports: ['chunks/kit.js'] }),
			chunk('entry/app.js', { entry: true }),
			chunk('nodes/0.js', { facade: '/p/src/routes/+layout.svelte', imports: ['chunks/kit.js'] }),
			chunk('nodes/2.js', { facade: '/p/src/routes/+page.svelte', imports: ['chunks/app.js'] }),
			chunk('nodes/3.js', { facade: '/p/src/routes/place/[id]/+page.svelte', imports: ['chunks/app.js'] }),
			chunk('chunks/app.js', { imports: ['chunks/maplibre.js'] }),
			chunk('chunks/maplibre.js'),
			chunk('chunks/kit.js'),
			chunk('chunks/lazy-details.js', { imports: ['chunks/turf.js'] }),
			chunk('chunks/turf.js')
		];
		expect([...openingChunks(bundleOf(files))].sort()).toEqual([
			'chunks/app.js',
			'chunks/kit.js',
			'chunks/maplibre.js',
			'entry/app.js',
			'entry/start.js',
			'nodes/0.js',
			'nodes/2.js'
		]);
	});

	it('counts only the map page’s own SvelteKit route nodes, though every node is an entry', () => {
		// As SvelteKit builds them: each node an entry whose facade is its generated module, holding the
		// route's component; the error page and the place and figure pages are not loaded by the map page.
		const node = (n: number, route: string, imports: string[] = ['chunks/app.js']) =>
			chunk(`nodes/${n}.js`, {
				entry: true,
				facade: `/p/.svelte-kit/generated/client-optimized/nodes/${n}.js`,
				modules: [`/p/src/routes/${route}`, `/p/.svelte-kit/generated/client-optimized/nodes/${n}.js`],
				imports
			});
		const files = [
			chunk('entry/start.js', { entry: true, imports: ['chunks/app.js'] }),
			chunk('entry/app.js', { entry: true, facade: '/p/.svelte-kit/generated/client-optimized/app.js' }),
			node(0, '+layout.svelte'),
			node(1, '+error.svelte', ['chunks/error-only.js']),
			node(2, '+page.svelte'),
			node(3, 'figure/[id]/+page.svelte'),
			node(4, 'place/[id]/+page.svelte', ['chunks/place-only.js']),
			chunk('chunks/app.js', { imports: ['chunks/maplibre.js'] }),
			chunk('chunks/maplibre.js'),
			chunk('chunks/error-only.js'),
			chunk('chunks/place-only.js')
		];
		expect([...openingChunks(bundleOf(files))].sort()).toEqual([
			'chunks/app.js',
			'chunks/maplibre.js',
			'entry/app.js',
			'entry/start.js',
			'nodes/0.js',
			'nodes/2.js'
		]);
	});
});
