/**
 * Every date the app prints, in one place, so the slider, the list, the chooser, the details panel
 * and the link previews word the same fact the same way, at the precision the source allows.
 *
 * Day numbers are UTC days and are printed from their UTC calendar parts: the printed day is the
 * data's day in every time zone (a reader in Los Angeles must not see Friday for a Saturday strike).
 * The app prints English only, so a few fixed names do what date-fns' `format` did, for a fraction of
 * its size in the page; the spec checks every day against date-fns.
 */
import type { IsoDate, TimePrecision, TimeSpec } from '$lib/data/types';
import { toDate, toDay } from './days';
import { precisionSpanEnd } from './visibility';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** The months' English names, January first (a date's `getUTCMonth()` indexes them). */
export const MONTHS: readonly string[] = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** The date-fns tokens the app uses, longest first: weekday, month (full or short), year, day of month. */
const TOKENS = /EEEE|EEE|MMMM|MMM|yyyy|d/g;

/**
 * A UTC day with a pattern of date-fns tokens (`EEEE`, `EEE`, `MMMM`, `MMM`, `yyyy`, `d`; any other
 * character is printed as it is). The default keeps the weekday, because sources date events by
 * weekday ("overnight on Saturday"): "Sat 1 Feb 2025".
 */
export function formatDay(day: number, pattern = 'EEE d MMM yyyy'): string {
	const date = toDate(day);
	const weekday = WEEKDAYS[date.getUTCDay()] ?? '';
	const month = MONTHS[date.getUTCMonth()] ?? '';
	return pattern.replace(TOKENS, (token) => {
		if (token === 'EEEE') return weekday;
		if (token === 'EEE') return weekday.slice(0, 3);
		if (token === 'MMMM') return month;
		if (token === 'MMM') return month.slice(0, 3);
		if (token === 'yyyy') return String(date.getUTCFullYear()).padStart(4, '0');
		return String(date.getUTCDate());
	});
}

/** The large date above the slider: "Sat 1 Feb 2025". */
export function formatLabel(day: number): string {
	return formatDay(day);
}

/** Spoken form for aria-valuetext: "Saturday 1 February 2025". */
export function formatSpoken(day: number): string {
	return formatDay(day, 'EEEE d MMMM yyyy');
}

/** Short day for dense places: "1 Feb 2025". */
export function formatShort(day: number): string {
	return formatDay(day, 'd MMM yyyy');
}

/**
 * A date at its precision, and no more precisely: "Sat 1 Feb 2025", "week of 27 Jan 2025", "January
 * 2025"; an undated fact's start (the day it was reported by): "undated; reported by 6 Feb 2025".
 */
export function formatAt(iso: IsoDate, precision: TimePrecision): string {
	const day = toDay(iso);
	if (precision === 'undated') return `undated; reported by ${formatShort(day)}`;
	if (precision === 'month') return formatDay(day, 'MMMM yyyy');
	if (precision === 'week') return `week of ${formatShort(day)}`;
	return formatDay(day);
}

/**
 * When a fact happened or lasted. An end that only closes the start's own week or month adds nothing
 * and is left out, so a week-dated claim reads "week of 27 Jan 2025", not a fake exact range; a
 * month-dated fact reads "January 2025", never "1 Jan 2025". An undated fact reads "undated; reported
 * by 6 Feb 2025"; an open end reads "since August 2024, still going on at 6 Feb 2025 (the source's
 * date)".
 */
export function formatTime(time: TimeSpec): string {
	const start = formatAt(time.start, time.precision);
	if (time.end === undefined || time.precision === 'undated') return start;
	const end = toDay(time.end);
	if (time.ongoing) return `since ${start}, still going on at ${formatShort(end)} (the source’s date)`;
	if (end <= precisionSpanEnd(toDay(time.start), time.precision)) return start;
	return `${start} to ${formatDay(end)}`;
}

const PRECISION_WORDS: Record<TimePrecision, string> = {
	day: 'exact day',
	week: 'known to the week',
	month: 'known to the month',
	undated: 'happened on or before that day; when is not known'
};

/** How precisely a date is known, in words ("known to the week"). */
export function precisionWords(precision: TimePrecision): string {
	return PRECISION_WORDS[precision];
}
