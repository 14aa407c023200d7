import { describe, expect, it } from 'vitest';
import type { TerritorySeries, TerritorySnapshot } from '$lib/data/types';
import { toDay } from '$lib/time/days';
import { monthChange } from './month';
import { formatKm2, seriesStatus, weeklyGains } from './series';

/** A synthetic table (made up for this test): four snapshots with a gap on 2 Jan. */
const snap = (
	day: string,
	areaKm2: number,
	gainedKm2: number,
	month: [number, number]
): TerritorySnapshot => ({
	date: day,
	day,
	file: `synthetic_${day}.geojson`,
	areaKm2,
	gainedKm2,
	lostKm2: 0,
	gained7Km2: 0,
	lost7Km2: 0,
	gainedMonthKm2: month[0],
	lostMonthKm2: month[1]
});
const SERIES: TerritorySeries = {
	layer: 'held',
	snapshots: [
		snap('2024-12-30', 1000, 0, [0, 0]),
		snap('2024-12-31', 1010, 10, [10, 0]),
		snap('2025-01-01', 1015, 5, [5, 0]),
		snap('2025-01-06', 1040, 25, [31, 1])
	]
};

describe('a territory series on a day', () => {
	it('says there is no data before the first snapshot or after the last', () => {
		expect(seriesStatus(SERIES, toDay('2024-12-29'))).toMatchObject({ kind: 'before' });
		expect(seriesStatus(SERIES, toDay('2025-01-07'))).toMatchObject({ kind: 'after' });
		expect(seriesStatus({ layer: 'x', snapshots: [] }, toDay('2025-01-01'))).toBeNull();
	});

	it('uses the day’s own snapshot, or the last one before it “as of” its day', () => {
		expect(seriesStatus(SERIES, toDay('2024-12-31'))).toEqual({
			kind: 'asOf',
			snapshot: SERIES.snapshots[1],
			exact: true
		});
		expect(seriesStatus(SERIES, toDay('2025-01-03'))).toEqual({
			kind: 'asOf',
			snapshot: SERIES.snapshots[2],
			exact: false
		});
	});

	it('measures a month from the last snapshot of the month before to its own last one', () => {
		expect(monthChange(SERIES, '2025-01')).toEqual({
			month: '2025-01',
			from: SERIES.snapshots[1],
			to: SERIES.snapshots[3],
			gainedKm2: 31,
			lostKm2: 1,
			netKm2: 30
		});
		expect(monthChange(SERIES, '2024-12')).toBeNull();
	});

	it('adds up the gains of each ISO week (Monday to Sunday)', () => {
		expect(weeklyGains(SERIES)).toEqual([
			{ start: toDay('2024-12-30'), gainedKm2: 15 },
			{ start: toDay('2025-01-06'), gainedKm2: 25 }
		]);
	});

	it('prints areas with their unit', () => {
		expect(formatKm2(111926.4)).toBe('111,926 km²');
		expect(formatKm2(3.14)).toBe('3.1 km²');
	});
});
