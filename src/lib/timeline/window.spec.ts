import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDay } from '$lib/time/days';
import {
	centreWindow,
	DEFAULT_SPAN,
	densestWindow,
	followDay,
	lanesOf,
	lanesUsed,
	layoutRow,
	MIN_SPAN,
	normaliseWindow,
	panWindow,
	span,
	zoomWindow,
	type LayoutOptions,
	type RowItem
} from './window';

const RANGE = { min: toDay('2024-02-01'), max: toDay('2025-02-09') };
const OPTS: LayoutOptions = { width: 400, minPx: 4, reportedPx: 12, gapPx: 2, lanes: 2 };

/** Any row for the property tests over window {0, 100}: its items (ticks, bars, "reported by"), a width and sub-rows. */
const anyRow = [
	fc.array(
		fc
			.tuple(fc.integer({ min: -20, max: 120 }), fc.integer({ min: 0, max: 60 }), fc.boolean())
			.map(([s, len, reported]) => ({ start: s, end: reported ? s : s + len, reported, item: s })),
		{ maxLength: 60 }
	),
	fc.integer({ min: 40, max: 1400 }),
	fc.integer({ min: 1, max: 4 })
] as const;

describe('normaliseWindow', () => {
	it('keeps a window that fits, and puts one that does not inside the range', () => {
		const w = { min: toDay('2025-01-01'), max: toDay('2025-01-31') };
		expect(normaliseWindow(w, RANGE)).toEqual(w);
		expect(normaliseWindow({ min: RANGE.max - 10, max: RANGE.max + 20 }, RANGE)).toEqual({
			min: RANGE.max - 30,
			max: RANGE.max
		});
		expect(normaliseWindow({ min: RANGE.min - 5, max: RANGE.min + 5 }, RANGE)).toEqual({
			min: RANGE.min,
			max: RANGE.min + 10
		});
		expect(normaliseWindow({ min: 0, max: 1e6 }, RANGE)).toEqual(RANGE);
		// Reversed, too short: a week around its middle.
		expect(span(normaliseWindow({ min: 19_000, max: 18_998 }, RANGE))).toBe(MIN_SPAN);
		// A range shorter than a week is its own only window.
		expect(normaliseWindow({ min: 5, max: 6 }, { min: 3, max: 6 })).toEqual({ min: 3, max: 6 });
	});

	it('is idempotent, always inside the range and never shorter than a week (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -1000, max: 1000 }),
				fc.integer({ min: -1000, max: 1000 }),
				fc.integer({ min: 0, max: 500 }),
				fc.integer({ min: 0, max: 600 }),
				(a, b, lo, len) => {
					const range = { min: lo, max: lo + len };
					const w = normaliseWindow({ min: a, max: b }, range);
					expect(w.min).toBeGreaterThanOrEqual(range.min);
					expect(w.max).toBeLessThanOrEqual(range.max);
					expect(span(w)).toBeGreaterThanOrEqual(Math.min(MIN_SPAN, len));
					expect(normaliseWindow(w, range)).toEqual(w);
				}
			)
		);
	});
});

describe('densestWindow', () => {
	it('opens on the six weeks holding the most days, centred on them', () => {
		// A year-old capture, then the story's last five weeks.
		const days = [
			'2024-02-01',
			'2024-08-01',
			'2025-01-01',
			'2025-01-13',
			'2025-01-27',
			'2025-01-31',
			'2025-02-01',
			'2025-02-03',
			'2025-02-06'
		].map(toDay);
		const w = densestWindow(days, RANGE);
		expect(span(w)).toBe(DEFAULT_SPAN);
		expect(w.min).toBeLessThanOrEqual(toDay('2025-01-01'));
		expect(w.max).toBeGreaterThanOrEqual(toDay('2025-02-06'));
		expect(w.max).toBeLessThanOrEqual(RANGE.max);
	});

	it('prefers the later of two equally dense windows; the whole range when it is short or empty', () => {
		const days = [toDay('2024-03-01'), toDay('2024-03-02'), toDay('2024-12-01'), toDay('2024-12-02')];
		const w = densestWindow(days, RANGE);
		expect(w.min).toBeLessThanOrEqual(toDay('2024-12-01'));
		expect(w.max).toBeGreaterThanOrEqual(toDay('2024-12-02'));
		expect(densestWindow([], RANGE)).toEqual(RANGE);
		const short = { min: 100, max: 120 };
		expect(densestWindow([105], short)).toEqual(short);
	});
});

describe('zoom and pan', () => {
	const jan = { min: toDay('2025-01-01'), max: toDay('2025-01-31') };

	it('zooms around the anchor, which keeps its place', () => {
		const anchor = toDay('2025-01-16'); // the middle
		const z = zoomWindow(jan, 0.5, anchor, RANGE);
		expect(span(z)).toBe(15);
		expect(Math.abs((anchor - z.min) / span(z) - 0.5)).toBeLessThan(0.05);
		const atEnd = zoomWindow(jan, 2, jan.max, RANGE);
		expect(atEnd.max).toBe(jan.max);
		expect(span(atEnd)).toBe(60);
	});

	it('stops at a week in and at the whole range out', () => {
		expect(span(zoomWindow(jan, 0.01, jan.min, RANGE))).toBe(MIN_SPAN);
		expect(zoomWindow(jan, 100, jan.min, RANGE)).toEqual(RANGE);
		expect(zoomWindow(jan, Number.NaN, jan.min, RANGE)).toEqual(jan);
	});

	it('zooming in and back out returns to the same window, give or take a day (whole days)', () => {
		const anchor = toDay('2025-01-10');
		const back = zoomWindow(zoomWindow(jan, 0.5, anchor, RANGE), 2, anchor, RANGE);
		expect(Math.abs(back.min - jan.min)).toBeLessThanOrEqual(1);
		expect(Math.abs(back.max - jan.max)).toBeLessThanOrEqual(1);
	});

	it('pans, keeping the span, and stops at the edges', () => {
		expect(panWindow(jan, 7, RANGE)).toEqual({ min: jan.min + 7, max: jan.max + 7 });
		expect(panWindow(jan, 1000, RANGE)).toEqual({ min: RANGE.max - 30, max: RANGE.max });
		expect(centreWindow(jan, toDay('2024-06-15'), RANGE)).toEqual({
			min: toDay('2024-06-15') - 15,
			max: toDay('2024-06-15') + 15
		});
	});

	it('follows the chosen day a page at a time, and not while it is inside', () => {
		expect(followDay(jan, toDay('2025-01-20'), RANGE)).toBe(jan);
		const after = followDay(jan, toDay('2025-02-02'), RANGE);
		expect(span(after)).toBe(30);
		expect(after.min).toBeLessThan(toDay('2025-02-02'));
		expect(toDay('2025-02-02') - after.min).toBeGreaterThan(20);
		const before = followDay(jan, toDay('2024-12-20'), RANGE);
		expect(toDay('2024-12-20') - before.min).toBeLessThan(10);
	});
});

describe('layoutRow', () => {
	const w = { min: 0, max: 100 }; // 4 px a day at 400 px
	const tick = (d: number, id = `t${d}`): RowItem<string> => ({ start: d, end: d, item: id });

	it('places ticks and bars where their days are, and leaves out what is outside the window', () => {
		const placed = layoutRow([tick(10), { start: 20, end: 40, item: 'bar' }, tick(150)], w, OPTS);
		expect(placed.map((p) => p.items)).toEqual([['t10'], ['bar']]);
		expect(placed[0]).toMatchObject({ lane: 0, x0: 38, x1: 42 });
		expect(placed[1]).toMatchObject({ lane: 0, x0: 80, x1: 160 });
	});

	it('cuts a bar at the window and draws a "reported by" marker ending at its day', () => {
		const placed = layoutRow(
			[
				{ start: -50, end: 10, item: 'long' },
				{ start: 50, end: 50, reported: true, item: 'undated' }
			],
			w,
			OPTS
		);
		expect(placed[0]).toMatchObject({ x0: 0, x1: 40 });
		expect(placed[1]).toMatchObject({ x0: 188, x1: 200, items: ['undated'] });
	});

	it('puts a mark that would overlap in the next sub-row, and merges when the sub-rows are full', () => {
		const placed = layoutRow([tick(10, 'a'), tick(10, 'b'), tick(10, 'c'), tick(10.5, 'd')], w, OPTS);
		expect(placed).toHaveLength(2);
		expect(placed[0]!.items).toEqual(['a']);
		expect(placed[1]).toMatchObject({ lane: 1, items: ['b', 'c', 'd'], start: 10, end: 10.5 });
		expect(lanesUsed(placed)).toBe(2);
	});

	it('merges ticks with each other rather than into a bar across the window', () => {
		const placed = layoutRow(
			[{ start: 0, end: 100, item: 'long' }, tick(50, 'a'), tick(50, 'b'), tick(50, 'c')],
			w,
			OPTS
		);
		expect(placed.map((p) => p.items)).toEqual([['long'], ['a', 'b', 'c']]);
	});

	it('never lets two marks of a sub-row overlap, at any width (property)', () => {
		fc.assert(
			fc.property(...anyRow, (items, width, lanes) => {
				const placed = layoutRow(items, w, { ...OPTS, width, lanes });
				const inWindow = items.filter((i) => i.end >= w.min && i.start <= w.max);
				expect(placed.reduce((n, p) => n + p.items.length, 0)).toBe(inWindow.length);
				for (const a of placed)
					for (const b of placed) {
						if (a === b || a.lane !== b.lane) continue;
						expect(a.x1 + OPTS.gapPx <= b.x0 || b.x1 + OPTS.gapPx <= a.x0).toBe(true);
					}
			})
		);
	});
});

describe('lanesOf', () => {
	const w = { min: 0, max: 100 };
	const tick = (d: number, id = `t${d}`): RowItem<string> => ({ start: d, end: d, item: id });

	it('gives each sub-row its marks in order, each with the space before it', () => {
		const placed = layoutRow([tick(10, 'a'), tick(10, 'b'), tick(30, 'c'), tick(0, 'edge')], w, OPTS);
		const lanes = lanesOf(placed);
		expect(lanes.map((l) => l.lane)).toEqual([0, 1]);
		expect(lanes[0]!.marks.map((m) => [m.placed.items[0], m.before])).toEqual([
			['edge', -2],
			['a', 36],
			['c', 76]
		]);
		expect(lanes[1]!.marks.map((m) => [m.placed.items[0], m.before])).toEqual([['b', 38]]);
	});

	it('drawn in the flow, every mark lands where the layout placed it (property)', () => {
		fc.assert(
			fc.property(...anyRow, (items, width, lanes) => {
				const placed = layoutRow(items, w, { ...OPTS, width, lanes });
				const out = lanesOf(placed);
				expect(out.flatMap((l) => l.marks.map((m) => m.placed))).toHaveLength(placed.length);
				for (const l of out) {
					let x = 0;
					for (const m of l.marks) {
						expect(m.placed.lane).toBe(l.lane);
						x += m.before;
						expect(x).toBeCloseTo(m.placed.x0, 6);
						x += m.placed.x1 - m.placed.x0;
					}
				}
			})
		);
	});
});
