import { describe, expect, it } from 'vitest';
import { percentile, summarise, sweep, turnOrder } from './stats';

describe('bench stats', () => {
	it('summarises median, p95 and max', () => {
		const s = summarise([5, 1, 4, 2, 3, 100, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
		expect(s).toEqual({ n: 20, median: 10.5, p95: 19, max: 100 });
		expect(summarise([3, 1, 2]).median).toBe(2);
	});

	it('uses nearest rank for percentiles', () => {
		expect(percentile([1, 2, 3, 4], 50)).toBe(2);
		expect(percentile([1, 2, 3, 4], 95)).toBe(4);
		expect(percentile([], 95)).toBeNaN();
	});

	it('sweeps whole days across a range, ends included', () => {
		expect(sweep(10, 20, 6)).toEqual([10, 12, 14, 16, 18, 20]);
		expect(sweep(20, 10, 3)).toEqual([20, 15, 10]);
		expect(new Set(sweep(0, 365, 101)).size).toBe(101);
	});

	it('takes cold loads in turns, forwards then backwards', () => {
		expect(turnOrder(3, 0)).toEqual([0, 1, 2]);
		expect(turnOrder(3, 1)).toEqual([2, 1, 0]);
		expect(turnOrder(3, 2)).toEqual([0, 1, 2]);
		expect(turnOrder(1, 1)).toEqual([0]);
	});
});
