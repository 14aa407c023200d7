import { describe, expect, it } from 'vitest';
import { frameAction, framePadding } from './frame';

const size = { width: 1280, height: 800 };
const free = { top: 72, right: 424, bottom: 24, left: 316 };

describe('frameAction', () => {
	it('leaves the map alone when the feature is in the free area', () => {
		expect(frameAction({ minX: 500, minY: 300, maxX: 560, maxY: 360 }, size, free, 6, false)).toEqual({
			move: false
		});
		expect(frameAction({ minX: 500, minY: 300, maxX: 500, maxY: 300 }, size, free, 6, true)).toEqual({
			move: false
		});
	});

	it('pans at the same zoom when the feature is under the panel or off screen', () => {
		expect(frameAction({ minX: 1000, minY: 300, maxX: 1010, maxY: 310 }, size, free, 6, true)).toEqual({
			move: true,
			maxZoom: 6
		});
		expect(frameAction({ minX: -500, minY: 300, maxX: -400, maxY: 400 }, size, free, 5.5, false)).toEqual({
			move: true,
			maxZoom: 5.5
		});
	});

	it('never zooms in on a point, and only a little on a tiny shape', () => {
		const dot = { minX: 600, minY: 300, maxX: 600.5, maxY: 300.5 };
		expect(frameAction(dot, size, free, 4, true)).toEqual({ move: false });
		expect(frameAction(dot, size, free, 4, false)).toEqual({ move: true, maxZoom: 7 });
		expect(frameAction(dot, size, free, 9, false)).toEqual({ move: true, maxZoom: 10 });
	});
});

describe('framePadding', () => {
	it('keeps the free area when the canvas is big enough', () => {
		expect(framePadding(size, free)).toEqual(free);
	});

	it('shrinks padding so at least 80 px stay free on a small canvas', () => {
		const p = framePadding({ width: 390, height: 300 }, { top: 64, right: 16, bottom: 438, left: 16 });
		expect(300 - p.top - p.bottom).toBeGreaterThanOrEqual(80);
		expect(p.left).toBe(16);
	});
});
