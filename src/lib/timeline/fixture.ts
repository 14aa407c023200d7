/**
 * A small in-memory dataset for the timeline's unit tests: one fact per kind of timing the rule
 * distinguishes (day, week and month precision; events and lasting states), invented for tests only
 * and never shown in the app.
 */
import type { FeatureKind, LayerId, TimeSpec, TimelineFeature } from '$lib/data/types';

function f(id: string, layer: LayerId, kind: FeatureKind, time: TimeSpec): TimelineFeature {
	return {
		type: 'Feature',
		id,
		geometry: { type: 'Point', coordinates: [30, 50] },
		properties: {
			name: id,
			layer,
			kind,
			summary: 'test',
			time,
			position: { precision: 'city', source: 'test' },
			schematic: false,
			claims: []
		}
	};
}

/** The layers the fixture's facts are in, in order (as a `layers.json` would declare them). */
export const FIXTURE_LAYERS: readonly LayerId[] = [
	'kursk',
	'pokrovsk',
	'kupiansk',
	'velyka-novosilka',
	'strikes'
];

export const FIXTURE: TimelineFeature[] = [
	f('area-a', 'kursk', 'area', { start: '2024-08-01', end: '2025-02-06', precision: 'month' }),
	f('strike-a', 'strikes', 'strike', { start: '2025-01-31', precision: 'day' }),
	f('strike-b', 'strikes', 'strike', { start: '2025-02-01', precision: 'day' }),
	f('claim-a', 'kupiansk', 'claim', { start: '2025-01-27', end: '2025-02-02', precision: 'week' }),
	f('capture-a', 'velyka-novosilka', 'capture', {
		start: '2025-01-01',
		end: '2025-01-31',
		precision: 'month'
	}),
	f('battle-a', 'pokrovsk', 'battle', { start: '2025-01-01', precision: 'month' })
];
