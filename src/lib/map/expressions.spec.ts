import { createExpression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEATURE_KINDS, LAYER_IDS, type FeatureKind, type LayerId, type TimeSpec } from '$lib/data/types';
import { toDay, toIso } from '$lib/time/days';
import { timeKeys, visibilityAt, type TimeKeys } from '$lib/time/visibility';
import {
	dataLayers,
	everyRingFits,
	FT_LAYER,
	FT_LAYER_IDS,
	FT_SOURCE,
	PROP_V0,
	RING_LIMIT,
	STATE_V,
	visibilityExpr,
	visibleFilter
} from './expressions';
import { codeAt, DEFAULT_CODE, VIS_CODE } from './visibility-state';

function compile(expr: unknown) {
	const result = createExpression(expr, 'test', null);
	if (result.result !== 'success') throw new Error(result.value.map((e) => e.message).join('; '));
	return result.value;
}

const visExpr = compile(visibilityExpr);
const filter = featureFilter(['all', visibleFilter], 'test');

interface Case {
	keys: TimeKeys;
	layer: LayerId;
}

/** What the map draws for a feature on day t: the paint's reading of the state the app sets. */
function evalVis(c: Case, t: number): unknown {
	return visExpr.evaluate(
		{ zoom: 6 },
		{ type: 'Point', properties: { ...c.keys, layer: c.layer } },
		{
			v: codeAt(c.keys, t)
		}
	);
}

function evalFilter(c: Case, layers: LayerId[]): boolean {
	return filter.filter(
		{ zoom: 6, globalState: { layers } },
		{
			type: 'Point',
			properties: { ...c.keys, layer: c.layer }
		}
	);
}

const base = toDay('2024-01-01');
const day = fc.integer({ min: 0, max: 500 }).map((n) => base + n);
const timeSpec: fc.Arbitrary<TimeSpec> = fc
	.record({
		start: day,
		precision: fc.constantFrom('day', 'week', 'month') as fc.Arbitrary<TimeSpec['precision']>,
		length: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined })
	})
	.map(({ start, precision, length }) => {
		// Month-dated facts start on the 1st, as the data contract says.
		const s = precision === 'month' ? toDay(`${toIso(start).slice(0, 7)}-01`) : start;
		return {
			start: toIso(s),
			precision,
			...(length === undefined ? {} : { end: toIso(s + length) })
		};
	});

describe('visibility expressions agree with visibilityAt (parity)', () => {
	it('for random facts of every kind and precision, on days around their edges', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...FEATURE_KINDS),
				timeSpec,
				fc.integer({ min: -40, max: 260 }),
				(kind: FeatureKind, time, offset) => {
					const keys = timeKeys(kind, time);
					const c: Case = { keys, layer: 'strikes' };
					const t = keys.s + offset;
					expect(evalVis(c, t)).toBe(visibilityAt(keys, t));
					expect(evalFilter(c, [...LAYER_IDS])).toBe(true);
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('at every day across week/month spans and their edges', () => {
		const specs: [FeatureKind, TimeSpec][] = [
			['claim', { start: '2025-01-27', end: '2025-02-02', precision: 'week' }],
			['capture', { start: '2025-01-01', end: '2025-01-31', precision: 'month' }],
			['battle', { start: '2025-01-01', precision: 'month' }],
			['area', { start: '2024-08-01', end: '2025-02-06', precision: 'month' }],
			['strike', { start: '2025-01-31', precision: 'day' }],
			['movement', { start: '2025-02-03', end: '2025-02-09', precision: 'day' }],
			['report', { start: '2025-02-03', precision: 'week' }]
		];
		let checked = 0;
		for (const [kind, time] of specs) {
			const keys = timeKeys(kind, time);
			for (let t = keys.s - 3; t <= Math.min(keys.e, keys.s + 400) + 3; t++) {
				const c: Case = { keys, layer: 'kursk' };
				expect(evalVis(c, t)).toBe(visibilityAt(keys, t));
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(500);
	});

	it('hides a feature whose layer is switched off, whatever the day', () => {
		const keys = timeKeys('strike', { start: '2025-01-31', precision: 'day' });
		const c: Case = { keys, layer: 'strikes' };
		expect(evalFilter(c, ['strikes'])).toBe(true);
		expect(evalFilter(c, ['kursk', 'pokrovsk'])).toBe(false);
		expect(evalFilter(c, [])).toBe(false);
	});

	it('reads a feature without state as the default ("shown")', () => {
		const keys = timeKeys('strike', { start: '2025-01-31', precision: 'day' });
		const feature = { type: 'Point' as const, properties: { ...keys, layer: 'strikes' } };
		expect(visExpr.evaluate({ zoom: 6 }, feature, {})).toBe('shown');
		expect(DEFAULT_CODE).toBe(VIS_CODE.shown);
	});

	it('reads the baked opening code before the default, and a set state before both', () => {
		const keys = timeKeys('strike', { start: '2025-01-31', precision: 'day' });
		const feature = {
			type: 'Point' as const,
			properties: { ...keys, layer: 'strikes', [PROP_V0]: VIS_CODE.hidden }
		};
		expect(visExpr.evaluate({ zoom: 6 }, feature, {})).toBe('hidden');
		expect(visExpr.evaluate({ zoom: 6 }, feature, { [STATE_V]: VIS_CODE.recent })).toBe('recent');
	});
});

describe('data layers', () => {
	const layers = dataLayers(['Noto Sans Regular'], { rings: true });

	it('are valid style-spec layers with stable ft- ids on the one source', () => {
		const errors = validateStyleMin({
			version: 8,
			glyphs: 'http://127.0.0.1/{fontstack}/{range}.pbf',
			sources: { [FT_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
			layers
		});
		expect(errors.map((e) => e.message)).toEqual([]);
		expect(layers.map((l) => l.id)).toEqual([...FT_LAYER_IDS]);
		for (const l of layers) {
			expect(l.id.startsWith('ft-')).toBe(true);
			expect('source' in l && l.source).toBe(FT_SOURCE);
		}
	});

	/** Paint values that decide whether a layer draws anything at all, per layer type. */
	const drawing: Record<string, string[]> = {
		fill: ['fill-opacity'],
		line: ['line-opacity'],
		symbol: ['text-opacity'],
		circle: ['circle-radius', 'circle-opacity', 'circle-stroke-opacity', 'circle-stroke-width']
	};

	function paintAt(layer: (typeof layers)[number], prop: string, v: number, zoom: number): number {
		const value = (layer as { paint?: Record<string, unknown> }).paint?.[prop];
		// MapLibre's defaults for properties a layer leaves unset.
		if (value === undefined) return prop === 'circle-stroke-width' ? 0 : 1;
		if (typeof value === 'number') return value;
		const expr = compile(value);
		const props = { s: 0, w: 0, r: 0, e: 0, layer: 'strikes', kind: 'strike', pp: 'city' };
		return Number(expr.evaluate({ zoom }, { type: 'Point', properties: props }, { v }));
	}

	it('no layer draws a hidden feature: zero size or zero opacity at every zoom', () => {
		for (const l of layers) {
			const props = drawing[l.type];
			if (!props) throw new Error(`${l.id}: unexpected type ${l.type}`);
			for (const zoom of [4, 6, 9, 12]) {
				const radius = props.includes('circle-radius')
					? paintAt(l, 'circle-radius', VIS_CODE.hidden, zoom)
					: 1;
				const strokeOff =
					!props.includes('circle-stroke-opacity') ||
					paintAt(l, 'circle-stroke-opacity', VIS_CODE.hidden, zoom) === 0 ||
					paintAt(l, 'circle-stroke-width', VIS_CODE.hidden, zoom) === 0;
				const opacity = paintAt(
					l,
					props.find((p) => p.endsWith('opacity'))!,
					VIS_CODE.hidden,
					zoom
				);
				expect(radius === 0 || (opacity === 0 && strokeOff), `${l.id} at z${zoom}`).toBe(true);
			}
		}
	});

	it('the main symbols are drawn in every other state', () => {
		const points = layers.find((l) => l.id === 'ft-points')!;
		for (const v of [VIS_CODE.uncertain, VIS_CODE.recent, VIS_CODE.shown]) {
			expect(paintAt(points, 'circle-radius', v, 6)).toBeGreaterThan(0);
			expect(paintAt(points, 'circle-opacity', v, 6)).toBeGreaterThan(0);
		}
		// Recent: a wide translucent halo; uncertain: a thin opaque ring; both in the one points layer.
		const width = (v: number) => paintAt(points, 'circle-stroke-width', v, 6);
		expect(width(VIS_CODE.recent)).toBeGreaterThan(width(VIS_CODE.shown));
		expect(paintAt(points, 'circle-stroke-opacity', VIS_CODE.recent, 6)).toBeLessThan(0.5);
		expect(paintAt(points, 'circle-stroke-opacity', VIS_CODE.uncertain, 6)).toBeGreaterThan(0.5);
		expect(paintAt(points, 'circle-opacity', VIS_CODE.uncertain, 6)).toBeLessThan(
			paintAt(points, 'circle-opacity', VIS_CODE.recent, 6)
		);
	});

	it('no filter or layout property depends on the day (that would re-tile the source on every step)', () => {
		for (const l of layers) {
			const text = JSON.stringify([(l as { filter?: unknown }).filter, (l as { layout?: unknown }).layout]);
			expect(text, l.id).not.toContain('feature-state');
			expect(text, l.id).not.toMatch(/"get","[swre]"/);
		}
	});
});

describe('precision rings at scale', () => {
	const point = (pp: string) => ({ geometry: { type: 'Point' }, properties: { pp } });
	const line = (pp: string) => ({ geometry: { type: 'LineString' }, properties: { pp } });
	const ringLayer = (rings: boolean) =>
		dataLayers(['Noto Sans Regular'], { rings }).find((l) => l.id === FT_LAYER.precision)!;

	it('rings every imprecise point up to the limit, and none of them beyond it', () => {
		const upTo = Array.from({ length: RING_LIMIT }, (_, i) => point(i % 2 ? 'city' : 'region'));
		expect(everyRingFits(upTo)).toBe(true);
		expect(everyRingFits([...upTo, point('city')])).toBe(false);
	});

	it('counts only the points that would carry a ring', () => {
		const exact = Array.from({ length: RING_LIMIT * 2 }, () => point('site'));
		const lines = Array.from({ length: RING_LIMIT * 2 }, () => line('region'));
		expect(everyRingFits([...exact, ...lines, point('city')])).toBe(true);
	});

	it('hides the ring layer by its layout, so nothing else about the layers changes', () => {
		expect(ringLayer(true).layout).toMatchObject({ visibility: 'visible' });
		expect(ringLayer(false).layout).toMatchObject({ visibility: 'none' });
		const { layout: _a, ...on } = ringLayer(true);
		const { layout: _b, ...off } = ringLayer(false);
		expect(off).toEqual(on);
	});
});
