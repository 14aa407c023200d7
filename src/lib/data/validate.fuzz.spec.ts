/**
 * Fuzzing the validator with mutated copies of a real feature: whatever the mutation, it never
 * throws; and every mutation known to break the contract is rejected, with the feature left out of
 * the dataset the app would show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset, type DataFile } from './validate';

const GEO = join(process.cwd(), 'geo');
const sources: DataFile = { path: 'sources.json', text: readFileSync(join(GEO, 'sources.json'), 'utf8') };
const layers: DataFile = { path: 'layers.json', text: readFileSync(join(GEO, 'layers.json'), 'utf8') };
const strikes = JSON.parse(readFileSync(join(GEO, 'strikes.geojson'), 'utf8')) as {
	type: string;
	features: Record<string, unknown>[];
};
const base = strikes.features.find((f) => f.id === 'poltava-strike')!;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function layerFile(feature: unknown): DataFile {
	return {
		path: 'strikes.geojson',
		text: JSON.stringify({ type: 'FeatureCollection', features: [feature] })
	};
}

function clone<T>(v: T): T {
	return JSON.parse(JSON.stringify(v)) as T;
}

/** Sets `value` at a dotted path, creating nothing: a path that does not exist is left as is. */
function setAt(obj: Record<string, unknown>, path: string[], value: unknown): void {
	let cur: unknown = obj;
	for (const key of path.slice(0, -1)) {
		if (typeof cur !== 'object' || cur === null) return;
		cur = (cur as Record<string, unknown>)[key];
	}
	if (typeof cur === 'object' && cur !== null)
		(cur as Record<string, unknown>)[path[path.length - 1]!] = value;
}

/** Mutations that must make the feature invalid, each with the path it breaks. */
const breaking: [string, string[], fc.Arbitrary<unknown>][] = [
	[
		'bad longitude',
		['geometry', 'coordinates', '0'],
		fc.oneof(fc.double({ min: 180.0001, max: 1e9 }), fc.double({ min: -1e9, max: -180.0001 }))
	],
	[
		'bad latitude',
		['geometry', 'coordinates', '1'],
		fc.oneof(fc.double({ min: 90.0001, max: 1e9 }), fc.constant(Number.NaN))
	],
	[
		'non-number coordinate',
		['geometry', 'coordinates', '1'],
		fc.oneof(fc.string(), fc.constant(null), fc.boolean())
	],
	[
		'unknown geometry type',
		['geometry', 'type'],
		fc
			.string()
			.filter(
				(s) =>
					!['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'].includes(s)
			)
	],
	['empty name', ['properties', 'name'], fc.constantFrom('', '   ', '\t\n')],
	[
		'non-string name',
		['properties', 'name'],
		fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.string()))
	],
	['unknown layer', ['properties', 'layer'], fc.string().filter((s) => s !== 'strikes')],
	[
		'unknown kind',
		['properties', 'kind'],
		fc
			.string()
			.filter((s) => !['area', 'battle', 'movement', 'capture', 'claim', 'strike', 'report'].includes(s))
	],
	[
		'impossible start date',
		['properties', 'time', 'start'],
		fc.constantFrom('2025-02-30', '2025-13-45', '2025-2-1', 'yesterday', '', '2025-02-01T00:00Z')
	],
	[
		'end before start',
		['properties', 'time', 'end'],
		fc.constantFrom('2025-01-31', '2024-12-31', '1999-01-01')
	],
	[
		'unknown time precision',
		['properties', 'time', 'precision'],
		fc.string().filter((s) => !['day', 'week', 'month'].includes(s))
	],
	[
		'unknown position precision',
		['properties', 'position', 'precision'],
		fc.string().filter((s) => !['site', 'village', 'town', 'city', 'region', 'schematic'].includes(s))
	],
	['empty claims', ['properties', 'claims'], fc.constant([])],
	[
		'unknown source',
		['properties', 'claims', '0', 'source'],
		fc.string().filter((s) => s !== 'aljazeera-2025-02-06')
	],
	[
		'unknown status',
		['properties', 'claims', '0', 'status'],
		fc
			.string()
			.filter(
				(s) => !['reported', 'claimed', 'assessed', 'unverified', 'disputed', 'unconfirmed'].includes(s)
			)
	],
	['empty claim text', ['properties', 'claims', '0', 'text'], fc.constantFrom('', ' ')],
	[
		'overlong summary',
		['properties', 'summary'],
		fc.integer({ min: 2001, max: 5000 }).map((n) => 'x'.repeat(n))
	],
	[
		'control character in name',
		['properties', 'name'],
		fc.constantFrom('Pol\u0000tava', 'Pol\u0007tava', 'a\u202Eb')
	],
	['bad id', ['id'], fc.oneof(fc.constantFrom('', 'Poltava Strike', '../x', '<script>'), fc.integer())],
	['schematic without note', ['properties', 'schematic'], fc.constant(true)],
	['unknown property key', ['properties', 'colour'], fc.string()]
];

describe('validator fuzzing (mutated valid features)', () => {
	it('the unmutated feature is valid (so the mutations below are what breaks it)', () => {
		const { errors, dataset } = validateDataset([sources, layers, layerFile(base)]);
		expect(errors).toEqual([]);
		expect(dataset.features.map((f) => f.id)).toEqual(['poltava-strike']);
	});

	it('rejects every known-breaking mutation and leaves the feature out (≥ 1,000 cases)', () => {
		fc.assert(
			fc.property(
				fc
					.integer({ min: 0, max: breaking.length - 1 })
					.chain((i) => fc.tuple(fc.constant(i), breaking[i]![2])),
				([i, value]) => {
					const [, path] = breaking[i]!;
					const f = clone(base) as Record<string, unknown>;
					setAt(f, path, value);
					const { errors, dataset } = validateDataset([sources, layers, layerFile(f)]);
					expect(errors.length).toBeGreaterThan(0);
					expect(dataset.features).toEqual([]);
				}
			),
			{ numRuns: 1500 }
		);
	});

	it('never throws on arbitrary mutations of any field (≥ 1,000 cases)', () => {
		const paths = [
			['id'],
			['type'],
			['geometry'],
			['geometry', 'coordinates'],
			['properties'],
			['properties', 'time'],
			['properties', 'position'],
			['properties', 'claims'],
			['properties', 'claims', '0'],
			['properties', 'claims', '0', 'reportedBy']
		];
		fc.assert(
			fc.property(fc.constantFrom(...paths), fc.jsonValue() as fc.Arbitrary<Json>, (path, value) => {
				const f = clone(base) as Record<string, unknown>;
				setAt(f, path, value);
				expect(() => validateDataset([sources, layers, layerFile(f)])).not.toThrow();
			}),
			{ numRuns: 1500 }
		);
	});

	it('never throws on arbitrary text as a file', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (text) => {
				expect(() => validateDataset([sources, layers, { path: 'strikes.geojson', text }])).not.toThrow();
			}),
			{ numRuns: 500 }
		);
	});
});
