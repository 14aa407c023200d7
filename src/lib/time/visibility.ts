/**
 * The one rule for what the map shows at date t. README ("What the map shows on a day") states it in
 * words. `visibilityAt` is the rule; `day-codes.ts` evaluates the same steps inlined over typed arrays
 * for every feature at once (`day-codes.spec.ts` holds the two together on every ordering of the keys
 * and the day). The map only reads the resulting code back (`map/expressions.ts`), never the keys.
 *
 * - States (areas, battles, movements, and the held, gained and lost pieces of a territory layer)
 *   show while t is inside their span; ground newly gained is emphasised as recent for its first 7 days.
 * - Events (strikes, captures, claims, reports) show from their date on: emphasised for 7 days
 *   counted from the last day they can have happened, then as quieter history; never before.
 * - A week- or month-dated fact is uncertain across its whole span: shown as uncertain there, never
 *   as if it happened on the first day.
 * - An undated fact (`precision: 'undated'`: on or before the day it was reported by, when is not
 *   known) is shown from that day on, uncertain for ever: never emphasised as new on a day.
 * - An open end (`ongoing`) changes nothing here: the state shows until `end`, the source's date;
 *   the views draw it as continuing.
 */
import type { FeatureKind, TimePrecision, TimeSpec } from '$lib/data/types';
import { toDay } from './days';

/** How long an event stays emphasised after it (certainly) happened. */
export const RECENT_DAYS = 7;

/** Far-future day for "shown from here on"; a plain number so it fits MapLibre expressions. */
export const FOREVER = 1_000_000;

const STATE_KINDS: ReadonlySet<FeatureKind> = new Set([
	'area',
	'battle',
	'movement',
	'territory',
	'gain',
	'loss'
]);

/** Whether a kind lasts (shown while its span runs) or happens (shown from its date on). */
export function isStateKind(kind: FeatureKind): boolean {
	return STATE_KINDS.has(kind);
}

/**
 * Day numbers that decide visibility; computed once when data is loaded, so a scrub step compares
 * four integers per feature and nothing else.
 */
export interface TimeKeys {
	/** First day it can be shown. */
	s: number;
	/** Last day it is uncertain (before s when the date is exact). */
	w: number;
	/** Last day it is emphasised as recent (before s for states). */
	r: number;
	/** Last day it is shown. */
	e: number;
}

export type Visibility = 'hidden' | 'uncertain' | 'recent' | 'shown';

/**
 * Last day of the span a start date stands for at its precision. An undated fact's start is the day
 * it was reported by, the last day it can have happened on.
 */
export function precisionSpanEnd(start: number, precision: TimePrecision): number {
	if (precision === 'day' || precision === 'undated') return start;
	if (precision === 'week') return start + 6;
	const d = new Date(start * 86_400_000);
	const nextMonth = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
	return Math.round(nextMonth / 86_400_000) - 1;
}

export function timeKeys(kind: FeatureKind, time: TimeSpec): TimeKeys {
	const s = toDay(time.start);
	// Undated: from the day it was reported by on, uncertain for ever, never recent (events and states alike).
	if (time.precision === 'undated') return { s, w: FOREVER, r: s - 1, e: FOREVER };
	const end = time.end !== undefined ? toDay(time.end) : undefined;
	const span = precisionSpanEnd(s, time.precision);
	if (isStateKind(kind)) {
		const e = end ?? span;
		const w = time.precision === 'day' ? s - 1 : Math.min(span, e);
		// Newly held ground is emphasised for its first week, like a recent event.
		const r = kind === 'gain' ? Math.min(e, Math.max(w, s - 1) + RECENT_DAYS) : s - 1;
		return { s, w, r, e };
	}
	const w = time.precision === 'day' ? s - 1 : (end ?? span);
	const certain = time.precision === 'day' ? s : w;
	return { s, w, r: certain + RECENT_DAYS - 1, e: FOREVER };
}

/** What a feature looks like on day t. */
export function visibilityAt(k: TimeKeys, t: number): Visibility {
	if (t < k.s || t > k.e) return 'hidden';
	if (t <= k.w) return 'uncertain';
	if (t <= k.r) return 'recent';
	return 'shown';
}
