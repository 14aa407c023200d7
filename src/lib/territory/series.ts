/**
 * Reading a territory series (a layer of `"style": "territory"`, see `npm run territory`) on a day:
 * which snapshot stands for the day, the km² gained per week for the track, how an area is written (a
 * month's change, for the details panel only, is in month.ts). Every number comes from the series' own table of
 * snapshots, which the converter measured on the raw snapshots, never from the simplified pieces.
 * Pure: no map, no DOM.
 */
import type { TerritorySeries, TerritorySnapshot } from '$lib/data/types';
import { toDay } from '$lib/time/days';

/** Where a day stands in a series. */
export type SeriesStatus =
	| { kind: 'before'; first: TerritorySnapshot }
	| { kind: 'after'; last: TerritorySnapshot }
	/** `exact`: the day has a snapshot of its own; otherwise the last one before it stands for it. */
	| { kind: 'asOf'; snapshot: TerritorySnapshot; exact: boolean };

const dayOf = (s: TerritorySnapshot): number => toDay(s.day);

/** The snapshot that shows the state on `day`: its own, else the last one before it. */
export function seriesStatus(series: TerritorySeries, day: number): SeriesStatus | null {
	const list = series.snapshots;
	const first = list[0];
	const last = list.at(-1);
	if (!first || !last) return null;
	if (day < dayOf(first)) return { kind: 'before', first };
	if (day > dayOf(last)) return { kind: 'after', last };
	let lo = 0;
	let hi = list.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (dayOf(list[mid]!) <= day) lo = mid;
		else hi = mid - 1;
	}
	const snapshot = list[lo]!;
	return { kind: 'asOf', snapshot, exact: dayOf(snapshot) === day };
}

export interface WeekBar {
	/** Monday of the ISO week (day number). */
	start: number;
	/** Km² gained in the week: the sum of each snapshot's gain on the one before. */
	gainedKm2: number;
}

/** Km² gained per ISO week, in order: the bar row on the timeline track. */
export function weeklyGains(series: TerritorySeries): WeekBar[] {
	const weeks = new Map<number, number>();
	for (const s of series.snapshots.slice(1)) {
		const day = dayOf(s);
		// Day 0 (1970-01-01) was a Thursday: Monday is 3 days before a multiple of 7.
		const monday = day - ((day + 3) % 7);
		weeks.set(monday, (weeks.get(monday) ?? 0) + s.gainedKm2);
	}
	return [...weeks].sort((a, b) => a[0] - b[0]).map(([start, gainedKm2]) => ({ start, gainedKm2 }));
}

/** Km² as printed: whole numbers with thousands separators, one decimal below 10. */
export function formatKm2(km2: number): string {
	const digits = Math.abs(km2) < 10 ? 1 : 0;
	return `${km2.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })} km²`;
}
