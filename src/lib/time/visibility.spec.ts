import { describe, expect, it } from 'vitest';
import { toDay } from './days';
import { precisionSpanEnd, timeKeys, visibilityAt, type TimeKeys } from './visibility';

const at = (k: TimeKeys, iso: string) => visibilityAt(k, toDay(iso));

describe('visibility rule', () => {
	it('shows a day-dated strike from its day on: recent for 7 days, then history', () => {
		const k = timeKeys('strike', { start: '2025-01-31', precision: 'day' });
		expect(at(k, '2025-01-30')).toBe('hidden');
		expect(at(k, '2025-01-31')).toBe('recent');
		expect(at(k, '2025-02-06')).toBe('recent');
		expect(at(k, '2025-02-07')).toBe('shown');
		expect(at(k, '2026-01-01')).toBe('shown');
	});

	it('shows a week-dated claim as uncertain across its week, never as if on the first day only', () => {
		const k = timeKeys('claim', { start: '2025-01-27', end: '2025-02-02', precision: 'week' });
		expect(at(k, '2025-01-26')).toBe('hidden');
		expect(at(k, '2025-01-27')).toBe('uncertain');
		expect(at(k, '2025-02-02')).toBe('uncertain');
		expect(at(k, '2025-02-03')).toBe('recent');
		expect(at(k, '2025-02-08')).toBe('recent');
		expect(at(k, '2025-02-09')).toBe('shown');
	});

	it('a week-dated event without an end is uncertain for 7 days from its start', () => {
		const k = timeKeys('report', { start: '2025-02-03', precision: 'week' });
		expect(at(k, '2025-02-03')).toBe('uncertain');
		expect(at(k, '2025-02-09')).toBe('uncertain');
		expect(at(k, '2025-02-10')).toBe('recent');
	});

	it('a month-dated capture is uncertain for the whole month, at both edges', () => {
		const k = timeKeys('capture', { start: '2025-01-01', end: '2025-01-31', precision: 'month' });
		expect(at(k, '2024-12-31')).toBe('hidden');
		expect(at(k, '2025-01-01')).toBe('uncertain');
		expect(at(k, '2025-01-31')).toBe('uncertain');
		expect(at(k, '2025-02-01')).toBe('recent');
		expect(at(k, '2025-02-06')).toBe('recent');
		expect(at(k, '2025-02-07')).toBe('shown');
	});

	it('month precision without an end spans the calendar month (February has 28 days in 2025)', () => {
		expect(precisionSpanEnd(toDay('2025-02-01'), 'month')).toBe(toDay('2025-02-28'));
		expect(precisionSpanEnd(toDay('2024-02-01'), 'month')).toBe(toDay('2024-02-29'));
		expect(precisionSpanEnd(toDay('2024-12-01'), 'month')).toBe(toDay('2024-12-31'));
	});

	it('shows a state (area, battle) only inside its span; uncertain while its start is uncertain', () => {
		const k = timeKeys('area', { start: '2024-08-01', end: '2025-02-06', precision: 'month' });
		expect(at(k, '2024-07-31')).toBe('hidden');
		expect(at(k, '2024-08-01')).toBe('uncertain');
		expect(at(k, '2024-08-31')).toBe('uncertain');
		expect(at(k, '2024-09-01')).toBe('shown');
		expect(at(k, '2025-02-06')).toBe('shown');
		expect(at(k, '2025-02-07')).toBe('hidden');
	});

	it('a month-long battle without an end lasts the month and is uncertain throughout', () => {
		const k = timeKeys('battle', { start: '2025-01-01', precision: 'month' });
		expect(at(k, '2025-01-15')).toBe('uncertain');
		expect(at(k, '2025-02-01')).toBe('hidden');
	});

	it('a day-dated state is certain from its first day', () => {
		const k = timeKeys('movement', { start: '2025-02-03', end: '2025-02-09', precision: 'day' });
		expect(at(k, '2025-02-03')).toBe('shown');
		expect(at(k, '2025-02-10')).toBe('hidden');
	});

	it('an undated report is shown from the day it was reported by, uncertain for ever, never recent', () => {
		const k = timeKeys('report', { start: '2025-02-06', precision: 'undated' });
		expect(at(k, '2025-02-05')).toBe('hidden');
		expect(at(k, '2025-02-06')).toBe('uncertain');
		expect(at(k, '2025-02-13')).toBe('uncertain');
		expect(at(k, '2030-01-01')).toBe('uncertain');
		expect(precisionSpanEnd(toDay('2025-02-06'), 'undated')).toBe(toDay('2025-02-06'));
	});

	it('an undated state is likewise uncertain from its report day on, never recent', () => {
		for (const kind of ['area', 'battle', 'gain'] as const) {
			const k = timeKeys(kind, { start: '2025-02-06', precision: 'undated' });
			expect(at(k, '2025-02-05')).toBe('hidden');
			expect(at(k, '2025-02-06')).toBe('uncertain');
			expect(at(k, '2026-02-06')).toBe('uncertain');
		}
	});

	it('an open end (ongoing) is shown until the source’s date, like the same span without it', () => {
		const span = { start: '2025-01-01', end: '2025-02-06', precision: 'month' } as const;
		const k = timeKeys('battle', { ...span, ongoing: true });
		expect(k).toEqual(timeKeys('battle', span));
		expect(at(k, '2025-02-06')).toBe('shown');
		expect(at(k, '2025-02-07')).toBe('hidden');
	});
});
