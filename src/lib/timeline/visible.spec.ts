import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toRenderCollection, type RenderProps } from '$lib/data/render';
import type { LayerId } from '$lib/data/types';
import { DayCodes } from '$lib/time/day-codes';
import { toDay } from '$lib/time/days';
import { visibilityAt } from '$lib/time/visibility';
import { VisibilityDiff } from '$lib/map/visibility-state';
import { FIXTURE, FIXTURE_LAYERS as LAYER_IDS } from './fixture';
import { DayIndex, type VisibleItem } from './visible';

/**
 * The reference: features drawn on day t in the enabled layers, newest first (by first day, then by
 * name with `localeCompare`, then by id), written plainly with `visibilityAt` and one full sort.
 */
function visibleAt(
	features: readonly { properties: RenderProps }[],
	t: number,
	layers: readonly LayerId[],
	uncounted: ReadonlySet<LayerId> = new Set()
): VisibleItem[] {
	const on = new Set(layers);
	return [...features.keys()]
		.filter((i) => !uncounted.has(features[i]!.properties.layer))
		.sort((a, b) => {
			const pa = features[a]!.properties;
			const pb = features[b]!.properties;
			return pb.s - pa.s || pa.name.localeCompare(pb.name) || a - b;
		})
		.flatMap((index): VisibleItem[] => {
			const props = features[index]!.properties;
			const visibility = visibilityAt(props, t);
			return on.has(props.layer) && visibility !== 'hidden' ? [{ index, props, visibility }] : [];
		});
}

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

describe('DayIndex, the one pass per scrub step', () => {
	const index = new DayIndex(features, LAYER_IDS);
	const days = [
		'2024-12-01',
		'2025-01-15',
		'2025-01-30',
		'2025-01-31',
		'2025-02-01',
		'2025-02-06',
		'2025-03-01'
	];
	const layerSets: LayerId[][] = [[...LAYER_IDS], ['strikes'], ['kursk', 'strikes'], []];

	it('agrees with the reference list, item for item, for every day and layer choice', () => {
		for (const iso of days)
			for (const layers of layerSets) {
				const t = toDay(iso);
				const ref = visibleAt(features, t, layers);
				const got = index.at(t, layers);
				expect(got.items, `${iso} ${layers.join()}`).toEqual(ref);
				expect(got.total).toBe(ref.length);
			}
	});

	it('counts every layer, switched on or off, as the layer toggles show them', () => {
		const t = toDay('2025-02-01');
		const all = visibleAt(features, t, [...LAYER_IDS]);
		const got = index.at(t, []);
		for (const layer of LAYER_IDS)
			expect(got.perLayer.get(layer)).toBe(all.filter((i) => i.props.layer === layer).length);
		expect(got.total).toBe(0);
		expect(got.items).toEqual([]);
	});

	it("shares the day's codes with the map's diff: interleaved days stay right", () => {
		const codes = new DayCodes(features.map((f) => f.properties));
		const shared = new DayIndex(features, LAYER_IDS, codes);
		const diff = new VisibilityDiff(codes);
		for (const iso of days)
			for (const other of days) {
				const t = toDay(iso);
				diff.update(toDay(other), () => {});
				expect(shared.at(t, [...LAYER_IDS]).items).toEqual(visibleAt(features, t, [...LAYER_IDS]));
				diff.update(t, () => {});
				features.forEach((f, i) => expect(diff.visibility(i)).toBe(visibilityAt(f.properties, t)));
			}
	});

	it('lists only the newest `limit` but counts them all', () => {
		const t = toDay('2025-02-01');
		const all = visibleAt(features, t, [...LAYER_IDS]);
		const got = index.at(t, [...LAYER_IDS], 2);
		expect(got.items).toEqual(all.slice(0, 2));
		expect(got.total).toBe(all.length);
	});
});

describe('uncounted layers (the pieces of a territory series)', () => {
	it('are left out of the counts and the list, and nothing else changes', () => {
		const features = toRenderCollection(FIXTURE).features;
		const all = new DayIndex(features, LAYER_IDS);
		const without = new DayIndex(features, LAYER_IDS, undefined, new Set(['strikes']));
		const t = toDay('2025-02-03');
		const a = all.at(t, [...LAYER_IDS]);
		const b = without.at(t, [...LAYER_IDS]);
		expect(b.perLayer.get('strikes')).toBe(0);
		expect(b.total).toBe(a.total - (a.perLayer.get('strikes') ?? 0));
		expect(b.items).toEqual(a.items.filter((i) => i.props.layer !== 'strikes'));
		expect(a.perLayer.get('strikes')).toBeGreaterThan(0);
	});
});

describe('DayIndex against the reference, on made-up data with many facts a day', () => {
	// Few days and few names, so most days hold several facts and names repeat (case and accents too):
	// the order within a day (by name, then by id) is what the fixture's few facts hardly test.
	const NAMES = ['Kursk', 'kursk', 'Kupiansk', 'Kúpiansk', 'Pokrovsk', 'Dvorichna', 'a', 'B', 'b', ''];
	const LAYERS: LayerId[] = ['kursk', 'pokrovsk', 'strikes'];
	const fact = fc
		.record({
			s: fc.integer({ min: 0, max: 12 }),
			uncertain: fc.integer({ min: -1, max: 3 }),
			recent: fc.integer({ min: -1, max: 4 }),
			lasts: fc.integer({ min: 0, max: 15 }),
			name: fc.constantFrom(...NAMES),
			layer: fc.constantFrom(...LAYERS)
		})
		.map(({ s, uncertain, recent, lasts, name, layer }) => {
			const w = s + uncertain;
			const r = Math.max(w, s + recent);
			return { properties: { s, w, r, e: Math.max(r, s + lasts), name, layer } as RenderProps };
		});

	it('lists and counts the same, item for item, whatever the days asked in turn, the layers and the limit', () => {
		fc.assert(
			fc.property(
				fc.array(fact, { maxLength: 60 }),
				fc.array(
					fc.record({
						t: fc.integer({ min: -1, max: 30 }),
						layers: fc.subarray(LAYERS),
						limit: fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 8 }))
					}),
					{ minLength: 1, maxLength: 6 }
				),
				fc.subarray(LAYERS, { maxLength: 1 }),
				(features, asks, uncounted) => {
					const skip = new Set(uncounted);
					const index = new DayIndex(features, LAYERS, undefined, skip);
					for (const { t, layers, limit } of asks) {
						const ref = visibleAt(features, t, layers, skip);
						const all = visibleAt(features, t, LAYERS, skip);
						const got = index.at(t, layers, limit);
						expect(got.items).toEqual(ref.slice(0, limit));
						expect(got.total).toBe(ref.length);
						for (const layer of LAYERS)
							expect(got.perLayer.get(layer)).toBe(all.filter((i) => i.props.layer === layer).length);
					}
				}
			)
		);
	});
});
