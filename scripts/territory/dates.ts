/**
 * Calendar days for the territory converter: the date in a snapshot's file name, day arithmetic,
 * months, and the short date the generated text uses ("7 Jul 2024"). UTC day numbers throughout,
 * shared with the app (src/lib/time/days.ts), so no time zone can move a snapshot to another day.
 */
import { parseIsoDay, toIso } from '../../src/lib/time/days';

/** `YYYYMMDD` or `YYYY-MM-DD` (one separator style), not inside a longer run of digits. */
const DATE_IN_NAME = /(?<!\d)(\d{4})(-?)(\d{2})\2(\d{2})(?!\d)/g;

/**
 * The one real calendar date in a file name, as `YYYY-MM-DD`; undefined when there is none.
 * Throws when the name holds two different dates, since then it is not clear which one is meant.
 */
export function dateInName(name: string): string | undefined {
	const found = new Set<string>();
	for (const m of name.matchAll(DATE_IN_NAME)) {
		const iso = `${m[1]}-${m[3]}-${m[4]}`;
		if (parseIsoDay(iso) !== null) found.add(iso);
	}
	if (found.size > 1) throw new Error(`${name}: more than one date in the name (${[...found].join(', ')})`);
	return [...found][0];
}

export function dayNumber(iso: string): number {
	const d = parseIsoDay(iso);
	if (d === null) throw new Error(`'${iso}' is not a real date (YYYY-MM-DD)`);
	return d;
}

export function addDays(iso: string, n: number): string {
	return toIso(dayNumber(iso) + n);
}

/** `2024-12` for any day of December 2024. */
export function monthOf(iso: string): string {
	return iso.slice(0, 7);
}

/** First day of the month after `month` (`2024-12` → `2025-01-01`). */
export function nextMonthStart(month: string): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

export function lastDayOfMonth(month: string): string {
	return addDays(nextMonthStart(month), -1);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-07-07` → `7 Jul 2024`. */
export function shortDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** `2024-12` → `Dec 2024`. */
export function monthLabel(month: string): string {
	const [y, m] = month.split('-').map(Number) as [number, number];
	return `${MONTHS[m - 1]} ${y}`;
}
