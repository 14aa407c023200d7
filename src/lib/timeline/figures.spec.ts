import { describe, expect, it } from 'vitest';
import type { Figure, TimeSpec } from '$lib/data/types';
import { toDay } from '$lib/time/days';
import { figureKeys } from '$lib/time/figure-keys';
import { timeKeys, visibilityAt } from '$lib/time/visibility';
import { FigureIndex, NO_FIGURES_DAY } from './figures';

/** Invented figures for tests only. */
function figure(id: string, time: TimeSpec): Figure {
	return { id, label: id, value: '1', time, claims: [] };
}

const FIGURES: Figure[] = [
	figure('day', { start: '2025-02-01', precision: 'day' }),
	figure('week', { start: '2025-01-27', end: '2025-02-02', precision: 'week' }),
	figure('month-open', { start: '2024-11-01', precision: 'month' }),
	figure('long', { start: '2024-02-01', end: '2025-02-06', precision: 'month' }),
	figure('undated-b', { start: '2025-02-06', precision: 'undated' }),
	figure('undated-a', { start: '2025-02-06', precision: 'undated' }),
	figure('undated-early', { start: '2025-01-20', precision: 'undated' })
];

const ids = (items: readonly { figure: Figure }[]) => items.map((i) => i.figure.id);

describe('figureKeys', () => {
	it('holds a figure over its span like a state: never before, never after, never recent', () => {
		for (const f of FIGURES) {
			const k = figureKeys(f.time);
			expect(k).toEqual(timeKeys('battle', f.time));
			for (let t = toDay('2024-01-01'); t <= toDay('2025-03-31'); t++)
				expect(visibilityAt(k, t)).not.toBe('recent');
		}
		const day = figureKeys(FIGURES[0]!.time);
		expect(visibilityAt(day, toDay('2025-01-31'))).toBe('hidden');
		expect(visibilityAt(day, toDay('2025-02-01'))).toBe('shown');
		expect(visibilityAt(day, toDay('2025-02-02'))).toBe('hidden');
		// A month-dated figure without an end holds over its month only, uncertain there.
		const open = figureKeys(FIGURES[2]!.time);
		expect(visibilityAt(open, toDay('2024-11-30'))).toBe('uncertain');
		expect(visibilityAt(open, toDay('2024-12-01'))).toBe('hidden');
	});

	it('shows an undated figure from the day it was reported by on, uncertain for ever', () => {
		const k = figureKeys(FIGURES[4]!.time);
		expect(visibilityAt(k, toDay('2025-02-05'))).toBe('hidden');
		expect(visibilityAt(k, toDay('2025-02-06'))).toBe('uncertain');
		expect(visibilityAt(k, toDay('2030-01-01'))).toBe('uncertain');
	});
});

describe('FigureIndex', () => {
	const index = new FigureIndex(FIGURES);

	it('lists the dated figures whose span holds the day, newest first', () => {
		const feb1 = index.at(toDay('2025-02-01'));
		expect(ids(feb1.dated)).toEqual(['day', 'week', 'long']);
		expect(feb1.dated.map((i) => i.visibility)).toEqual(['shown', 'uncertain', 'shown']);
		expect(ids(index.at(toDay('2025-02-03')).dated)).toEqual(['long']);
		expect(ids(index.at(toDay('2024-11-15')).dated)).toEqual(['month-open', 'long']);
	});

	it('groups undated figures by the day they were reported by, never among the dated ones', () => {
		const feb6 = index.at(toDay('2025-02-06'));
		expect(ids(feb6.dated)).toEqual(['long']);
		expect(feb6.undated.map((g) => g.reportedBy)).toEqual([toDay('2025-02-06'), toDay('2025-01-20')]);
		expect(feb6.undated.map((g) => ids(g.items))).toEqual([['undated-a', 'undated-b'], ['undated-early']]);
		expect(feb6.undated[0]?.items.every((i) => i.visibility === 'uncertain')).toBe(true);
		// Before the report, nothing; after it, for ever.
		expect(index.at(toDay('2025-01-19')).undated).toEqual([]);
		expect(index.at(toDay('2025-01-20')).undated.map((g) => ids(g.items))).toEqual([['undated-early']]);
	});

	it('gives each figure’s keys for the reveal rule, and none for other ids', () => {
		expect(index.keys('week')).toEqual(figureKeys(FIGURES[1]!.time));
		expect(index.keys('poltava-strike')).toBeUndefined();
	});

	it('says "nothing" with the shared empty day, and with no figures at all', () => {
		expect(index.at(toDay('2023-01-01'))).toBe(NO_FIGURES_DAY);
		expect(new FigureIndex([]).at(toDay('2025-02-01'))).toBe(NO_FIGURES_DAY);
	});
});
