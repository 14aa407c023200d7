import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEATURE_KINDS, type TimeSpec } from '$lib/data/types';
import { toDay, toIso } from '$lib/time/days';
import { timeKeys, visibilityAt, type TimeKeys } from '$lib/time/visibility';
import { DayCodes } from '$lib/time/day-codes';
import { codeAt, DEFAULT_CODE, VIS_CODE, VisibilityDiff } from './visibility-state';

const base = toDay('2024-06-01');

function randomKeys(n: number, seed: number): TimeKeys[] {
	const specs = fc.sample(
		fc.record({
			kind: fc.constantFrom(...FEATURE_KINDS),
			start: fc.integer({ min: 0, max: 300 }),
			precision: fc.constantFrom('day', 'week', 'month') as fc.Arbitrary<TimeSpec['precision']>,
			length: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined })
		}),
		{ numRuns: n, seed }
	);
	return specs.map(({ kind, start, precision, length }) => {
		const s = precision === 'month' ? toDay(`${toIso(base + start).slice(0, 7)}-01`) : base + start;
		return timeKeys(kind, {
			start: toIso(s),
			precision,
			...(length === undefined ? {} : { end: toIso(s + length) })
		});
	});
}

describe('VisibilityDiff', () => {
	it("can start on a day: every feature then has that day's code and nothing is reported", () => {
		const keys = randomKeys(300, 13);
		const opening = base + 150;
		const diff = new VisibilityDiff(new DayCodes(keys), opening);
		keys.forEach((k, i) => expect(diff.code(i)).toBe(codeAt(k, opening)));
		expect(diff.update(opening, () => {})).toBe(0);
	});

	it('after any sequence of days, every feature has the state visibilityAt gives', () => {
		const keys = randomKeys(400, 7);
		fc.assert(
			fc.property(fc.array(fc.integer({ min: -20, max: 420 }), { minLength: 1, maxLength: 25 }), (days) => {
				const diff = new VisibilityDiff(new DayCodes(keys));
				for (const d of days) diff.update(base + d, () => {});
				const t = base + days[days.length - 1]!;
				keys.forEach((k, i) => expect(diff.visibility(i)).toBe(visibilityAt(k, t)));
			}),
			{ numRuns: 200 }
		);
	});

	it('reports exactly the features whose state changed, with their new code', () => {
		const keys = randomKeys(300, 11);
		const diff = new VisibilityDiff(new DayCodes(keys));
		let prev = keys.map(() => DEFAULT_CODE);
		for (let d = -5; d < 330; d += 3) {
			const t = base + d;
			const seen = new Map<number, number>();
			const n = diff.update(t, (id, code) => seen.set(id, code));
			const now = keys.map((k) => codeAt(k, t));
			const expected = new Map(now.flatMap((c, i) => (c !== prev[i] ? [[i, c] as const] : [])));
			expect(seen).toEqual(expected);
			expect(n).toBe(expected.size);
			prev = now;
		}
	});

	it('a one-day step touches few features: only those at an edge of their span', () => {
		const keys = [
			timeKeys('strike', { start: '2025-01-31', precision: 'day' }),
			timeKeys('strike', { start: '2025-02-01', precision: 'day' }),
			timeKeys('area', { start: '2024-08-01', end: '2025-02-06', precision: 'month' })
		];
		const diff = new VisibilityDiff(new DayCodes(keys));
		diff.update(toDay('2025-01-30'), () => {});
		const changed: number[] = [];
		diff.update(toDay('2025-01-31'), (id) => changed.push(id));
		expect(changed).toEqual([0]);
		expect(diff.visibility(0)).toBe('recent');
		expect(diff.visibility(1)).toBe('hidden');
		expect(diff.visibility(2)).toBe('shown');
	});
});

describe('VisibilityDiff for the plain symbology', () => {
	/** What a plainly drawn feature is sent as on day t: on the map (the default code) or hidden. */
	const plainCode = (k: TimeKeys, t: number) =>
		visibilityAt(k, t) === 'hidden' ? codeAt(k, t) : DEFAULT_CODE;

	it('sends a marked feature only as hidden or on the map, the others in every state', () => {
		const keys = randomKeys(300, 17);
		const mask = Uint8Array.from(keys, (_, i) => (i % 3 === 0 ? 0 : 1));
		const opening = base + 120;
		const diff = new VisibilityDiff(new DayCodes(keys), opening, mask);
		keys.forEach((k, i) => expect(diff.code(i)).toBe(mask[i] ? plainCode(k, opening) : codeAt(k, opening)));
		let prev = keys.map((_, i) => diff.code(i));
		for (let d = -5; d < 330; d += 3) {
			const t = base + d;
			const seen = new Map<number, number>();
			const n = diff.update(t, (id, code) => seen.set(id, code));
			const now = keys.map((k, i) => (mask[i] ? plainCode(k, t) : codeAt(k, t)));
			const expected = new Map(now.flatMap((c, i) => (c !== prev[i] ? [[i, c] as const] : [])));
			expect(seen).toEqual(expected);
			expect(n).toBe(expected.size);
			prev = now;
		}
	});

	it('reports nothing when a marked event turns from recent to older, and it shows and goes as before', () => {
		const keys = [timeKeys('strike', { start: '2025-01-31', precision: 'day' })];
		const diff = new VisibilityDiff(new DayCodes(keys), undefined, Uint8Array.of(1));
		const steps = ['2025-01-30', '2025-01-31', '2025-02-20'].map((d) => {
			const changed: number[] = [];
			diff.update(toDay(d), (_, code) => changed.push(code));
			return changed;
		});
		expect(visibilityAt(keys[0]!, toDay('2025-01-31'))).toBe('recent');
		expect(visibilityAt(keys[0]!, toDay('2025-02-20'))).toBe('shown');
		expect(steps).toEqual([[VIS_CODE.hidden], [DEFAULT_CODE], []]);
	});
});
