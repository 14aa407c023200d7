/**
 * `DayCodes.at` is the visibility rule's second implementation: `visibilityAt`'s comparisons inlined
 * over typed arrays, for speed. These tests fail as soon as the two disagree on any feature and day,
 * so a change to the rule made on one side only (a `<=` turned into `<`, a swapped branch) is caught.
 * The rule itself, against dates a reader would check by hand, is `visibility.spec.ts`'s business.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEATURE_KINDS, TIME_PRECISIONS } from '$lib/data/types';
import { daysAround, GRID_DAYS, GRID_KEYS, ordering, realKeys } from '../../../test/visibility-grid';
import { DayCodes, VISIBILITIES } from './day-codes';
import { toDay, toIso } from './days';
import { timeKeys, visibilityAt, type TimeKeys } from './visibility';

function expectAgreement(keys: readonly TimeKeys[], days: readonly number[]): number {
	const codes = new DayCodes(keys);
	expect(codes.size).toBe(keys.length);
	let checked = 0;
	for (const t of days) {
		const now = codes.at(t);
		for (let i = 0; i < keys.length; i++) {
			const want = visibilityAt(keys[i]!, t);
			if (VISIBILITIES[now[i]!] !== want)
				expect(VISIBILITIES[now[i]!], `keys ${JSON.stringify(keys[i])}, day ${t}`).toBe(want);
			checked++;
		}
	}
	return checked;
}

describe('DayCodes agrees with visibilityAt', () => {
	it('on every ordering of the four keys and the day, ties included', () => {
		const orderings = new Set<string>();
		for (const k of GRID_KEYS) for (const t of GRID_DAYS) orderings.add(ordering([k.s, k.w, k.r, k.e, t]));
		// 541 is the number of weak orderings of five items (the ordered Bell number): all of them.
		expect(orderings.size).toBe(541);
		expect(expectAgreement(GRID_KEYS, GRID_DAYS)).toBe(GRID_KEYS.length * GRID_DAYS.length);
	});

	it('on the keys of every kind and precision, on each day around every threshold', () => {
		const keys = realKeys();
		// Undated facts (uncertain for ever from their report day) are among them, for every kind.
		expect(TIME_PRECISIONS).toContain('undated');
		for (const kind of FEATURE_KINDS)
			expect(keys).toContainEqual(timeKeys(kind, { start: '2025-02-03', precision: 'undated' }));
		const days = daysAround(keys);
		const seen = new Set<string>();
		for (const k of keys) for (const t of days) seen.add(visibilityAt(k, t));
		expect([...seen].sort()).toEqual([...VISIBILITIES].sort());
		expect(expectAgreement(keys, days)).toBeGreaterThan(5000);
	});

	it('for random facts, asked for days in any order (the codes are reused between days)', () => {
		const base = toDay('2024-06-01');
		const keysArb = fc.array(
			fc
				.record({
					kind: fc.constantFrom(...FEATURE_KINDS),
					start: fc.integer({ min: 0, max: 300 }),
					precision: fc.constantFrom(...TIME_PRECISIONS),
					length: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined })
				})
				.map(({ kind, start, precision, length }) => {
					const s = precision === 'month' ? toDay(`${toIso(base + start).slice(0, 7)}-01`) : base + start;
					return timeKeys(kind, {
						start: toIso(s),
						precision,
						...(length === undefined ? {} : { end: toIso(s + length) })
					});
				}),
			{ maxLength: 60 }
		);
		fc.assert(
			fc.property(keysArb, fc.array(fc.integer({ min: -20, max: 450 }), { maxLength: 12 }), (keys, days) => {
				expectAgreement(
					keys,
					days.map((d) => base + d)
				);
			})
		);
	});
});

describe('DayCodes', () => {
	it('evaluates a day once: asking again for the same day returns the same codes untouched', () => {
		const codes = new DayCodes(GRID_KEYS);
		const first = codes.at(2);
		const copy = Uint8Array.from(first);
		expect(codes.at(2)).toBe(first);
		expect(Uint8Array.from(codes.at(2))).toEqual(copy);
		// A different day recomputes into the same array.
		expect(Uint8Array.from(codes.at(3))).not.toEqual(copy);
	});
});
