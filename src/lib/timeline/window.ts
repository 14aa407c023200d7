/**
 * The track's window: the days the detail track shows, inside the whole range the overview shows.
 * Pure rules, tested without a browser: which window a visit opens on (where the data is densest),
 * how the wheel, a pinch, a drag and the keys move it, and how a row's marks are laid out at the
 * current pixel width so that no two overlap (marks that would are merged into a counted cluster).
 */
import { clampDay, type DayRange } from './range';

/** The fewest days between a window's first and last day (zooming in stops at a week). */
export const MIN_SPAN = 7;

/** The span of the window a visit opens on: six weeks, around where the data is densest. */
export const DEFAULT_SPAN = 41;

/** Days between the first and last day of a window or range. */
export function span(w: DayRange): number {
	return w.max - w.min;
}

/**
 * A window made whole: whole days, inside the range, at least {@link MIN_SPAN} days (or the whole
 * range when that is shorter), and the range itself at most. A window sliding off an edge keeps its
 * span and stops at the edge.
 */
export function normaliseWindow(w: DayRange, range: DayRange): DayRange {
	const full = span(range);
	let min = Math.round(Math.min(w.min, w.max));
	let max = Math.round(Math.max(w.min, w.max));
	const want = Math.min(full, Math.max(Math.min(MIN_SPAN, full), max - min));
	if (max - min < want) {
		const mid = Math.round((min + max) / 2);
		min = mid - Math.floor(want / 2);
		max = min + want;
	} else if (max - min > want) {
		min = range.min;
		max = range.max;
	}
	if (min < range.min) {
		max += range.min - min;
		min = range.min;
	}
	if (max > range.max) {
		min -= max - range.max;
		max = range.max;
	}
	return { min: Math.max(range.min, min), max };
}

export function sameWindow(a: DayRange | undefined, b: DayRange | undefined): boolean {
	return a === b || (!!a && !!b && a.min === b.min && a.max === b.max);
}

/**
 * The window a visit opens on: the {@link DEFAULT_SPAN} days holding the most of the given days (the
 * start of every fact and figure, not the territory series), centred on the days it holds, inside the
 * range. With no days, or a range no longer than the span, the whole range.
 */
export function densestWindow(days: readonly number[], range: DayRange, length = DEFAULT_SPAN): DayRange {
	if (span(range) <= length || days.length === 0) return { ...range };
	const sorted = days.filter((d) => d >= range.min && d <= range.max).sort((a, b) => a - b);
	if (sorted.length === 0) return normaliseWindow({ min: range.max - length, max: range.max }, range);
	// Two pointers: for each day as the window's first, how many days fall within `length` after it.
	let best = { count: 0, first: 0, last: 0 };
	let j = 0;
	for (let i = 0; i < sorted.length; i++) {
		if (j < i) j = i;
		while (j + 1 < sorted.length && sorted[j + 1]! - sorted[i]! <= length) j++;
		const count = j - i + 1;
		// Ties go to the later window: the story's end is where a reader starts.
		if (count >= best.count) best = { count, first: sorted[i]!, last: sorted[j]! };
	}
	const mid = Math.round((best.first + best.last) / 2);
	const min = mid - Math.floor(length / 2);
	return normaliseWindow({ min, max: min + length }, range);
}

/**
 * Zooms by `factor` (below 1 in, above 1 out) around `anchor`, a day that keeps its place on the
 * track (the pointer's day for the wheel and a pinch, the chosen day for the keys).
 */
export function zoomWindow(w: DayRange, factor: number, anchor: number, range: DayRange): DayRange {
	const s = span(w);
	if (!(factor > 0) || !Number.isFinite(factor) || s === 0) return normaliseWindow(w, range);
	const at = Math.min(1, Math.max(0, (anchor - w.min) / s));
	const next = Math.max(Math.min(MIN_SPAN, span(range)), Math.min(span(range), s * factor));
	const min = anchor - at * next;
	return normaliseWindow({ min, max: min + next }, range);
}

/** Moves the window by `days` (later when positive), keeping its span. */
export function panWindow(w: DayRange, days: number, range: DayRange): DayRange {
	return normaliseWindow({ min: w.min + days, max: w.max + days }, range);
}

/** The window with its centre on `day`, keeping its span (a click on the overview). */
export function centreWindow(w: DayRange, day: number, range: DayRange): DayRange {
	const s = span(w);
	const min = day - Math.floor(s / 2);
	return normaliseWindow({ min, max: min + s }, range);
}

/**
 * The window once the chosen day has moved: unchanged while the day is inside; otherwise moved a
 * page so the day sits a quarter in from the edge it crossed (few moves while playing, no jumps back).
 */
export function followDay(w: DayRange, day: number, range: DayRange): DayRange {
	const d = clampDay(day, range);
	if (d >= w.min && d <= w.max) return w;
	const s = span(w);
	const min = d > w.max ? d - Math.round(s * 0.75) : d - Math.round(s * 0.25);
	return normaliseWindow({ min, max: min + s }, range);
}

/** Between a window's first and last day in a link: `win=2025-01-01..2025-02-06`. */
export const WINDOW_SEPARATOR = '..';

/** One thing to place on a row: a day (a tick), a span of days (a bar), or a "reported by" marker. */
export interface RowItem<T> {
	start: number;
	end: number;
	/** A marker that ends at `start` and points back (undated: it happened on or before that day). */
	reported?: boolean;
	item: T;
}

/** What a row draws: one mark, or a cluster of marks that would overlap, in pixels along the row. */
export interface Placed<T> {
	/** Sub-row, 0 at the top. */
	lane: number;
	/** Left and right edges in px from the row's start; never overlapping another in the same lane. */
	x0: number;
	x1: number;
	/** First and last day it covers (for a cluster, of all its marks). */
	start: number;
	end: number;
	/** One item for a mark, more for a cluster, in the order of their start. */
	items: T[];
}

export interface LayoutOptions {
	/** Width of the row in px (the window's first day at 0, its last at `width`). */
	width: number;
	/** Narrowest mark in px (a tick). */
	minPx: number;
	/** Width of a "reported by" marker in px. */
	reportedPx: number;
	/** Least space between two marks in px. */
	gapPx: number;
	/** Sub-rows a row may use before marks are merged. */
	lanes: number;
}

/**
 * Lays a row's items out in the window at the row's pixel width. Items outside the window are left
 * out; spans are cut at its edges. Each item goes to the first sub-row where it clears the mark
 * before it by `gapPx`; one that fits in none joins the narrowest of the sub-rows' last marks, which
 * becomes a cluster (items are taken in order of their left edge, so a cluster only grows to the
 * right and no mark follows it yet). So no two marks overlap at this width, whatever the data.
 */
export function layoutRow<T>(items: readonly RowItem<T>[], w: DayRange, o: LayoutOptions): Placed<T>[] {
	const s = span(w);
	const px = (d: number) => (s === 0 ? 0 : ((d - w.min) / s) * o.width);
	const boxes: { x0: number; x1: number; it: RowItem<T> }[] = [];
	for (const it of items) {
		if (it.end < w.min || it.start > w.max) continue;
		let x0: number;
		let x1: number;
		if (it.reported) {
			x1 = px(it.start);
			x0 = x1 - o.reportedPx;
		} else if (it.end > it.start) {
			x0 = px(Math.max(it.start, w.min));
			x1 = Math.max(px(Math.min(it.end, w.max)), x0 + o.minPx);
		} else {
			x0 = px(it.start) - o.minPx / 2;
			x1 = x0 + o.minPx;
		}
		boxes.push({ x0, x1, it });
	}
	boxes.sort((a, b) => a.x0 - b.x0 || b.x1 - a.x1);
	const lanes: Placed<T>[][] = Array.from({ length: Math.max(1, o.lanes) }, () => []);
	for (const b of boxes) {
		const lane = lanes.findIndex((l) => {
			const last = l[l.length - 1];
			return !last || last.x1 + o.gapPx <= b.x0;
		});
		if (lane >= 0) {
			lanes[lane]!.push({
				lane,
				x0: b.x0,
				x1: b.x1,
				start: b.it.start,
				end: b.it.end,
				items: [b.it.item]
			});
			continue;
		}
		// Join the narrowest of the sub-rows' last marks, so a few ticks merge with each other rather
		// than into a bar across the window.
		let last = lanes[0]![lanes[0]!.length - 1]!;
		for (const l of lanes) {
			const m = l[l.length - 1]!;
			if (m.x1 - m.x0 <= last.x1 - last.x0) last = m;
		}
		last.x1 = Math.max(last.x1, b.x1);
		last.start = Math.min(last.start, b.it.start);
		last.end = Math.max(last.end, b.it.end);
		last.items.push(b.it.item);
	}
	return lanes.flat();
}

/** A sub-row's marks in order along it, each with the space before it (from the row's start or the mark before). */
export interface Lane<T> {
	lane: number;
	marks: { placed: Placed<T>; before: number }[];
}

/**
 * A laid-out row as sub-rows of marks in order, for drawing them in the flow of the page (each
 * mark's left margin the space before it) rather than each absolutely placed: a positioned element
 * is a paint layer of its own, and at 100,000 events a track of a thousand of them cost every
 * scrub step about 7 ms of painting, though none of them moves.
 */
export function lanesOf<T>(placed: readonly Placed<T>[]): Lane<T>[] {
	const out: Lane<T>[] = [];
	for (const p of [...placed].sort((a, b) => a.lane - b.lane || a.x0 - b.x0)) {
		let lane = out[out.length - 1];
		if (!lane || lane.lane !== p.lane) out.push((lane = { lane: p.lane, marks: [] }));
		const last = lane.marks[lane.marks.length - 1]?.placed;
		lane.marks.push({ placed: p, before: p.x0 - (last ? last.x1 : 0) });
	}
	return out;
}

/** How many sub-rows a laid-out row uses (at least one). */
export function lanesUsed(placed: readonly Placed<unknown>[]): number {
	return placed.reduce((n, p) => Math.max(n, p.lane + 1), 1);
}
