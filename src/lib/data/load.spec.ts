import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDataset, manifestFor, type DataManifest } from './load';
import { stampManifest } from './stamp';
import { validateDataset } from './validate';

// The validator as the loader imports it, counted: the checked files must not go through it.
vi.mock('./validate', async (original) => {
	const real = await original<typeof import('./validate')>();
	return { ...real, validateDataset: vi.fn(real.validateDataset) };
});
const validations = () => vi.mocked(validateDataset).mock.calls.length;

const GEO = join(process.cwd(), 'geo');
const geoFiles = Object.fromEntries(readdirSync(GEO).map((n) => [n, readFileSync(join(GEO, n), 'utf8')]));

const bytes = (text: string) => async () => new TextEncoder().encode(text).buffer as ArrayBuffer;

/**
 * A fake server for `${base}/data/*`: these files, minus any names in `missing`, and a manifest
 * (by default one without digests, as a host whose files were not built by us would serve).
 */
function fakeFetch(
	base: string,
	files: Record<string, string>,
	missing: string[] = [],
	manifest: DataManifest = manifestFor(Object.keys(files))
) {
	const requested: string[] = [];
	const fn = async (url: string) => {
		requested.push(url);
		const name = url.slice(`${base}/data/`.length);
		const body = name === 'index.json' ? JSON.stringify(manifest) : files[name];
		const ok = url.startsWith(`${base}/data/`) && body !== undefined && !missing.includes(name);
		return { ok, status: ok ? 200 : 404, arrayBuffer: bytes(body ?? '') };
	};
	return { fn, requested };
}

const stamped = stampManifest(new Map(Object.entries(geoFiles)));

describe('loadDataset', () => {
	it('loads and validates everything the manifest lists', async () => {
		const { fn, requested } = fakeFetch('/sub', geoFiles);
		const { dataset, errors } = await loadDataset('/sub/', fn);
		expect(errors).toEqual([]);
		expect(dataset.features.length).toBeGreaterThan(10);
		expect(dataset.sources.map((s) => s.id)).toEqual(['aljazeera-2025-02-06', 'deepstatemap']);
		expect(requested).not.toContain('/sub/data/README.md');
	});

	it('digests only the files the manifest vouches for', async () => {
		const digest = vi.spyOn(crypto.subtle, 'digest');
		try {
			await loadDataset('', fakeFetch('', geoFiles).fn);
			expect(digest).not.toHaveBeenCalled();
			await loadDataset('', fakeFetch('', geoFiles, [], stamped).fn);
			expect(digest).toHaveBeenCalledTimes(stamped.files.length);
		} finally {
			digest.mockRestore();
		}
	});

	it('names a file that fails to load and still loads the rest', async () => {
		const { fn } = fakeFetch('', geoFiles, ['kupiansk.geojson']);
		const { dataset, errors } = await loadDataset('', fn);
		expect(errors).toEqual(['data/kupiansk.geojson: could not be loaded (HTTP 404)']);
		expect(dataset.features.some((f) => f.properties.layer === 'kursk')).toBe(true);
		expect(dataset.features.some((f) => f.properties.layer === 'kupiansk')).toBe(false);
	});

	it('reports invalid data as formatted lines and keeps the valid features', async () => {
		const broken = geoFiles['strikes.geojson']?.replace('"2025-01-31"', '"2025-02-30"') ?? '';
		const { fn } = fakeFetch('', { ...geoFiles, 'strikes.geojson': broken });
		const { dataset, errors } = await loadDataset('', fn);
		expect(errors).toEqual([
			"data/strikes.geojson: volgograd-refinery-strike-1: properties.time.start: '2025-02-30' is not a real date"
		]);
		expect(dataset.features.some((f) => f.id === 'poltava-strike')).toBe(true);
		expect(dataset.features.some((f) => f.id === 'volgograd-refinery-strike-1')).toBe(false);
	});

	it('degrades to an empty dataset when the manifest is missing', async () => {
		const fn = async () => ({ ok: false, status: 404, arrayBuffer: bytes('') });
		const { dataset, errors } = await loadDataset('', fn);
		expect(dataset.features).toEqual([]);
		expect(errors).toEqual(['data/index.json: could not be loaded (HTTP 404)']);
	});

	it('says a manifest that is not JSON lists no data files, and loads nothing', async () => {
		const fn = async () => ({ ok: true, status: 200, arrayBuffer: bytes('<html>not json</html>') });
		const { dataset, errors } = await loadDataset('', fn);
		expect(dataset.features).toEqual([]);
		expect(errors).toEqual(['data/index.json: lists no data files ({ "files": [...] })']);
	});

	it('does not fetch names outside the data files, and survives a network failure', async () => {
		const requested: string[] = [];
		const fn = async (url: string) => {
			requested.push(url);
			if (url.endsWith('index.json')) {
				return {
					ok: true,
					status: 200,
					arrayBuffer: bytes(JSON.stringify({ files: ['../secrets.json', 'sources.json'] }))
				};
			}
			throw new TypeError('Failed to fetch');
		};
		const { errors } = await loadDataset('', fn);
		expect(requested).toEqual(['/data/index.json', '/data/sources.json']);
		expect(errors).toEqual([
			'data/index.json: "../secrets.json" is not a data file name',
			'data/sources.json: could not be loaded (Failed to fetch)'
		]);
	});

	describe('with the digests the build wrote', () => {
		beforeEach(() => {
			vi.mocked(validateDataset).mockClear();
		});

		it('assembles the checked files without validating them (Web Crypto agrees with the build’s digests), to the validator’s own dataset', async () => {
			expect(Object.keys(stamped.checked ?? {})).toEqual(stamped.files);
			const { fn } = fakeFetch('', geoFiles, [], stamped);
			const loaded = await loadDataset('', fn);
			expect(loaded.errors).toEqual([]);
			expect(validations()).toBe(0);
			const files = stamped.files.map((n) => ({ path: `data/${n}`, text: geoFiles[n] ?? '' }));
			expect(loaded.dataset).toEqual(validateDataset(files).dataset);
		});

		it('validates a file changed on the host after the build, and names what is wrong', async () => {
			const broken = geoFiles['strikes.geojson']?.replace('"2025-01-31"', '"2025-02-30"') ?? '';
			const { fn } = fakeFetch('', { ...geoFiles, 'strikes.geojson': broken }, [], stamped);
			const { dataset, errors } = await loadDataset('', fn);
			expect(validations()).toBe(1);
			expect(errors).toEqual([
				"data/strikes.geojson: volgograd-refinery-strike-1: properties.time.start: '2025-02-30' is not a real date"
			]);
			expect(dataset.features.some((f) => f.id === 'volgograd-refinery-strike-1')).toBe(false);
		});

		it('validates when a checked file is missing or the manifest lists one it does not vouch for', async () => {
			const missing = await loadDataset('', fakeFetch('', geoFiles, ['kupiansk.geojson'], stamped).fn);
			expect(validations()).toBe(1);
			expect(missing.errors).toEqual(['data/kupiansk.geojson: could not be loaded (HTTP 404)']);
			const { 'kupiansk.geojson': _left, ...vouched } = stamped.checked ?? {};
			const partial = await loadDataset(
				'',
				fakeFetch('', geoFiles, [], { files: stamped.files, checked: vouched }).fn
			);
			expect(partial.errors).toEqual([]);
			expect(validations()).toBe(2);
		});
	});
});
