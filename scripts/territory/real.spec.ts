/**
 * The committed series (geo/territory.geojson) against the raw DeepStateMap snapshots it was built
 * from, which CI has beside the repository in ../shared. Nothing is skipped: without the archive
 * the test fails and says where to put it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { area, difference, featureCollection, multiPolygon } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TerritorySnapshot } from '../../src/lib/data/types';
import { addDays } from './dates';
import type { Shape } from './geom';
import { readSeries } from './input';
import { parseSnapshot, type Snapshot } from './snapshot';

const ARCHIVE = join(
	process.cwd(),
	'..',
	'shared',
	'sources',
	'deepstatemap',
	'deepstatemap-2024-07-08_2025-02-10.tar.xz'
);
const OUTPUT = join(process.cwd(), 'geo', 'territory.geojson');

type Entry = TerritorySnapshot;
interface Piece {
	geometry: Parameters<typeof area>[0];
	properties: { kind: string; time: { start: string; end: string } };
}

const km2 = (s: Shape): number => area({ type: 'MultiPolygon', coordinates: s }) / 1e6;
const minusKm2 = (a: Shape, b: Shape): number => {
	const d = difference(featureCollection([multiPolygon(a), multiPolygon(b)]));
	return d ? area(d) / 1e6 : 0;
};

describe('geo/territory.geojson against the raw DeepStateMap snapshots', () => {
	let raw: Snapshot[] = [];
	let series: { snapshots: Entry[]; features: Piece[] };

	beforeAll(() => {
		if (!existsSync(ARCHIVE))
			throw new Error(
				`The raw snapshots are missing: expected ${ARCHIVE} (the tarball of issue 14, beside the repository in ../shared).`
			);
		raw = readSeries(ARCHIVE)
			.files.map((f) => parseSnapshot(f.name, f.text))
			.sort((a, b) => (a.date < b.date ? -1 : 1));
		series = JSON.parse(readFileSync(OUTPUT, 'utf8')) as typeof series;
	}, 60_000);

	it('has one entry per raw file, in order, each the map of the day before its date', () => {
		expect(raw).toHaveLength(215);
		expect(series.snapshots.map((s) => [s.date, s.file])).toEqual(raw.map((r) => [r.date, r.file]));
		for (const s of series.snapshots) expect(s.day).toBe(addDays(s.date, -1));
		const dates = new Set(raw.map((r) => r.date));
		for (const gap of ['2024-08-18', '2024-08-19', '2025-01-01']) expect(dates.has(gap)).toBe(false);
	});

	it('gives every snapshot’s area within 1 % of Turf’s area of the raw snapshot', () => {
		raw.forEach((r, i) => {
			const truth = km2(r.shape);
			const entry = series.snapshots[i]!;
			expect(Math.abs(entry.areaKm2 - truth) / truth, entry.date).toBeLessThan(0.01);
			expect(Math.abs(entry.areaKm2 - truth), `${entry.date}: rounded to 0.1 km²`).toBeLessThanOrEqual(
				0.05 + 1e-6
			);
		});
		expect(Math.round(km2(raw[0]!.shape))).toBe(109064);
		expect(Math.round(km2(raw.at(-1)!.shape))).toBe(111926);
	});

	it('holds on every day of the series pieces whose areas add up to within 1 % of the raw snapshot for that day', () => {
		// Pieces held on the same day do not overlap (the deep check of src/lib/data/territory.spec.ts),
		// so the area of their union is the sum of their areas.
		const held = series.features
			.filter((f) => f.properties.kind !== 'loss')
			.map((f) => ({ ...f.properties.time, km2: area(f.geometry) / 1e6 }));
		const first = series.snapshots[0]!.day;
		const last = series.snapshots.at(-1)!.day;
		let worst = 0;
		let days = 0;
		for (let day = first, i = 0; day <= last; day = addDays(day, 1), days++) {
			// A day with no snapshot of its own holds the last snapshot before it.
			while (i + 1 < series.snapshots.length && series.snapshots[i + 1]!.day <= day) i++;
			const truth = km2(raw[i]!.shape);
			const sum = held.filter((h) => h.start <= day && h.end >= day).reduce((n, h) => n + h.km2, 0);
			const rel = Math.abs(sum - truth) / truth;
			expect(rel, day).toBeLessThan(0.01);
			worst = Math.max(worst, rel);
		}
		expect(days).toBe(218); // 215 snapshots and the 3 days of the gaps
		expect(worst).toBeLessThan(0.001); // in fact far closer: slivers only
	});

	it('measures gained and lost like a Turf difference of the whole raw snapshots', () => {
		const [a, b] = [raw[0]!, raw[1]!];
		const second = series.snapshots[1]!;
		expect(second.gainedKm2).toBeCloseTo(minusKm2(b.shape, a.shape), 1);
		expect(second.lostKm2).toBeCloseTo(minusKm2(a.shape, b.shape), 1);
		// December 2024: the map at the end of 30 Nov (file of 1 Dec) to the end of 30 Dec (file of
		// 31 Dec; 31 Dec has no file of 1 Jan, so the map of 30 Dec holds).
		const start = raw.findIndex((r) => r.date === '2024-12-01');
		const end = raw.findIndex((r) => r.date === '2024-12-31');
		const dec = series.snapshots[end]!;
		expect(dec.gainedMonthKm2).toBeCloseTo(minusKm2(raw[end]!.shape, raw[start]!.shape), 1);
		expect(dec.lostMonthKm2).toBeCloseTo(minusKm2(raw[start]!.shape, raw[end]!.shape), 1);
	}, 60_000);
});
