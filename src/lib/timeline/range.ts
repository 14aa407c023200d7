/**
 * The slider's extent: from the earliest fact to the latest, so every fact can be reached and nothing
 * outside the data is offered.
 */
import type { Dataset } from '$lib/data/types';
import { toDay } from '$lib/time/days';
import { precisionSpanEnd } from '$lib/time/visibility';

export interface DayRange {
	min: number;
	max: number;
}

/** Earliest start and latest day any fact, span or figure reaches. */
export function dataRange(dataset: Pick<Dataset, 'features' | 'figures'>): DayRange {
	let min = Infinity;
	let max = -Infinity;
	const times = [...dataset.features.map((f) => f.properties.time), ...dataset.figures.map((f) => f.time)];
	for (const t of times) {
		const s = toDay(t.start);
		const e = t.end !== undefined ? toDay(t.end) : precisionSpanEnd(s, t.precision);
		if (s < min) min = s;
		if (e > max) max = e;
	}
	if (!Number.isFinite(min)) {
		const today = Math.floor(Date.now() / 86_400_000);
		return { min: today, max: today };
	}
	return { min, max };
}

/**
 * The day a link without a date opens on: the story's own date, the latest day any fact or figure
 * reaches (an undated one: the day it was reported by). A territory series (a layer with
 * `"style": "territory"`) is left out: its maps may run past the story. With no such fact, the
 * range's last day.
 */
export function defaultDay(dataset: Pick<Dataset, 'layers' | 'features' | 'figures'>): number {
	const series = new Set(dataset.layers.filter((l) => l.style === 'territory').map((l) => l.id));
	const times = [
		...dataset.features.filter((f) => !series.has(f.properties.layer)).map((f) => f.properties.time),
		...dataset.figures.map((f) => f.time)
	];
	let max = -Infinity;
	for (const t of times) {
		const s = toDay(t.start);
		const e = t.end !== undefined ? toDay(t.end) : precisionSpanEnd(s, t.precision);
		if (e > max) max = e;
	}
	return Number.isFinite(max) ? max : dataRange(dataset).max;
}

export function clampDay(day: number, range: DayRange): number {
	return Math.min(range.max, Math.max(range.min, day));
}

/** A month boundary on the track. */
export interface MonthTick {
	/** First day of the month. */
	day: number;
	/** "Feb", or "Jan 2025" where a year starts (and on the first tick, so the year is always readable). */
	label: string;
	/** Whether the tick opens a year (drawn heavier). */
	year: boolean;
	/** Quarter months (Jan, Apr, Jul, Oct) and year starts keep their label on narrow screens. */
	major: boolean;
}

/**
 * Month starts inside the range, for ticks on the track: people read a year of days by its months,
 * and the year must be visible somewhere so "Feb" is never ambiguous.
 */
export function monthTicks(range: DayRange): MonthTick[] {
	const ticks: MonthTick[] = [];
	const first = new Date(range.min * 86_400_000);
	let y = first.getUTCFullYear();
	let m = first.getUTCMonth();
	if (first.getUTCDate() !== 1) m += 1;
	for (;;) {
		const ms = Date.UTC(y, m, 1);
		const d = new Date(ms);
		const day = Math.round(ms / 86_400_000);
		if (day > range.max) break;
		const year = d.getUTCMonth() === 0;
		const month = MONTHS[d.getUTCMonth()] ?? '';
		const withYear = year || ticks.length === 0;
		ticks.push({
			day,
			label: withYear ? `${month} ${d.getUTCFullYear()}` : month,
			year,
			major: withYear || d.getUTCMonth() % 3 === 0
		});
		y = d.getUTCFullYear();
		m = d.getUTCMonth() + 1;
	}
	return ticks;
}

/**
 * Mondays inside a window, labelled with their day of the month, for a track zoomed in to weeks
 * (the 1st of a month already has a month tick).
 */
export function weekTicks(range: DayRange): { day: number; label: string }[] {
	const ticks: { day: number; label: string }[] = [];
	// Day 0 (1 Jan 1970) was a Thursday: Mondays are the days with (day + 3) % 7 === 0.
	let d = range.min + ((((4 - range.min) % 7) + 7) % 7);
	for (; d <= range.max; d += 7) {
		const date = new Date(d * 86_400_000).getUTCDate();
		if (date !== 1) ticks.push({ day: d, label: String(date) });
	}
	return ticks;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Where a day sits along the track, 0 at the first day and 1 at the last. */
export function fraction(day: number, range: DayRange): number {
	if (range.max === range.min) return 0;
	return (clampDay(day, range) - range.min) / (range.max - range.min);
}
