import { describe, expect, it } from 'vitest';
import type { Figure, TimelineFeature, TimeSpec } from '$lib/data/types';
import { toRenderCollection } from '$lib/data/render';
import { toDay } from '$lib/time/days';
import { dayList } from './day-list';
import { FigureIndex } from './figures';
import { DayIndex } from './visible';

/** Invented facts and figures for tests only. */
function feature(id: string, kind: 'strike' | 'report', time: TimeSpec): TimelineFeature {
	return {
		type: 'Feature',
		id,
		geometry: { type: 'Point', coordinates: [30, 50] },
		properties: {
			name: id,
			layer: 'test',
			kind,
			summary: 'test',
			time,
			position: { precision: 'city', source: 'test' },
			schematic: false,
			claims: []
		}
	};
}
function figure(id: string, time: TimeSpec): Figure {
	return { id, label: id, value: '1', time, claims: [] };
}

const features = toRenderCollection([
	feature('strike-feb-5', 'strike', { start: '2025-02-05', precision: 'day' }),
	feature('report-undated-feb-6', 'report', { start: '2025-02-06', precision: 'undated' }),
	feature('report-undated-feb-3', 'report', { start: '2025-02-03', precision: 'undated' })
]).features;
const figures = new FigureIndex([
	figure('figure-feb-6', { start: '2025-02-06', precision: 'day' }),
	figure('figure-undated-feb-6', { start: '2025-02-06', precision: 'undated' }),
	figure('figure-undated-jan-20', { start: '2025-01-20', precision: 'undated' })
]);
const index = new DayIndex(features, ['test']);

function listed(iso: string) {
	const t = toDay(iso);
	const l = dayList(index.at(t, ['test']).items, figures.at(t));
	return {
		features: l.features.map((i) => i.props.id),
		figures: l.figures.map((i) => i.figure.id),
		undated: l.undated.map((s) => ({
			reportedBy: s.reportedBy,
			features: s.features.map((i) => i.props.id),
			figures: s.figures.map((i) => i.figure.id)
		}))
	};
}

describe('dayList', () => {
	it('lists undated facts and figures under their report day, never among the day’s events', () => {
		expect(listed('2025-02-06')).toEqual({
			features: ['strike-feb-5'],
			figures: ['figure-feb-6'],
			undated: [
				{
					reportedBy: toDay('2025-02-06'),
					features: ['report-undated-feb-6'],
					figures: ['figure-undated-feb-6']
				},
				{ reportedBy: toDay('2025-02-03'), features: ['report-undated-feb-3'], figures: [] },
				{ reportedBy: toDay('2025-01-20'), features: [], figures: ['figure-undated-jan-20'] }
			]
		});
	});

	it('lists nothing undated before it was reported', () => {
		expect(listed('2025-02-02')).toEqual({
			features: [],
			figures: [],
			undated: [{ reportedBy: toDay('2025-01-20'), features: [], figures: ['figure-undated-jan-20'] }]
		});
	});
});
