/**
 * The territory series check (territory.ts, with the deep overlap check of territory-overlaps.ts)
 * on the real series in geo/ and on small synthetic series: bad ones in fixtures/territory-bad/
 * (each case's territory.geojson, with the shared layers.json and sources.json there; expected.json
 * gives the start of the message each must produce), and good ones made here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { overlaps } from './territory-overlaps';
import { formatError, validateDataset, type DataFile } from './validate';

const GEO = join(process.cwd(), 'geo');
const BAD = join(process.cwd(), 'src/lib/data/fixtures/territory-bad');
const read = (dir: string, name: string): DataFile => ({
	path: name,
	text: readFileSync(join(dir, name), 'utf8')
});
const shared = [read(BAD, 'layers.json'), read(BAD, 'sources.json')];

describe('geo/territory.geojson', () => {
	it('passes the contract with the deep check: no two pieces overlap on any day', () => {
		const files = readdirSync(GEO)
			.filter((n) => n.endsWith('.geojson') || n.endsWith('.json'))
			.sort()
			.map((n) => read(GEO, n));
		const { dataset, errors } = validateDataset(files, { deep: overlaps });
		expect(errors.map(formatError)).toEqual([]);
		const series = dataset.territory.find((s) => s.layer === 'territory');
		expect(series?.snapshots).toHaveLength(215);
		const pieces = dataset.features.filter((f) => f.properties.layer === 'territory');
		expect(pieces.length).toBeGreaterThan(500);
		expect(new Set(pieces.map((f) => f.properties.kind))).toEqual(new Set(['territory', 'gain', 'loss']));
	}, 120_000);
});

describe('bad territory series', () => {
	const expected = JSON.parse(readFileSync(join(BAD, 'expected.json'), 'utf8')) as Record<string, string>;
	const cases = readdirSync(BAD).filter((n) => statSync(join(BAD, n)).isDirectory());

	it('has an expectation for every case', () => {
		expect(cases.sort()).toEqual(Object.keys(expected).sort());
	});

	it.each(cases)('%s', (name) => {
		const { errors } = validateDataset([read(join(BAD, name), 'territory.geojson'), ...shared], {
			deep: overlaps
		});
		const lines = errors.map(formatError);
		expect(
			lines.some((l) => l.startsWith(expected[name] ?? '(no expectation)')),
			lines.join('\n')
		).toBe(true);
	});
});

describe('good territory series', () => {
	const square = (x: number, y: number, d: number) => ({
		type: 'Polygon',
		coordinates: [
			[
				[x, y],
				[x + d, y],
				[x + d, y + d],
				[x, y + d],
				[x, y]
			]
		]
	});
	const snapshot = (date: string, day: string) => ({
		date,
		day,
		file: `synthetic_${date}.geojson`,
		areaKm2: 100,
		gainedKm2: 0,
		lostKm2: 0,
		gained7Km2: 0,
		lost7Km2: 0,
		gainedMonthKm2: 0,
		lostMonthKm2: 0
	});
	const piece = (id: string, kind: string, start: string, end: string, claim: string, x: number) => ({
		type: 'Feature',
		id,
		geometry: square(x, 48, 0.1),
		properties: {
			name: 'Synthetic ground',
			layer: 'territory',
			kind,
			summary: 'Synthetic: a made-up square for a validator test, not a real place.',
			time: { start, end, precision: 'day' },
			position: { precision: 'mapped', source: 'Synthetic test square' },
			schematic: false,
			claims: [
				{
					text: 'Synthetic claim.',
					claimant: 'Test fixture',
					reportedBy: ['Test fixture'],
					source: 'synthetic-map',
					date: claim,
					datePrecision: 'day',
					status: 'assessed'
				}
			]
		}
	});
	const check = (features: unknown[]) =>
		validateDataset(
			[
				{
					path: 'territory.geojson',
					text: JSON.stringify({
						type: 'FeatureCollection',
						snapshots: [snapshot('2025-01-02', '2025-01-01'), snapshot('2025-01-04', '2025-01-03')],
						features
					})
				},
				...shared
			],
			{ deep: overlaps }
		).errors.map(formatError);

	it('lets ground lost and ground held on other days share a place', () => {
		expect(
			check([
				// Held until the day before the second snapshot's day, then lost (a mark, not held)…
				piece('held-1', 'territory', '2025-01-01', '2025-01-02', '2025-01-02', 30),
				piece('lost-1', 'loss', '2025-01-03', '2025-01-03', '2025-01-04', 30),
				// …and a piece at the same place from the day it is held again: no day in common.
				piece('held-2', 'gain', '2025-01-03', '2025-01-03', '2025-01-04', 30.05),
				// Neighbours that only share an edge.
				piece('held-3', 'territory', '2025-01-01', '2025-01-03', '2025-01-02', 30.15)
			])
		).toEqual([]);
	});

	/** A piece whose ground is `geometry` instead of a square. */
	const shaped = (
		id: string,
		kind: string,
		start: string,
		end: string,
		claim: string,
		geometry: unknown
	) => ({
		...piece(id, kind, start, end, claim, 0),
		geometry
	});
	/** An L: a 0.2° square at (30, 48) without its top right 0.1° quarter. */
	const ell = {
		type: 'Polygon',
		coordinates: [
			[
				[30, 48],
				[30.2, 48],
				[30.2, 48.1],
				[30.1, 48.1],
				[30.1, 48.2],
				[30, 48.2],
				[30, 48]
			]
		]
	};

	it('lets a piece fill the notch of another: their boxes overlap, their ground only touches', () => {
		expect(
			check([
				shaped('ell', 'territory', '2025-01-01', '2025-01-03', '2025-01-02', ell),
				shaped('notch', 'gain', '2025-01-03', '2025-01-03', '2025-01-04', square(30.1, 48.1, 0.1))
			])
		).toEqual([]);
	});

	it('finds a piece reaching into another, and says by how much', () => {
		// 0.02° × 0.05° of the square lies in the L’s bottom right arm: about 1.49 km × 5.56 km at 48° N.
		const lines = check([
			shaped('ell', 'territory', '2025-01-01', '2025-01-03', '2025-01-02', ell),
			shaped('reach', 'gain', '2025-01-03', '2025-01-03', '2025-01-04', square(30.18, 48.05, 0.1))
		]);
		expect(lines).toHaveLength(1);
		const km2 = Number(/by ([\d.]+) km²/.exec(lines[0]!)?.[1]);
		expect(lines[0]).toMatch(/^territory\.geojson: (ell|reach): geometry: overlaps '(ell|reach)'/);
		expect(km2).toBeGreaterThan(8);
		expect(km2).toBeLessThan(8.5);
	});

	it('finds the same square held twice on one day', () => {
		expect(
			check([
				piece('held-1', 'territory', '2025-01-01', '2025-01-03', '2025-01-02', 30),
				piece('held-2', 'gain', '2025-01-03', '2025-01-03', '2025-01-04', 30)
			]).some((l) => l.startsWith("territory.geojson: held-1: geometry: overlaps 'held-2'"))
		).toBe(true);
	});
});
