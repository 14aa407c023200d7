/**
 * Dates as whole UTC day numbers (days since 1970-01-01).
 * The timeline, the URL and the MapLibre expressions all compare integers, so a scrub step never parses
 * a date string and no time zone can shift a fact to the day before.
 */
import type { IsoDate } from '$lib/data/types';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses `YYYY-MM-DD` strictly: returns null for anything that is not a real calendar date
 * (`2025-02-30`, `2025-13-45`), because silently rolling over would move a fact to another day.
 */
export function parseIsoDay(text: string): number | null {
	let day = parsed.get(text);
	if (day === undefined) {
		day = parseUncached(text);
		// A data set repeats a few hundred dates a hundred thousand times; odd input must not grow this.
		if (parsed.size >= PARSED_MAX) parsed.clear();
		parsed.set(text, day);
	}
	return day;
}

const PARSED_MAX = 10_000;
const parsed = new Map<string, number | null>();

function parseUncached(text: string): number | null {
	const m = ISO_DATE.exec(text);
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const ms = Date.UTC(y, mo - 1, d);
	const back = new Date(ms);
	if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
	return Math.round(ms / MS_PER_DAY);
}

/** Like {@link parseIsoDay} for dates the validator has already checked; throws on a bad one. */
export function toDay(iso: IsoDate): number {
	const day = parseIsoDay(iso);
	if (day === null) throw new Error(`not a real date: ${iso}`);
	return day;
}

/** Day number → `YYYY-MM-DD`, the one form dates take in URLs and data. */
export function toIso(day: number): IsoDate {
	return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number → a UTC `Date` at midnight, for formatting from its UTC parts. */
export function toDate(day: number): Date {
	return new Date(day * MS_PER_DAY);
}
