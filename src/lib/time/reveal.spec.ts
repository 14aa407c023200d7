import { describe, expect, it } from 'vitest';
import { toDay } from '$lib/time/days';
import { timeKeys } from '$lib/time/visibility';
import { dayToReveal } from './reveal';

describe('dayToReveal', () => {
	const strike = timeKeys('strike', { start: '2025-02-01', precision: 'day' });
	const deployment = timeKeys('area', { start: '2024-12-01', end: '2024-12-31', precision: 'month' });

	it('leaves the date alone when the feature is on the map', () => {
		expect(dayToReveal(strike, toDay('2025-02-01'))).toBeNull();
		expect(dayToReveal(strike, toDay('2025-03-01'))).toBeNull();
		expect(dayToReveal(deployment, toDay('2024-12-15'))).toBeNull();
	});

	it('moves forward to the first day for a feature that has not happened yet', () => {
		expect(dayToReveal(strike, toDay('2025-01-20'))).toBe(toDay('2025-02-01'));
		expect(dayToReveal(deployment, toDay('2024-08-01'))).toBe(toDay('2024-12-01'));
	});

	it('moves back to the last day for a state that has ended', () => {
		expect(dayToReveal(deployment, toDay('2025-02-06'))).toBe(toDay('2024-12-31'));
	});
});
