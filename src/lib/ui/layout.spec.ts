import { describe, expect, it } from 'vitest';
import { PHONE_BREAKPOINT, regionInsets, SIDE_COLUMN } from './layout';

describe('regionInsets', () => {
	it('keeps the region clear of the left column on wide screens', () => {
		expect(regionInsets(1280).left).toBeGreaterThan(SIDE_COLUMN);
	});
	it('uses the whole width on phones, where the column is a closed drawer', () => {
		expect(regionInsets(PHONE_BREAKPOINT - 1).left).toBeLessThan(20);
	});
});
