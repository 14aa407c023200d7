/**
 * Readable dates for the timeline, the list and screen readers.
 *
 * Day numbers are UTC days. date-fns formats in the local time zone, so we hand it a local Date built
 * from the UTC calendar parts of the day: the calendar date printed is the same in every time zone
 * (a reader in Los Angeles must not see Friday for a Saturday strike).
 */
import { format } from 'date-fns';
import type { TimeSpec } from '$lib/data/types';
import { toDate, toDay } from '$lib/time/days';
import { precisionSpanEnd } from '$lib/time/visibility';

/** A local Date showing the same calendar day as UTC day `day`, for date-fns. */
function calendarDate(day: number): Date {
	const utc = toDate(day);
	return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

/** Formats a UTC day number with a date-fns pattern, without any time-zone shift. */
export function formatDay(day: number, pattern: string): string {
	return format(calendarDate(day), pattern);
}

/** The large date above the slider: "Sat 1 Feb 2025". */
export function formatLabel(day: number): string {
	return formatDay(day, 'EEE d MMM yyyy');
}

/** Spoken form for aria-valuetext and announcements: "Saturday 1 February 2025". */
export function formatSpoken(day: number): string {
	return formatDay(day, 'EEEE d MMMM yyyy');
}

/** Short day for dense places: "1 Feb 2025". */
export function formatShort(day: number): string {
	return formatDay(day, 'd MMM yyyy');
}

/** "1 Feb" and "31 Jan 2025" style range ends: drop the year of the start when both share it. */
function formatDayRange(a: number, b: number): string {
	if (a === b) return formatShort(a);
	const sameYear = formatDay(a, 'yyyy') === formatDay(b, 'yyyy');
	return `${formatDay(a, sameYear ? 'd MMM' : 'd MMM yyyy')} – ${formatShort(b)}`;
}

/** The start of a fact as precisely as it is known, and no more precisely. */
function formatStart(start: number, precision: TimeSpec['precision'], end: number | undefined): string {
	if (precision === 'day') return formatShort(start);
	if (precision === 'month') return formatDay(start, 'MMMM yyyy');
	const weekEnd = end ?? precisionSpanEnd(start, 'week');
	return `week of ${formatDayRange(start, weekEnd)}`;
}

/**
 * A fact's date in words, keeping its precision: a month-dated fact reads "January 2025", never
 * "1 Jan 2025"; a lasting fact reads as its span.
 * `lasting` is true for states (areas, battles, movements), whose `end` is when they stop; for events
 * with week/month precision `end` only closes the uncertain span.
 */
export function formatTime(time: TimeSpec, lasting: boolean): string {
	const s = toDay(time.start);
	const e = time.end !== undefined ? toDay(time.end) : undefined;
	if (!lasting || e === undefined) return formatStart(s, time.precision, e);
	if (time.precision === 'day') return formatDayRange(s, e);
	const first = time.precision === 'month' ? formatDay(s, 'MMMM yyyy') : `week of ${formatShort(s)}`;
	if (e <= precisionSpanEnd(s, time.precision)) return formatStart(s, time.precision, e);
	return `${first} – ${formatShort(e)}`;
}

/** Words for how precisely a date is known, for the uncertain marker's accessible label. */
export function precisionWords(precision: TimeSpec['precision']): string {
	if (precision === 'day') return 'exact day';
	return precision === 'week' ? 'date known to the week' : 'date known to the month';
}
