import { describe, expect, it } from 'vitest';
import { contrast } from './contrast';

describe('contrast', () => {
	it('gives the WCAG extremes and is symmetric', () => {
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrast('#777777', '#777777')).toBeCloseTo(1, 5);
		expect(contrast('#ffffff', '#767676')).toBeCloseTo(contrast('#767676', '#ffffff'), 10);
	});
	it('puts #767676 on white at the AA threshold of 4.5', () => {
		expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
		expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
	});
});
