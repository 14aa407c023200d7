import { describe, expect, it } from 'vitest';
import { toRenderCollection } from '$lib/data/render';
import { LAYER_IDS } from '$lib/data/types';
import { toDay } from '$lib/time/days';
import { FIXTURE } from './fixture';
import { visibleAt } from './visible';

const features = toRenderCollection(FIXTURE).features;
const ids = (iso: string, layers = [...LAYER_IDS]) =>
	visibleAt(features, toDay(iso), layers).map((i) => i.props.id);

describe('what is on the map on a day', () => {
	it('lists visible facts newest first', () => {
		expect(ids('2025-02-01')).toEqual(['strike-b', 'strike-a', 'claim-a', 'capture-a', 'area-a']);
	});

	it('does not list a strike the day before it happened', () => {
		expect(ids('2025-01-30')).not.toContain('strike-a');
		expect(ids('2025-01-31')).toContain('strike-a');
	});

	it('drops a state once its span is over and keeps events as history', () => {
		expect(ids('2025-01-15')).toContain('battle-a');
		expect(ids('2025-02-01')).not.toContain('battle-a');
		expect(ids('2025-02-06')).toContain('capture-a');
	});

	it('leaves out switched-off layers', () => {
		expect(ids('2025-02-01', ['strikes'])).toEqual(['strike-b', 'strike-a']);
		expect(ids('2025-02-01', [])).toEqual([]);
	});

	it('tells how each item is drawn', () => {
		const items = visibleAt(features, toDay('2025-02-01'), [...LAYER_IDS]);
		const v = Object.fromEntries(items.map((i) => [i.props.id, i.visibility]));
		expect(v).toEqual({
			'strike-b': 'recent',
			'strike-a': 'recent',
			'claim-a': 'uncertain',
			'capture-a': 'recent',
			'area-a': 'shown'
		});
		expect(items.find((i) => i.props.id === 'strike-a')?.index).toBe(1);
	});
});
