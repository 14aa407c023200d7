import { afterEach, describe, expect, it } from 'vitest';
import { toDay } from '$lib/time/days';
import { formatLabel, formatShort, formatSpoken, formatTime, precisionWords } from './format';

const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Tokyo'];
const original = process.env.TZ;

afterEach(() => {
	process.env.TZ = original;
});

describe.each(ZONES)('formatting in time zone %s', (zone) => {
	it('prints the UTC calendar day, never the day before or after', () => {
		process.env.TZ = zone;
		expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
		expect(formatLabel(toDay('2025-02-01'))).toBe('Sat 1 Feb 2025');
		expect(formatLabel(toDay('2025-01-31'))).toBe('Fri 31 Jan 2025');
		expect(formatSpoken(toDay('2025-02-01'))).toBe('Saturday 1 February 2025');
		expect(formatShort(toDay('2024-12-31'))).toBe('31 Dec 2024');
		// A day on which some zones change clocks.
		expect(formatLabel(toDay('2025-03-09'))).toBe('Sun 9 Mar 2025');
		expect(formatLabel(toDay('2024-02-29'))).toBe('Thu 29 Feb 2024');
	});

	it('keeps month precision as a month and week precision as a span', () => {
		process.env.TZ = zone;
		expect(formatTime({ start: '2025-01-01', end: '2025-01-31', precision: 'month' }, false)).toBe(
			'January 2025'
		);
		expect(formatTime({ start: '2025-01-27', end: '2025-02-02', precision: 'week' }, false)).toBe(
			'week of 27 Jan – 2 Feb 2025'
		);
	});
});

describe('fact dates', () => {
	it('prints a day-dated event as its day', () => {
		expect(formatTime({ start: '2025-01-31', precision: 'day' }, false)).toBe('31 Jan 2025');
	});

	it('prints a week without an end as the seven days from its start', () => {
		expect(formatTime({ start: '2025-02-03', precision: 'week' }, false)).toBe('week of 3 Feb – 9 Feb 2025');
		expect(formatTime({ start: '2024-12-30', precision: 'week' }, false)).toBe(
			'week of 30 Dec 2024 – 5 Jan 2025'
		);
	});

	it('prints a lasting state as its span, keeping the precision of its start', () => {
		expect(formatTime({ start: '2024-08-01', end: '2025-02-06', precision: 'month' }, true)).toBe(
			'August 2024 – 6 Feb 2025'
		);
		expect(formatTime({ start: '2025-02-03', end: '2025-02-09', precision: 'day' }, true)).toBe(
			'3 Feb – 9 Feb 2025'
		);
		expect(formatTime({ start: '2025-01-01', end: '2025-01-31', precision: 'month' }, true)).toBe(
			'January 2025'
		);
		expect(formatTime({ start: '2025-01-01', precision: 'month' }, true)).toBe('January 2025');
	});

	it('names the precision in words', () => {
		expect(precisionWords('month')).toBe('date known to the month');
		expect(precisionWords('week')).toBe('date known to the week');
		expect(precisionWords('day')).toBe('exact day');
	});
});
