import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEATURE_KINDS, type TimeSpec } from '$lib/data/types';
import { DayCodes, VISIBILITIES } from './day-codes';
import { toDay, toIso } from './days';
import { timeKeys, visibilityAt } from './visibility';

const base = toDay('2024-06-01');

const keysArb = fc.array(
	fc
		.record({
			kind: fc.constantFrom(...FEATURE_KINDS),
			start: fc.integer({ min: 0, max: 300 }),
			precision: fc.constantFrom('day', 'week', 'month') as fc.Arbitrary<TimeSpec['precision']>,
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

describe('DayCodes', () => {
	it('gives every feature the visibility visibilityAt gives, for any days in any order', () => {
		fc.assert(
			fc.property(keysArb, fc.array(fc.integer({ min: -20, max: 450 }), { maxLength: 12 }), (keys, days) => {
				const codes = new DayCodes(keys);
				expect(codes.size).toBe(keys.length);
				for (const d of days) {
					const now = codes.at(base + d);
					keys.forEach((k, i) => expect(VISIBILITIES[now[i]!]).toBe(visibilityAt(k, base + d)));
				}
			})
		);
	});

	it('evaluates a day once: asking again for the same day returns the same codes untouched', () => {
		const keys = fc.sample(keysArb, { numRuns: 1, seed: 3 })[0]!;
		const codes = new DayCodes(keys);
		const first = codes.at(base + 100);
		const copy = Uint8Array.from(first);
		expect(codes.at(base + 100)).toBe(first);
		expect(Uint8Array.from(codes.at(base + 100))).toEqual(copy);
	});
});
