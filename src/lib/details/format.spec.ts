import { afterEach, describe, expect, it } from 'vitest';
import { toDay } from '$lib/time/days';
import {
	formatAt,
	formatDay,
	formatTime,
	positionSummary,
	relayChain,
	safeHref,
	statusLabel
} from './format';
import { VERIFICATION_STATUSES } from '$lib/data/types';

const originalTz = process.env.TZ;
afterEach(() => {
	process.env.TZ = originalTz;
});

describe('dates at their precision', () => {
	it('prints a day with its weekday, a week as "week of", a month as the month', () => {
		expect(formatAt('2025-02-01', 'day')).toBe('Sat 1 Feb 2025');
		expect(formatAt('2025-01-27', 'week')).toBe('week of 27 Jan 2025');
		expect(formatAt('2025-01-01', 'month')).toBe('January 2025');
	});

	it('prints the data’s day in every time zone (UTC day numbers, local formatting)', () => {
		for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Kyiv', 'UTC']) {
			process.env.TZ = tz;
			expect(formatDay(toDay('2025-02-01'))).toBe('Sat 1 Feb 2025');
			expect(formatAt('2024-12-01', 'month')).toBe('December 2024');
			expect(formatAt('2025-01-01', 'month')).toBe('January 2025');
		}
	});

	it('leaves out an end that only closes the start’s own week or month', () => {
		expect(formatTime({ start: '2025-01-27', end: '2025-02-02', precision: 'week' })).toBe(
			'week of 27 Jan 2025'
		);
		expect(formatTime({ start: '2024-12-01', end: '2024-12-31', precision: 'month' })).toBe('December 2024');
		expect(formatTime({ start: '2025-02-01', precision: 'day' })).toBe('Sat 1 Feb 2025');
	});

	it('shows a span that runs past its start’s precision as a range', () => {
		expect(formatTime({ start: '2024-08-01', end: '2025-02-06', precision: 'month' })).toBe(
			'August 2024 to Thu 6 Feb 2025'
		);
		expect(formatTime({ start: '2025-01-13', end: '2025-02-04', precision: 'week' })).toBe(
			'week of 13 Jan 2025 to Tue 4 Feb 2025'
		);
	});
});

describe('positions with what is not known', () => {
	it('says a city point is an approximate area with the ring radius', () => {
		expect(positionSummary({ precision: 'city', source: 'GeoNames' })).toBe(
			'Known to the city only; the map shows an approximate area (15 km radius) around the point'
		);
		expect(positionSummary({ precision: 'village', source: 'GeoNames' })).toContain('3 km radius');
	});

	it('says a region point stands for the whole region, naming it', () => {
		expect(positionSummary({ precision: 'region', region: 'Kursk Oblast', source: 'x' })).toBe(
			'Somewhere in Kursk Oblast; the outline of the region is shown on the map'
		);
	});

	it('says a schematic shape is not a measured position', () => {
		expect(positionSummary({ precision: 'schematic', source: 'x' })).toContain('not a measured position');
	});
});

describe('claims and sources', () => {
	it('does not repeat a publisher that reports its own statement', () => {
		expect(relayChain('Al Jazeera', ['Al Jazeera'])).toEqual([]);
		expect(relayChain('Volodymyr Zelenskyy', ['The Associated Press', 'Al Jazeera'])).toEqual([
			'The Associated Press',
			'Al Jazeera'
		]);
	});

	it('has a distinct label and a meaning for every verification status', () => {
		const labels = VERIFICATION_STATUSES.map((s) => statusLabel(s).label);
		expect(new Set(labels).size).toBe(VERIFICATION_STATUSES.length);
		for (const s of VERIFICATION_STATUSES) expect(statusLabel(s).meaning.length).toBeGreaterThan(5);
	});

	it('only lets http(s) URLs become links', () => {
		expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
		expect(safeHref('http://example.org/')).toBe('http://example.org/');
		expect(safeHref('javascript:alert(1)')).toBeNull();
		expect(safeHref('JAVASCRIPT:alert(1)')).toBeNull();
		expect(safeHref('data:text/html,hi')).toBeNull();
		expect(safeHref('/relative')).toBeNull();
		expect(safeHref('not a url')).toBeNull();
		expect(safeHref(undefined)).toBeNull();
	});
});
