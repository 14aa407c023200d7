/**
 * The track's window in a link (`win=<first>..<last>`): read, checked against the data's range,
 * written back, and left out while it is the window a visit opens on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, TimelineFeature } from '$lib/data/types';
import { toDay } from '$lib/time/days';
import { parseView, serialiseView, urlContext } from './url';

const feature = (id: string, start: string, end?: string): TimelineFeature => ({
	type: 'Feature',
	id,
	geometry: { type: 'Point', coordinates: [30, 50] },
	properties: {
		name: id,
		layer: 'strikes',
		kind: 'area',
		summary: '',
		time: { start, precision: 'day', ...(end ? { end } : {}) },
		position: { precision: 'city', source: 'test' },
		schematic: false,
		claims: []
	}
});

const DATA: Pick<Dataset, 'layers' | 'features' | 'figures'> = {
	layers: [{ id: 'strikes', label: 'Strikes', colour: '#000' }],
	features: [feature('a', '2024-02-01'), feature('b', '2025-01-01', '2025-02-06')],
	figures: []
};
const CTX = urlContext(DATA);
const LAYERS = ['strikes'];
const parse = (q: string) => parseView(new URLSearchParams(q), CTX);

describe('the window in a link', () => {
	it('is absent by default, and then not written', () => {
		const { view, notices } = parse('date=2025-02-06');
		expect(view.window).toBeUndefined();
		expect(notices).toEqual([]);
		expect(serialiseView(view, LAYERS)).toBe('date=2025-02-06');
	});

	it('reads and writes first..last, after the date', () => {
		const { view, notices } = parse('win=2025-01-01..2025-01-31&date=2025-02-06');
		expect(notices).toEqual([]);
		expect(view.window).toEqual({ min: toDay('2025-01-01'), max: toDay('2025-01-31') });
		expect(view.date).toBe(toDay('2025-02-06'));
		expect(serialiseView(view, LAYERS)).toBe('date=2025-02-06&win=2025-01-01..2025-01-31');
	});

	it('fits a window that leaves the data, or is shorter than a week, and says so', () => {
		let r = parse('win=2025-01-20..2025-03-01');
		expect(r.view.window).toEqual({ min: toDay('2024-12-28'), max: toDay('2025-02-06') });
		expect(r.notices).toEqual([
			'The time window “2025-01-20..2025-03-01” did not fit the data; showing 2024-12-28 to 2025-02-06.'
		]);
		r = parse('win=2025-01-10..2025-01-10');
		expect(r.view.window).toEqual({ min: toDay('2025-01-10') - 3, max: toDay('2025-01-10') + 4 });
		expect(r.notices).toHaveLength(1);
	});

	it('ignores what is not two dates, with a notice', () => {
		for (const bad of [
			'2025-01-01',
			'2025-01-01..',
			'a..b',
			'2025-01-01..2025-01-31..2025-02-01',
			'2025-13-01..2025-01-31'
		]) {
			const r = parse(`win=${encodeURIComponent(bad)}`);
			expect(r.view.window, bad).toBeUndefined();
			expect(r.notices, bad).toEqual([
				`Ignored the time window “${bad}”: expected first..last day (YYYY-MM-DD).`
			]);
		}
		expect(parse('win=').notices).toEqual([]);
	});

	it('any window that parses reopens as itself (property)', () => {
		const iso = fc
			.integer({ min: toDay('2023-01-01'), max: toDay('2026-01-01') })
			.map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
		fc.assert(
			fc.property(iso, iso, fc.constantFrom('..', '.', '...', '..'), (a, b, sep) => {
				const first = parse(`win=${a}${sep}${b}`);
				const again = parse(serialiseView(first.view, LAYERS));
				expect(again.view).toEqual(first.view);
				expect(again.notices).toEqual([]);
				if (first.view.window) {
					expect(first.view.window.min).toBeGreaterThanOrEqual(CTX.range.min);
					expect(first.view.window.max).toBeLessThanOrEqual(CTX.range.max);
				}
			})
		);
	});
});
