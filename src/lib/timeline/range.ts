/**
 * The slider's extent: from the earliest fact to the latest, so every fact can be reached and nothing
 * outside the data is offered.
 */
import type { Dataset } from '$lib/data/types';
import { toDay } from '$lib/time/days';
import { precisionSpanEnd } from '$lib/time/visibility';

export interface DayRange {
	min: number;
	max: number;
}

/** Earliest start and latest day any fact, span or figure reaches. */
export function dataRange(dataset: Pick<Dataset, 'features' | 'figures'>): DayRange {
	let min = Infinity;
	let max = -Infinity;
	const times = [...dataset.features.map((f) => f.properties.time), ...dataset.figures.map((f) => f.time)];
	for (const t of times) {
		const s = toDay(t.start);
		const e = t.end !== undefined ? toDay(t.end) : precisionSpanEnd(s, t.precision);
		if (s < min) min = s;
		if (e > max) max = e;
	}
	if (!Number.isFinite(min)) {
		const today = Math.floor(Date.now() / 86_400_000);
		return { min: today, max: today };
	}
	return { min, max };
}

/** The day a fresh visit opens on: the latest day of the data, when everything has happened. */
export function defaultDay(range: DayRange): number {
	return range.max;
}

export function clampDay(day: number, range: DayRange): number {
	return Math.min(range.max, Math.max(range.min, day));
}
