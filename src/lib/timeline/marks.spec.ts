import { describe, expect, it } from 'vitest';
import { toRenderCollection } from '$lib/data/render';
import { LAYER_IDS } from '$lib/data/types';
import { toDay } from '$lib/time/days';
import { FIXTURE } from './fixture';
import { eventDays, marksByLayer, toMarks } from './marks';

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
