import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterRest } from './after-rest';

describe('afterRest', () => {
	let frames: (() => void)[];
	beforeEach(() => {
		vi.useFakeTimers();
		frames = [];
		vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});
	/** The browser paints a frame: the callbacks asked for so far run (new ones wait for the next). */
	const paint = () => frames.splice(0).forEach((f) => f());

	it('waits for the rest time, then a frame, and the task after it', () => {
		const fn = vi.fn();
		afterRest(fn, 120);
		vi.advanceTimersByTime(119);
		paint();
		vi.advanceTimersByTime(0);
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
		let cancel = afterRest(fn, 120);
		for (let step = 0; step < 5; step++) {
			paint();
			vi.advanceTimersByTime(450);
			// The next input arrives in the next frame's callbacks, before the pending one runs.
			cancel();
			cancel = afterRest(fn, 120);
		}
		expect(fn).not.toHaveBeenCalled();
		paint();
		vi.advanceTimersByTime(120);
		paint();
		vi.runAllTimers();
		expect(fn).toHaveBeenCalledOnce();
	});

	it('can be cancelled during the rest, before the frame and before the task after it', () => {
		const stages = [
			() => {},
			() => vi.advanceTimersByTime(120),
			() => (vi.advanceTimersByTime(120), paint())
		];
		for (const [i, stage] of stages.entries()) {
			const fn = vi.fn();
			const cancel = afterRest(fn, 120);
			stage();
			cancel();
			vi.runAllTimers();
			paint();
			vi.runAllTimers();
			expect(fn, `cancelled at stage ${i}`).not.toHaveBeenCalled();
		}
	});
});
