import { describe, expect, it } from 'vitest';
import { freeMapArea } from '$lib/details/layout';
import { MASTHEAD, regionInsets, SIDE_COLUMN } from './layout';
import { WIDE_MIN_PX } from './metrics';

describe('regionInsets', () => {
	it('keeps the region clear of the left column on wide screens', () => {
		expect(regionInsets(1280).left).toBeGreaterThan(SIDE_COLUMN);
	});
	it('uses the whole width on phones, where the column is a closed drawer', () => {
		expect(regionInsets(WIDE_MIN_PX - 1).left).toBeLessThan(20);
	});
	it('uses the whole width on wide screens too when there is no column (an embed)', () => {
		expect(regionInsets(1280, false).left).toBeLessThan(20);
		expect(regionInsets(1280, false).top).toBe(MASTHEAD);
	});
	it('switches layout at the CSS breakpoint', () => {
		expect(regionInsets(WIDE_MIN_PX).left).toBeGreaterThan(SIDE_COLUMN);
		expect(freeMapArea(WIDE_MIN_PX, 800).left).toBeGreaterThan(SIDE_COLUMN);
		expect(freeMapArea(WIDE_MIN_PX - 1, 800).left).toBeLessThan(20);
	});
});

describe('the chrome in pixels', () => {
	it('is the CSS sizes at 16 px per rem: an 18rem column 0.75rem from the edge, a 4rem masthead', () => {
		expect(SIDE_COLUMN).toBe(300);
		expect(MASTHEAD).toBe(64);
	});
	it('frames a selection below the masthead and beside the column', () => {
		const wide = freeMapArea(1280, 800);
		expect(wide.top).toBeGreaterThan(MASTHEAD);
		expect(wide.left).toBeGreaterThan(SIDE_COLUMN);
		expect(freeMapArea(390, 844).top).toBe(MASTHEAD);
	});
});
