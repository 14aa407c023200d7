import { describe, expect, it } from 'vitest';
import { toRenderCollection } from '$lib/data/render';
import { toDay } from '$lib/time/days';
import { FIXTURE, FIXTURE_LAYERS as LAYER_IDS } from './fixture';
import { condense, eventDays, figureMarks, marksByLayer, toMarks, type Mark } from './marks';

const marks = toMarks(toRenderCollection(FIXTURE).features);
const byId = (id: string) => {
	const m = marks.find((x) => x.id === id);
	if (!m) throw new Error(id);
	return m;
};

describe('track marks', () => {
	it('draws a day-dated event as a tick on its day', () => {
		const m = byId('strike-a');
		expect([m.start, m.end]).toEqual([toDay('2025-01-31'), toDay('2025-01-31')]);
		expect(m.uncertain).toBe(false);
		expect(m.uncertainUntil).toBeLessThan(m.start);
		expect(m.index).toBe(1);
	});

	it('draws a month-dated event as a bar across the month, not a tick on the 1st', () => {
		const m = byId('capture-a');
		expect([m.start, m.end]).toEqual([toDay('2025-01-01'), toDay('2025-01-31')]);
		expect(m.uncertain).toBe(true);
		expect(m.uncertainUntil).toBe(m.end);
	});

	it('draws a week-dated claim across its week', () => {
		const m = byId('claim-a');
		expect([m.start, m.end]).toEqual([toDay('2025-01-27'), toDay('2025-02-02')]);
	});

	it('draws a lasting state across its whole span', () => {
		const a = byId('area-a');
		expect([a.start, a.end]).toEqual([toDay('2024-08-01'), toDay('2025-02-06')]);
		// Only its first month is uncertain: it certainly lasted from September on.
		expect(a.uncertainUntil).toBe(toDay('2024-08-31'));
		const b = byId('battle-a');
		expect([b.start, b.end]).toEqual([toDay('2025-01-01'), toDay('2025-01-31')]);
	});

	it('groups marks in rows per enabled layer', () => {
		const rows = marksByLayer(marks, ['strikes', 'kursk']);
		expect(rows.map(([l, ms]) => [l, ms.map((m) => m.id)])).toEqual([
			['strikes', ['strike-a', 'strike-b']],
			['kursk', ['area-a']]
		]);
	});

	it('lists distinct, sorted event days of the enabled layers only', () => {
		expect(eventDays(marks, [...LAYER_IDS])).toEqual(
			['2024-08-01', '2025-01-01', '2025-01-27', '2025-01-31', '2025-02-01'].map(toDay)
		);
		expect(eventDays(marks, ['strikes'])).toEqual(['2025-01-31', '2025-02-01'].map(toDay));
		expect(eventDays(marks, [])).toEqual([]);
	});
});

describe('condensing a crowded row', () => {
	const mark = (index: number, start: number, uncertain = false): Mark => ({
		index,
		id: `m-${index}`,
		layer: 'strikes',
		kind: 'strike',
		name: `Mark ${index}`,
		start,
		end: start + (uncertain ? 6 : 0),
		uncertain,
		uncertainUntil: uncertain ? start + 6 : start - 1,
		undated: false,
		ongoing: false
	});

	it('leaves a row within the limit as it is', () => {
		const ms = [mark(0, 10), mark(1, 10), mark(2, 12)];
		expect(condense(ms, 3)).toEqual(ms);
	});

	it('merges a crowded row into one mark per start day, named by its count', () => {
		const ms = [mark(0, 12), mark(1, 10), mark(2, 10, true), mark(3, 10), mark(4, 11, true)];
		const out = condense(ms, 2);
		expect(out.map((m) => [m.start, m.end, m.name, m.uncertain])).toEqual([
			[10, 10, '3 facts', false],
			[11, 17, 'Mark 4', true],
			[12, 12, 'Mark 0', false]
		]);
		expect(out[0]?.index).toBe(1);
	});
});

describe('undated, ongoing and figure marks', () => {
	it('draws an undated fact as a marker at the day it was reported by, and knows an open end', () => {
		const fs = [
			{
				...FIXTURE[0]!,
				id: 'u',
				properties: {
					...FIXTURE[0]!.properties,
					time: { start: '2025-02-04', precision: 'undated' as const }
				}
			},
			FIXTURE[0]!
		];
		const [u, other] = toMarks(toRenderCollection(fs).features, new Set([FIXTURE[0]!.id]));
		expect(u).toMatchObject({
			undated: true,
			start: toDay('2025-02-04'),
			end: toDay('2025-02-04'),
			ongoing: false
		});
		expect(other?.ongoing).toBe(true);
		expect(other?.undated).toBe(false);
	});

	it('gives each figure a mark at its date or across its span, undated ones as markers', () => {
		const [span, day, undated] = figureMarks([
			{ id: 'a', label: 'A', value: '1', claims: [], time: { start: '2025-01-01', precision: 'month' } },
			{ id: 'b', label: 'B', value: '2', claims: [], time: { start: '2025-01-30', precision: 'day' } },
			{ id: 'c', label: 'C', value: '3', claims: [], time: { start: '2025-02-06', precision: 'undated' } }
		]);
		expect(span).toMatchObject({
			id: 'a',
			kind: 'figure',
			name: 'A',
			start: toDay('2025-01-01'),
			end: toDay('2025-01-31'),
			uncertain: true
		});
		expect(day).toMatchObject({
			start: toDay('2025-01-30'),
			end: toDay('2025-01-30'),
			uncertain: false,
			index: -2
		});
		expect(undated).toMatchObject({ undated: true, start: toDay('2025-02-06'), end: toDay('2025-02-06') });
	});
});
