/**
 * Playback as a pure step: the component owns the timer, this decides where it goes and when it stops.
 */
import type { DayRange } from './range';

export interface Speed {
	id: 'day' | 'week';
	label: string;
	/** Days advanced per second of playback. */
	daysPerSecond: number;
}

export const SPEEDS: readonly Speed[] = [
	{ id: 'day', label: '1 day/s', daysPerSecond: 1 },
	{ id: 'week', label: '1 week/s', daysPerSecond: 7 }
];

export interface Cadence {
	/** Milliseconds between steps. */
	interval: number;
	/** Days per step. */
	days: number;
}

/**
 * How playback moves at a speed. Normally a day at a time (a week per second is seven short steps),
 * so no day is skipped; with reduced motion the map changes at most once a second, by a whole week.
 */
export function cadence(speed: Speed, reducedMotion: boolean): Cadence {
	if (reducedMotion) return { interval: 1000, days: speed.daysPerSecond };
	return { interval: Math.round(1000 / speed.daysPerSecond), days: 1 };
}

/** Where pressing play starts: from the beginning when already at the end, so play always plays. */
export function playStart(day: number, range: DayRange): number {
	return day >= range.max ? range.min : day;
}

export interface PlayStep {
	day: number;
	/** True when the last day is reached: playback stops there. */
	done: boolean;
}

/** The next day of playback, stopping on the last day of the data. */
export function playStep(day: number, range: DayRange, days = 1): PlayStep {
	const next = Math.min(range.max, day + days);
	return { day: next, done: next >= range.max };
}
