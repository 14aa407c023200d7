/**
 * Hostile data: a data file can be replaced on a newsroom's host, so the validator is the wall
 * between what anyone can write into `geo/` and what the page does. Markup is plain text to it
 * (kept verbatim, never decoded or escaped: the UI renders it as text), links are http(s) or
 * nothing, and over-long or invisible text, unknown keys and prototype tricks are rejected.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeHref } from '$lib/details/format';
import { formatError, validateDataset, type DataFile } from './validate';

const GEO = join(process.cwd(), 'geo');
const realSources = JSON.parse(readFileSync(join(GEO, 'sources.json'), 'utf8')) as {
	sources: Record<string, unknown>[];
};
const poltava = (
	JSON.parse(readFileSync(join(GEO, 'strikes.geojson'), 'utf8')) as { features: Record<string, unknown>[] }
).features.find((f) => f.id === 'poltava-strike')!;
/** The project's own layer declarations, so a `strikes.geojson` here is a declared layer. */
const LAYERS: DataFile = { path: 'layers.json', text: readFileSync(join(GEO, 'layers.json'), 'utf8') };
const SOURCE_ID = String(realSources.sources[0]?.['id']);
const PUBLISHER = String(realSources.sources[0]?.['publisher']);

const HOSTILE_TEXT = [
	'<script>window.__pwned=2</script>',
	'<img src=x onerror="window.__pwned=1">',
	'&lt;b&gt;bold&lt;/b&gt; &amp; &#x3C;script&#x3E;',
	'"><svg onload=alert(1)>',
	'{@html x} {{constructor.constructor("alert(1)")()}}',
	"'; DROP TABLE features; --"
];

const BAD_URLS = [
	'javascript:alert(1)',
	'JaVaScRiPt:alert(1)',
	'  javascript:alert(1)',
	'java\tscript:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	'vbscript:msgbox(1)',
	'file:///etc/passwd',
	'//evil.example/x',
	'/relative/path',
	'not a url'
];

function clone<T>(v: T): T {
	return JSON.parse(JSON.stringify(v)) as T;
}

function feature(patch: (f: { properties: Record<string, unknown> }) => void): Record<string, unknown> {
	const f = clone(poltava) as Record<string, unknown> & { properties: Record<string, unknown> };
	f['id'] = 'hostile-strike';
	patch(f);
	return f;
}

function files(features: unknown[], sources: unknown[] = realSources.sources): DataFile[] {
	return [
		{ path: 'sources.json', text: JSON.stringify({ sources }) },
		LAYERS,
		{ path: 'strikes.geojson', text: JSON.stringify({ type: 'FeatureCollection', features }) }
	];
}

function claims(f: { properties: Record<string, unknown> }): Record<string, unknown>[] {
	return f.properties['claims'] as Record<string, unknown>[];
}

describe('markup in data is kept as plain text', () => {
	it.each(HOSTILE_TEXT)(
		'accepts %j verbatim in names, summaries and claims (the UI renders text)',
		(text) => {
			const f = feature((f) => {
				f.properties['name'] = text;
				f.properties['summary'] = text;
				claims(f)[0]!['text'] = text;
				claims(f)[0]!['claimant'] = text;
			});
			const { dataset, errors } = validateDataset(files([f]));
			expect(errors.map(formatError)).toEqual([]);
			const p = dataset.features[0]!.properties;
			// Not decoded, not escaped, not stripped: exactly the bytes of the file.
			expect(p.name).toBe(text);
			expect(p.summary).toBe(text);
			expect(p.claims[0]!.text).toBe(text);
			expect(p.claims[0]!.claimant).toBe(text);
		}
	);
});

describe('links', () => {
	it.each(BAD_URLS)('rejects the source url %j, and every feature citing that source', (url) => {
		const sources = [{ ...realSources.sources[0], url }];
		const { dataset, errors } = validateDataset(files([feature(() => {})], sources));
		const lines = errors.map(formatError);
		expect(lines).toContainEqual(expect.stringContaining(`sources.json: ${SOURCE_ID}: url:`));
		expect(lines).toContainEqual(expect.stringContaining('has errors in sources.json'));
		expect(dataset.sources).toEqual([]);
		expect(dataset.features).toEqual([]);
		// The UI's own guard agrees, in case a source ever reaches it another way.
		expect(safeHref(url)).toBeNull();
	});

	it('accepts http and https links, which the UI then renders as they are', () => {
		for (const url of ['https://example.org/a?b=c&d=<e>', 'http://example.org/']) {
			const sources = [{ ...realSources.sources[0], url }];
			const { dataset, errors } = validateDataset(files([feature(() => {})], sources));
			expect(errors.map(formatError)).toEqual([]);
			expect(dataset.sources[0]?.url).toBe(url);
			expect(safeHref(url)).toMatch(/^https?:\/\/example\.org\//);
		}
	});
});

describe('long and invisible text', () => {
	it('accepts a 190-character name and a 1,900-character claim, rejects one character past the limits', () => {
		const ok = feature((f) => {
			f.properties['name'] = 'N'.repeat(190);
			claims(f)[0]!['text'] = 'word '.repeat(380);
		});
		expect(validateDataset(files([ok])).errors).toEqual([]);

		const tooLong = feature((f) => {
			f.properties['name'] = 'N'.repeat(201);
			claims(f)[0]!['text'] = 'x'.repeat(2001);
		});
		const { dataset, errors } = validateDataset(files([tooLong]));
		expect(errors.map(formatError)).toEqual([
			'strikes.geojson: hostile-strike: properties.name: is 201 characters long (at most 200)',
			'strikes.geojson: hostile-strike: properties.claims[0].text: is 2001 characters long (at most 2000)'
		]);
		expect(dataset.features).toEqual([]);
	});

	it.each([
		['a NUL byte', 'Poltava\u0000'],
		['an escape sequence', '\u001b[31mred'],
		['a right-to-left override', 'Poltava \u202eevil'],
		['a bidi isolate', '\u2066Poltava\u2069'],
		['only spaces', '   ']
	])('rejects a name with %s', (_what, name) => {
		const { dataset, errors } = validateDataset(files([feature((f) => (f.properties['name'] = name))]));
		expect(errors.map(formatError)).toContainEqual(
			expect.stringContaining('strikes.geojson: hostile-strike: properties.name:')
		);
		expect(dataset.features).toEqual([]);
	});

	it('rejects a megabyte-long name without choking', () => {
		const { errors } = validateDataset(files([feature((f) => (f.properties['name'] = 'A'.repeat(1e6)))]));
		expect(errors.map(formatError)).toEqual([
			'strikes.geojson: hostile-strike: properties.name: is 1000000 characters long (at most 200)'
		]);
	});
});

describe('structure tricks', () => {
	it('rejects __proto__ and constructor keys, and pollutes nothing', () => {
		const text = JSON.stringify({ type: 'FeatureCollection', features: [feature(() => {})] }).replace(
			'"properties":{',
			'"properties":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},'
		);
		const { dataset, errors } = validateDataset([
			{ path: 'sources.json', text: JSON.stringify(realSources) },
			LAYERS,
			{ path: 'strikes.geojson', text }
		]);
		const lines = errors.map(formatError);
		expect(lines).toContainEqual(expect.stringContaining('properties.__proto__: unknown key'));
		expect(lines).toContainEqual(expect.stringContaining('properties.constructor: unknown key'));
		expect(dataset.features).toEqual([]);
		expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
	});

	it.each([
		['a path', '../../etc/passwd'],
		['markup', '<img src=x>'],
		['a URL', 'javascript:alert(1)'],
		['spaces', 'poltava strike'],
		['upper case', 'Poltava-Strike'],
		['an 81-character id', 'a'.repeat(81)]
	])('rejects an id with %s (ids end up in links and attributes)', (_what, id) => {
		const f = feature(() => {});
		f['id'] = id;
		const { dataset, errors } = validateDataset(files([f]));
		expect(errors.map(formatError)).toContainEqual(expect.stringContaining('must be a kebab-case string id'));
		expect(dataset.features).toEqual([]);
	});

	it('rejects a claim whose relay chain does not end with the source’s publisher', () => {
		const f = feature((f) => (claims(f)[0]!['reportedBy'] = ['<b>Someone else</b>']));
		const { errors } = validateDataset(files([f]));
		expect(errors.map(formatError)).toContainEqual(
			expect.stringContaining(`must end with the publisher of '${SOURCE_ID}' ('${PUBLISHER}')`)
		);
	});
});
