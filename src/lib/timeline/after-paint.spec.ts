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

	it('waits for the rest time after the frame', () => {
		const fn = vi.fn();
		afterPaint(fn, 120);
		paint();
		vi.advanceTimersByTime(119);
		expect(fn).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
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
