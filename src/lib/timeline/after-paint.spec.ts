import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './after-paint';

describe('afterPaint', () => {
	let frames: (() => void)[];
	beforeEach(() => {
		vi.useFakeTimers();
		frames = [];
		vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
		vi.stubGlobal('cancelAnimationFrame', (id: number) => {
			frames[id - 1] = () => {};
		});
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});
	const paint = () => frames.splice(0).forEach((f) => f());

	it('waits for the frame and then for the task after it', () => {
		const fn = vi.fn();
		afterPaint(fn);
		vi.runAllTimers();
		expect(fn).not.toHaveBeenCalled();
		paint();
		expect(fn).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(fn).toHaveBeenCalledOnce();
	});

	it('waits for the rest time after the frame, then for one more frame', () => {
		const fn = vi.fn();
		afterPaint(fn, 120);
		paint();
		vi.advanceTimersByTime(120);
		expect(fn).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1000);
		expect(fn).not.toHaveBeenCalled();
		paint();
		expect(fn).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(fn).toHaveBeenCalledOnce();
	});

	it('never runs during a drag whose frames take longer than the rest time', () => {
		const fn = vi.fn();
		// Each step: a new call replaces the pending one; its frame takes 450 ms.
		let cancel = afterPaint(fn, 120);
		for (let step = 0; step < 5; step++) {
			paint();
			vi.advanceTimersByTime(450);
			// The next input arrives in the next frame's callbacks, before the pending one runs.
			cancel();
			cancel = afterPaint(fn, 120);
		}
		expect(fn).not.toHaveBeenCalled();
		paint();
		vi.advanceTimersByTime(120);
		paint();
		vi.runAllTimers();
		expect(fn).toHaveBeenCalledOnce();
	});

	it('can be cancelled before the frame and after it', () => {
		const early = vi.fn();
		afterPaint(early)();
		paint();
		vi.runAllTimers();
		expect(early).not.toHaveBeenCalled();

		const late = vi.fn();
		const cancel = afterPaint(late);
		paint();
		cancel();
		vi.runAllTimers();
		expect(late).not.toHaveBeenCalled();
	});
});
