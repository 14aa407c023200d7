import { describe, expect, it } from 'vitest';
import { allChecked, assembleChecked, checkedDigests, digestOf } from './checked';

const enc = (text: string) => new TextEncoder().encode(text);

describe('checked data', () => {
	it('digests bytes as SHA-256 in lower-case hex (FIPS 180-2 test vector "abc")', async () => {
		expect(await digestOf(enc('abc'))).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});

	it('reads only well-formed digests from a manifest', () => {
		const good = 'a'.repeat(64);
		expect(checkedDigests({ files: [], checked: { 'a.geojson': good, 'b.geojson': 'x', c: 3 } })).toEqual({
			'a.geojson': good
		});
		expect(checkedDigests({ files: [] })).toBeUndefined();
		expect(checkedDigests({ checked: ['a'] })).toBeUndefined();
		expect(checkedDigests(null)).toBeUndefined();
	});

	it('vouches only for the whole set of checked files, byte for byte', async () => {
		const read = async (name: string, text: string) => ({ name, digest: await digestOf(enc(text)) });
		const files = [await read('a.geojson', '{"a":1}'), await read('sources.json', '{"sources":[]}')];
		const checked = Object.fromEntries(files.map((f) => [f.name, f.digest as string]));
		expect(allChecked(files, checked)).toBe(true);
		expect(allChecked([files[0]!, await read('sources.json', '{"sources": []}')], checked)).toBe(false);
		expect(allChecked([files[0]!, { ...files[1]!, digest: null }], checked)).toBe(false);
		expect(allChecked(files.slice(0, 1), checked)).toBe(false);
		expect(allChecked(files, undefined)).toBe(false);
		expect(allChecked([], {})).toBe(false);
	});

	it('throws on a file that is not of the shape the build checked, so the caller validates instead', () => {
		expect(() => assembleChecked([{ path: 'data/sources.json', text: '{"sources": 1}' }])).toThrow();
		expect(() => assembleChecked([{ path: 'data/a.geojson', text: 'not json' }])).toThrow();
		expect(() => assembleChecked([{ path: 'data/readme.txt', text: '{}' }])).toThrow();
		// Parsed already by the loader: the parsed value is what counts.
		expect(() => assembleChecked([{ path: 'data/sources.json', text: '', json: { sources: 1 } }])).toThrow();
		expect(assembleChecked([{ path: 'data/sources.json', text: '', json: { sources: [] } }]).sources).toEqual(
			[]
		);
	});
});
