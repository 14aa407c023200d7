import { describe, expect, it } from 'vitest';
import type { Figure, TimelineFeature } from '$lib/data/types';
import { toDay } from '$lib/time/days';
import { clampDay, dataRange, defaultDay, fraction, monthTicks, weekTicks } from './range';

function feature(start: string, precision: 'day' | 'week' | 'month', end?: string): TimelineFeature {
	return {
		type: 'Feature',
		id: start,
		geometry: { type: 'Point', coordinates: [0, 0] },
		properties: {
			name: start,
			layer: 'strikes',
			kind: 'strike',
			summary: '',
			time: { start, precision, ...(end ? { end } : {}) },
			position: { precision: 'city', source: 'test' },
			schematic: false,
			claims: []
		}
	};
}

describe('data range', () => {
	it('spans the earliest start to the latest end, including the span of a month-dated start', () => {
		const r = dataRange({
			features: [feature('2025-01-31', 'day'), feature('2024-08-01', 'month', '2025-02-06')],
			figures: []
		});
		expect(r).toEqual({ min: toDay('2024-08-01'), max: toDay('2025-02-06') });
		const m = dataRange({ features: [feature('2025-02-01', 'month')], figures: [] });
		expect(m.max).toBe(toDay('2025-02-28'));
	});

	it('counts figures, which reach the timeline even without a place', () => {
		const fig: Figure = {
			id: 'f',
			label: 'x',
			value: '1',
			time: { start: '2024-04-01', precision: 'month' },
			claims: []
		};
		const r = dataRange({ features: [feature('2025-01-31', 'day')], figures: [fig] });
		expect(r.min).toBe(toDay('2024-04-01'));
	});

	it('opens on the story’s date: the latest day a fact or figure reaches, not a territory series', () => {
		const layers = [{ id: 'strikes', label: 'S', colour: '#000' }];
		const series = [{ id: 'territory', label: 'T', colour: '#000', style: 'territory' as const }];
		const piece = { ...feature('2025-01-01', 'day', '2025-02-09'), id: 'piece' };
		piece.properties = { ...piece.properties, layer: 'territory', kind: 'territory' };
		const fig: Figure = {
			id: 'f',
			label: 'x',
			value: '1',
			time: { start: '2025-02-04', precision: 'day' },
			claims: []
		};
		const data = {
			layers: [...series, ...layers],
			features: [feature('2025-02-01', 'day'), piece],
			figures: [fig]
		};
		expect(defaultDay(data)).toBe(toDay('2025-02-04'));
		expect(dataRange(data).max).toBe(toDay('2025-02-09'));
		// A week-dated fact reaches the end of its week; with nothing but the series, the range's end.
		expect(defaultDay({ ...data, features: [feature('2025-02-03', 'week'), piece] })).toBe(
			toDay('2025-02-09')
		);
		expect(defaultDay({ ...data, features: [piece], figures: [] })).toBe(toDay('2025-02-09'));
	});

	it('clamps into the range', () => {
		const r = { min: 10, max: 20 };
		expect(clampDay(5, r)).toBe(10);
		expect(clampDay(25, r)).toBe(20);
		expect(clampDay(15, r)).toBe(15);
	});

	it('places days along the track', () => {
		const r = { min: 10, max: 20 };
		expect(fraction(10, r)).toBe(0);
		expect(fraction(15, r)).toBe(0.5);
		expect(fraction(30, r)).toBe(1);
		expect(fraction(10, { min: 10, max: 10 })).toBe(0);
	});
});

describe('month ticks', () => {
	it('marks each month start inside the range, with the year on January and on the first tick', () => {
		const ticks = monthTicks({ min: toDay('2024-10-15'), max: toDay('2025-02-06') });
		expect(ticks.map((t) => t.label)).toEqual(['Nov 2024', 'Dec', 'Jan 2025', 'Feb']);
		expect(ticks.map((t) => t.day)).toEqual(
			['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01'].map(toDay)
		);
		expect(ticks.map((t) => t.year)).toEqual([false, false, true, false]);
		expect(ticks.map((t) => t.major)).toEqual([true, false, true, false]);
	});

	it('includes a range that starts on the 1st and ends on the 1st', () => {
		const ticks = monthTicks({ min: toDay('2024-02-01'), max: toDay('2024-04-01') });
		expect(ticks.map((t) => t.label)).toEqual(['Feb 2024', 'Mar', 'Apr']);
	});

	it('has no ticks inside a range shorter than a month that crosses no month start', () => {
		expect(monthTicks({ min: toDay('2025-01-03'), max: toDay('2025-01-20') })).toEqual([]);
	});
});

describe('week ticks', () => {
	it('marks the Mondays of a window, but not a 1st (a month tick is there)', () => {
		const t = weekTicks({ min: toDay('2025-01-01'), max: toDay('2025-02-09') });
		expect(t.map((x) => x.label)).toEqual(['6', '13', '20', '27', '3']);
		expect(new Date(t[0]!.day * 86_400_000).getUTCDay()).toBe(1);
		expect(weekTicks({ min: toDay('2024-12-30'), max: toDay('2024-12-30') })).toEqual([
			{ day: toDay('2024-12-30'), label: '30' }
		]);
	});
});
