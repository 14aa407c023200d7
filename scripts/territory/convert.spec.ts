import { area } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { overlaps } from '../../src/lib/data/territory-overlaps';
import { formatError, validateDataset } from '../../src/lib/data/validate';
import { convert, DEFAULTS, type ConvertOptions, type InputFile } from './convert';

/**
 * A made-up series of four snapshots, over the turn of the year and with a gap:
 *
 * | file date  | day shown  | state                                             |
 * | ---------- | ---------- | ------------------------------------------------- |
 * | 2024-12-30 | 2024-12-29 | A: 30.3–30.7° E × 48.1–48.3° N (two grid cells)   |
 * | 2024-12-31 | 2024-12-30 | A + B (30.7–30.8° E, gained)                      |
 * | (none)     | 2024-12-31 | — the map of 30 Dec holds                         |
 * | 2025-01-02 | 2025-01-01 | A + B − C (30.3–30.35° E, lost)                   |
 * | 2025-01-09 | 2025-01-08 | the same, with one vertex jittered by 0.1 m       |
 */
const rect = (x0: number, y0: number, x1: number, y1: number): Position[][] => [
	[
		[x0, y0],
		[x1, y0],
		[x1, y1],
		[x0, y1],
		[x0, y0]
	]
];
const A = rect(30.3, 48.1, 30.7, 48.3);
const AB = rect(30.3, 48.1, 30.8, 48.3);
const ABminusC = rect(30.35, 48.1, 30.8, 48.3);
const jittered: Position[][] = [
	[
		[30.35, 48.1],
		[30.8, 48.1],
		[30.8, 48.3],
		[30.5000009, 48.3],
		[30.35, 48.3],
		[30.35, 48.1]
	]
];
const fc = (polygons: Position[][][]): string =>
	JSON.stringify({
		type: 'FeatureCollection',
		features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polygons } }]
	});
const SERIES: InputFile[] = [
	{ name: 'synthetic_20241230.geojson', text: fc([A]) },
	{ name: 'synthetic_20241231.geojson', text: fc([AB]) },
	{ name: 'synthetic_2025-01-02.geojson', text: fc([ABminusC]) },
	{ name: 'synthetic_20250109.json', text: fc([jittered]) },
	{ name: 'README.md', text: '# not a snapshot' }
];
const km2 = (p: Position[][]): number => area({ type: 'Polygon', coordinates: p }) / 1e6;
const OPTIONS: ConvertOptions = {
	...DEFAULTS,
	layer: 'synthetic',
	claimant: 'Test map',
	publisher: 'Test map',
	sourceId: 'synthetic-map',
	taken: ''
};

type Feature = {
	id: string;
	geometry: { type: string; coordinates: unknown };
	properties: {
		kind: string;
		summary: string;
		time: { start: string; end: string; note: string };
		claims: { date: string; source: string }[];
	};
};
const parse = (text: string) =>
	JSON.parse(text) as {
		snapshots: Record<string, string | number>[];
		features: Feature[];
	};

describe('convert (a synthetic series)', () => {
	const result = convert(SERIES, OPTIONS);
	const out = parse(result.text);

	it('gives the same bytes for the same input, whatever the order the files come in', () => {
		expect(convert(SERIES, OPTIONS).text).toBe(result.text);
		expect(convert([...SERIES].reverse(), OPTIONS).text).toBe(result.text);
	});

	it('calls a snapshot dated D the state of day D − 1, and spans run across the gap', () => {
		expect(out.snapshots.map((s) => [s['date'], s['day'], s['file']])).toEqual([
			['2024-12-30', '2024-12-29', 'synthetic_20241230.geojson'],
			['2024-12-31', '2024-12-30', 'synthetic_20241231.geojson'],
			['2025-01-02', '2025-01-01', 'synthetic_2025-01-02.geojson'],
			['2025-01-09', '2025-01-08', 'synthetic_20250109.json']
		]);
		const spans = out.features.map((f) => [
			f.properties.kind,
			f.properties.time.start,
			f.properties.time.end
		]);
		expect(spans).toEqual([
			// A, in its two grid cells: the western cell's piece is cut by the loss of C, so it ends on
			// the day before the day of the snapshot that no longer holds C (31 Dec, a day with no
			// snapshot of its own, holds the map of 30 Dec), and its rest is re-issued from 1 Jan.
			['territory', '2024-12-29', '2024-12-31'],
			['territory', '2024-12-29', '2025-01-08'],
			['gain', '2024-12-30', '2025-01-08'],
			['territory', '2025-01-01', '2025-01-08'],
			// The loss is marked for the week from the first day without it, cut at the series' end.
			['loss', '2025-01-01', '2025-01-07']
		]);
		for (const f of out.features) {
			const snapshot = out.snapshots.find((s) => s['day'] === f.properties.time.start);
			expect(f.properties.claims[0]?.date).toBe(snapshot?.['date']);
			expect(f.properties.time.note).toContain(`Snapshot of ${String(snapshot?.['date'])}`);
		}
		expect(out.features[2]?.properties.summary).toBe(
			"Newly shown as occupied on Test map's map on 30 Dec 2024; shown so to 8 Jan 2025, the last day of the series."
		);
	});

	it('holds, on each snapshot’s day, the union of the pieces whose span contains it', () => {
		const raw = [km2(A), km2(AB), km2(ABminusC), km2(jittered)];
		out.snapshots.forEach((s, i) => {
			const day = String(s['day']);
			const held = out.features.filter(
				(f) => f.properties.kind !== 'loss' && f.properties.time.start <= day && f.properties.time.end >= day
			);
			const sum = held.reduce((n, f) => n + area(f.geometry as Parameters<typeof area>[0]) / 1e6, 0);
			expect(sum / raw[i]!).toBeCloseTo(1, 6);
			expect(Number(s['areaKm2'])).toBeCloseTo(raw[i]!, 1);
		});
	});

	it('measures gained and lost on the raw snapshots: per snapshot, per 7 days, per month', () => {
		const b = km2(rect(30.7, 48.1, 30.8, 48.3));
		const c = km2(rect(30.3, 48.1, 30.35, 48.3));
		const one = (v: number): number => Math.round(v * 10) / 10;
		const pick = (i: number) =>
			['gainedKm2', 'lostKm2', 'gained7Km2', 'lost7Km2', 'gainedMonthKm2', 'lostMonthKm2'].map(
				(k) => out.snapshots[i]?.[k]
			);
		expect(pick(0)).toEqual([0, 0, 0, 0, 0, 0]);
		expect(pick(1)).toEqual([one(b), 0, one(b), 0, one(b), 0]); // December: vs the first snapshot
		expect(pick(2)).toEqual([0, one(c), one(b), one(c), 0, one(c)]); // January: vs the map of 30 Dec
		expect(pick(3)).toEqual([0, 0, 0, 0, 0, one(c)]); // 7 days: vs the map of 1 Jan
		expect(result.months.map((m) => [m.month, m.from, m.to, m.startsLate, m.endsEarly])).toEqual([
			['2024-12', 0, 1, true, false],
			['2025-01', 1, 3, false, true]
		]);
		expect(result.months[0]?.gainedKm2).toBeCloseTo(b, 6);
		expect(result.months[1]?.lostKm2).toBeCloseTo(c, 6);
		expect(result.months[1]?.netKm2).toBeCloseTo(-c, 6);
	});

	it('passes the data contract, the deep overlap check included', () => {
		const layers = {
			layers: [{ id: 'synthetic', label: 'Synthetic', colour: '#b8322a', style: 'territory' }]
		};
		const sources = {
			sources: [
				{
					id: 'synthetic-map',
					publisher: 'Test map',
					title: 'Synthetic',
					date: '2025-01-09',
					kind: 'investigation'
				}
			]
		};
		const { errors, dataset } = validateDataset(
			[
				{ path: 'layers.json', text: JSON.stringify(layers) },
				{ path: 'sources.json', text: JSON.stringify(sources) },
				{ path: 'synthetic.geojson', text: result.text }
			],
			{ deep: overlaps }
		);
		expect(errors.map(formatError)).toEqual([]);
		expect(dataset.features).toHaveLength(out.features.length);
	});

	it('takes a date range, and names a file it cannot read', () => {
		const ranged = parse(convert(SERIES, { ...OPTIONS, from: '2024-12-31', to: '2025-01-02' }).text);
		expect(ranged.snapshots.map((s) => s['date'])).toEqual(['2024-12-31', '2025-01-02']);
		expect(result.ignored).toEqual(['README.md']);
		const bad = [...SERIES, { name: 'synthetic_20250110.geojson', text: '{"type":"Feature"}' }];
		expect(() => convert(bad, OPTIONS)).toThrow(
			'synthetic_20250110.geojson: not a GeoJSON FeatureCollection'
		);
		const twice = [...SERIES, { name: 'other_2025-01-09.geojson', text: fc([jittered]) }];
		expect(() => convert(twice, OPTIONS)).toThrow('two snapshots for 2025-01-09');
	});
});
