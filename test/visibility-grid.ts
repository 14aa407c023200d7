/**
 * Keys and days that exercise every branch and every boundary of the visibility rule, shared by
 * the tests that hold an implementation of the rule (`time/day-codes.ts`) or a reading of its
 * codes (`map/expressions.ts`) against `visibilityAt`.
 */
import { FEATURE_KINDS, TIME_PRECISIONS, type TimeSpec } from '$lib/data/types';
import { toDay, toIso } from '$lib/time/days';
import { FOREVER, timeKeys, type TimeKeys } from '$lib/time/visibility';

/**
 * Every assignment of 0…4 to s, w, r and e. With the day ranging over {@link GRID_DAYS}, every
 * weak ordering of the five numbers occurs — every way the day can fall before, on or after each
 * key, and the keys among themselves, ties included — whether or not `timeKeys` produces it today.
 */
export const GRID_KEYS: readonly TimeKeys[] = (() => {
	const out: TimeKeys[] = [];
	const v = [0, 1, 2, 3, 4];
	for (const s of v) for (const w of v) for (const r of v) for (const e of v) out.push({ s, w, r, e });
	return out;
})();

/** 0…4 and one day beyond each end. */
export const GRID_DAYS: readonly number[] = [-1, 0, 1, 2, 3, 4, 5];

/** The relative order of some numbers, ties included, as a string: [5, 2, 5] → "1,0,1". */
export function ordering(xs: readonly number[]): string {
	const distinct = [...new Set(xs)].sort((a, b) => a - b);
	return xs.map((x) => distinct.indexOf(x)).join(',');
}

/** Real keys: every kind at every precision, with no end and with ends inside and past its span. */
export function realKeys(): TimeKeys[] {
	const out: TimeKeys[] = [];
	for (const kind of FEATURE_KINDS)
		for (const precision of TIME_PRECISIONS)
			for (const length of [undefined, 0, 3, 6, 27, 30, 45]) {
				const start = precision === 'month' ? '2025-02-01' : '2025-02-03';
				const time: TimeSpec = {
					start,
					precision,
					...(length === undefined ? {} : { end: toIso(toDay(start) + length) })
				};
				out.push(timeKeys(kind, time));
			}
	return out;
}

/** Each key's day, the day before and the day after: every day on which a feature can change. */
export function daysAround(keys: readonly TimeKeys[]): number[] {
	const days = new Set<number>();
	for (const k of keys)
		for (const x of [k.s, k.w, k.r, k.e]) if (x !== FOREVER) for (const d of [x - 1, x, x + 1]) days.add(d);
	return [...days].sort((a, b) => a - b);
}
