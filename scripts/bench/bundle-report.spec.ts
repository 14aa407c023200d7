import { describe, expect, it } from 'vitest';
import type { Rollup } from 'vite';
import { openingChunks } from './bundle-report';

/** A chunk as the bundler reports it, with only the fields the report reads. */
const chunk = (fileName: string, o: { entry?: boolean; facade?: string; imports?: string[] } = {}) =>
	({
		type: 'chunk',
		fileName,
		isEntry: o.entry ?? false,
		facadeModuleId: o.facade ?? null,
		imports: o.imports ?? [],
		dynamicImports: []
	}) as unknown as Rollup.OutputChunk;

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
		const bundle = Object.fromEntries(files.map((f) => [f.fileName, f])) as Rollup.OutputBundle;
		expect([...openingChunks(bundle)].sort()).toEqual([
			'chunks/app.js',
			'chunks/kit.js',
			'chunks/maplibre.js',
			'entry/app.js',
			'entry/start.js',
			'nodes/0.js',
			'nodes/2.js'
		]);
	});
});
