import { format } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { toDate, toDay } from './days';
import {
	formatAt,
	formatDay,
	formatLabel,
	formatShort,
	formatSpoken,
	formatTime,
	precisionWords
} from './format';

describe('dates at their precision', () => {
	it('labels a day with its weekday, spoken in full for screen readers', () => {
		expect(formatLabel(toDay('2025-02-01'))).toBe('Sat 1 Feb 2025');
		expect(formatSpoken(toDay('2025-02-01'))).toBe('Saturday 1 February 2025');
		expect(formatShort(toDay('2025-01-31'))).toBe('31 Jan 2025');
	});

	it('never prints a month- or week-dated fact as a day', () => {
		expect(formatAt('2025-01-01', 'month')).toBe('January 2025');
		expect(formatAt('2025-01-27', 'week')).toBe('week of 27 Jan 2025');
		expect(formatAt('2025-02-01', 'day')).toBe('Sat 1 Feb 2025');
		expect(formatTime({ start: '2025-01-01', end: '2025-01-31', precision: 'month' })).toBe('January 2025');
		expect(formatTime({ start: '2025-01-27', end: '2025-02-02', precision: 'week' })).toBe(
			'week of 27 Jan 2025'
		);
		expect(formatTime({ start: '2025-01-01', precision: 'month' })).toBe('January 2025');
	});

	it('adds the end only when it goes beyond the start’s own span', () => {
		expect(formatTime({ start: '2024-08-01', end: '2025-02-06', precision: 'month' })).toBe(
			'August 2024 to Thu 6 Feb 2025'
		);
		expect(formatTime({ start: '2025-01-13', end: '2025-02-04', precision: 'week' })).toBe(
			'week of 13 Jan 2025 to Tue 4 Feb 2025'
		);
		expect(formatTime({ start: '2025-02-03', end: '2025-02-09', precision: 'day' })).toBe(
			'Mon 3 Feb 2025 to Sun 9 Feb 2025'
		);
		expect(formatTime({ start: '2025-01-31', precision: 'day' })).toBe('Fri 31 Jan 2025');
	});

	it('words the precision', () => {
		expect(precisionWords('day')).toBe('exact day');
		expect(precisionWords('week')).toBe('known to the week');
		expect(precisionWords('month')).toBe('known to the month');
		expect(precisionWords('undated')).toBe('happened on or before that day; when is not known');
	});

	it('says an undated fact is undated and when it was reported by, never a day it happened on', () => {
		expect(formatTime({ start: '2025-02-06', precision: 'undated' })).toBe('undated; reported by 6 Feb 2025');
		expect(formatAt('2025-02-06', 'undated')).toBe('undated; reported by 6 Feb 2025');
	});

	it('says an open end is still going on at the source’s date, not that it ended', () => {
		expect(formatTime({ start: '2024-08-01', end: '2025-02-06', precision: 'month', ongoing: true })).toBe(
			'since August 2024, still going on at 6 Feb 2025 (the source’s date)'
		);
		expect(formatTime({ start: '2025-01-01', end: '2025-02-06', precision: 'day', ongoing: true })).toBe(
			'since Wed 1 Jan 2025, still going on at 6 Feb 2025 (the source’s date)'
		);
		// Even when the source's date falls inside the start's own month.
		expect(formatTime({ start: '2025-02-01', end: '2025-02-06', precision: 'month', ongoing: true })).toBe(
			'since February 2025, still going on at 6 Feb 2025 (the source’s date)'
		);
	});
});

describe('in every time zone', () => {
	const tz = process.env.TZ;
	afterEach(() => {
		process.env.TZ = tz;
	});
	it('prints the data’s calendar day, not the evening before or the morning after', () => {
		for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Kyiv', 'UTC']) {
			process.env.TZ = zone;
			expect(formatDay(toDay('2025-02-01'))).toBe('Sat 1 Feb 2025');
			expect(formatAt('2024-12-01', 'month')).toBe('December 2024');
			expect(formatAt('2025-01-01', 'month')).toBe('January 2025');
		}
	});
});

describe('the same words as date-fns', () => {
	it('prints every day from 2014 to 2030 as date-fns format does, in every pattern the app uses', () => {
		const patterns = ['EEE d MMM yyyy', 'EEEE d MMMM yyyy', 'd MMM yyyy', 'MMMM yyyy'];
		for (let day = toDay('2014-01-01'); day <= toDay('2030-12-31'); day++) {
			// date-fns formats local time: hand it a local date with the UTC day's calendar parts.
			const utc = toDate(day);
			const local = new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
			for (const pattern of patterns) expect(formatDay(day, pattern)).toBe(format(local, pattern));
		}
	});
});
