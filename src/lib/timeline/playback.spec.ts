import { describe, expect, it } from 'vitest';
import { cadence, playStart, playStep, SPEEDS } from './playback';

const range = { min: 100, max: 110 };

describe('playback', () => {
	it('advances one day per step and stops on the last day', () => {
		expect(playStep(100, range)).toEqual({ day: 101, done: false });
		expect(playStep(109, range)).toEqual({ day: 110, done: true });
		expect(playStep(110, range)).toEqual({ day: 110, done: true });
	});

	it('plays through from start to end in max - min steps', () => {
		let day = playStart(100, range);
		let steps = 0;
		for (;;) {
			const s = playStep(day, range);
			day = s.day;
			steps++;
			if (s.done) break;
		}
		expect(day).toBe(110);
		expect(steps).toBe(10);
	});

	it('restarts from the first day when play is pressed on the last day', () => {
		expect(playStart(110, range)).toBe(100);
		expect(playStart(105, range)).toBe(105);
	});

	it('offers a day and a week per second, a day at a time', () => {
		expect(SPEEDS.map((s) => s.label)).toEqual(['1 day/s', '1 week/s']);
		expect(SPEEDS.map((s) => cadence(s, false))).toEqual([
			{ interval: 1000, days: 1 },
			{ interval: 143, days: 1 }
		]);
	});

	it('with reduced motion changes the map at most once a second, still covering the same days', () => {
		expect(SPEEDS.map((s) => cadence(s, true))).toEqual([
			{ interval: 1000, days: 1 },
			{ interval: 1000, days: 7 }
		]);
		expect(playStep(100, range, 7)).toEqual({ day: 107, done: false });
		expect(playStep(105, range, 7)).toEqual({ day: 110, done: true });
	});
});
