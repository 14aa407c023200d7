/**
 * The map draws what the visibility rule says only if each link in the chain holds: the day's codes
 * (`time/day-codes.ts`, held against `visibilityAt` by `day-codes.spec.ts`), the number each
 * visibility is sent as (`VIS_CODE`), and these expressions' reading of that number back into a
 * visibility and into paint. The rule itself lives in `time/visibility.ts` alone; nothing here
 * restates it. Evaluated with MapLibre's own style-spec expression engine.
 */
import {
	createExpression,
	featureFilter,
	validateStyleMin,
	type FilterSpecification,
	type LayerSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { FEATURE_KINDS, POSITION_PRECISIONS } from '$lib/data/types';
import { DayCodes, VISIBILITIES } from '$lib/time/day-codes';
import { visibilityAt, type Visibility } from '$lib/time/visibility';
import { daysAround, GRID_DAYS, GRID_KEYS, realKeys } from '../../../test/visibility-grid';
import {
	dataLayers,
	drawsPlain,
	everyRingFits,
	FT_LAYER,
	FT_LAYER_IDS,
	FT_PLAIN_LAYER,
	FT_SOURCE,
	FT_SOURCE_BUFFER,
	PLAIN_LIMIT,
	PROP_V0,
	RING_LIMIT,
	STATE_V,
	switchedLayers,
	symbologyFor,
	visibilityExpr,
	visibleFilter
} from './expressions';
import { DEFAULT_CODE, VIS_CODE } from './visibility-state';

function compile(expr: unknown) {
	const result = createExpression(expr, 'test', null);
	if (result.result !== 'success') throw new Error(result.value.map((e) => e.message).join('; '));
	return result.value;
}

const visExpr = compile(visibilityExpr);
const filter = featureFilter(['all', visibleFilter], 'test');

/** A map feature as the source carries it (`source-data.ts`), with or without a baked `v0`. */
const mapFeature = (v0?: number) => ({
	type: 'Point' as const,
	properties: {
		id: 'x',
		layer: 'layer-a',
		kind: 'strike',
		pp: 'city',
		...(v0 === undefined ? {} : { [PROP_V0]: v0 })
	}
});

/** What the map reads as a feature's visibility, given its baked code and its feature-state. */
function drawnAs(v0: number | undefined, state: Record<string, number>): unknown {
	return visExpr.evaluate({ zoom: 6 }, mapFeature(v0), state);
}

const CODES = [0, 1, 2, 3];

describe('visibility codes on the map', () => {
	it('number the four visibilities 0–3, hidden first', () => {
		expect(VISIBILITIES).toEqual(['hidden', 'uncertain', 'recent', 'shown']);
		for (const [code, v] of VISIBILITIES.entries()) expect(VIS_CODE[v]).toBe(code);
	});

	it('are read back as the visibility they stand for, from feature-state or the baked v0', () => {
		const expected: Record<number, Visibility> = { 0: 'hidden', 1: 'uncertain', 2: 'recent', 3: 'shown' };
		for (const code of CODES) {
			expect(drawnAs(undefined, { [STATE_V]: code }), `state ${code}`).toBe(expected[code]);
			expect(drawnAs(code, {}), `v0 ${code}`).toBe(expected[code]);
		}
	});

	it('take feature-state over the baked v0, and v0 over the default ("shown")', () => {
		for (const v0 of CODES)
			for (const state of CODES) expect(drawnAs(v0, { [STATE_V]: state })).toBe(VISIBILITIES[state]);
		expect(drawnAs(undefined, {})).toBe('shown');
		expect(DEFAULT_CODE).toBe(VIS_CODE.shown);
	});

	it('draw what visibilityAt says, on every ordering of keys and day and around every real threshold', () => {
		const check = (keys: typeof GRID_KEYS, days: readonly number[]) => {
			const codes = new DayCodes(keys);
			let checked = 0;
			for (const t of days) {
				const now = codes.at(t);
				for (let i = 0; i < keys.length; i++) {
					const want = visibilityAt(keys[i]!, t);
					const got = drawnAs(undefined, { [STATE_V]: now[i]! });
					if (got !== want) expect(got, `keys ${JSON.stringify(keys[i])}, day ${t}`).toBe(want);
					checked++;
				}
			}
			return checked;
		};
		expect(check(GRID_KEYS, GRID_DAYS)).toBe(GRID_KEYS.length * GRID_DAYS.length);
		const keys = realKeys();
		expect(check(keys, daysAround(keys))).toBeGreaterThan(5000);
	});
});

describe('layer filter', () => {
	const inLayers = (layers: string[]) =>
		filter.filter({ zoom: 6, globalState: { layers } }, mapFeature(VIS_CODE.shown));

	it('keeps a feature whose layer is on and drops it when its layer is off, whatever its state', () => {
		expect(inLayers(['layer-a'])).toBe(true);
		expect(inLayers(['layer-b', 'layer-a'])).toBe(true);
		expect(inLayers(['layer-b'])).toBe(false);
		expect(inLayers([])).toBe(false);
	});
});

describe('data layers', () => {
	const layers = dataLayers(['Noto Sans Regular'], { rings: true, plain: false });

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

	type Layer = (typeof layers)[number];

	const cache = new Map<unknown, ReturnType<typeof compile>>();
	const compiled = (value: unknown) => {
		if (!cache.has(value)) cache.set(value, compile(value));
		return cache.get(value)!;
	};

	/** MapLibre's defaults for the paint properties a layer may leave unset. */
	const DEFAULTS: Record<string, number> = {
		'fill-opacity': 1,
		'line-opacity': 1,
		'line-width': 1,
		'text-opacity': 1,
		'circle-radius': 5,
		'circle-opacity': 1,
		'circle-stroke-width': 0,
		'circle-stroke-opacity': 1
	};

	/**
	 * A paint value for a feature of `kind` and position precision `pp` whose code is `code`, either
	 * set as feature-state (a scrub step) or baked into the data as `v0` (the opening day).
	 */
	function paintAt(
		layer: Layer,
		prop: string,
		f: { code: number; via: 'state' | 'v0'; kind: string; pp: string },
		zoom: number
	): number {
		const value = (layer as { paint?: Record<string, unknown> }).paint?.[prop];
		if (value === undefined) return DEFAULTS[prop]!;
		if (typeof value === 'number') return value;
		const props = { id: 'x', layer: 'layer-a', kind: f.kind, pp: f.pp };
		return Number(
			compiled(value).evaluate(
				{ zoom },
				{ type: 'Point', properties: f.via === 'v0' ? { ...props, [PROP_V0]: f.code } : props },
				f.via === 'state' ? { [STATE_V]: f.code } : {}
			)
		);
	}

	/**
	 * Whether the layer puts any pixel on the map for that feature. A circle is its fill out to the
	 * radius and its stroke beyond it: MapLibre draws the stroke even at radius 0 (a dot the stroke's
	 * width), so a zero radius alone hides nothing while the stroke is on.
	 */
	function draws(layer: Layer, f: Parameters<typeof paintAt>[2], zoom: number): boolean {
		const p = (prop: string) => paintAt(layer, prop, f, zoom);
		switch (layer.type) {
			case 'fill':
				return p('fill-opacity') > 0;
			case 'line':
				return p('line-opacity') > 0 && p('line-width') > 0;
			case 'symbol':
				return p('text-opacity') > 0;
			case 'circle':
				return (
					(p('circle-radius') > 0 && p('circle-opacity') > 0) ||
					(p('circle-stroke-width') > 0 && p('circle-stroke-opacity') > 0)
				);
			default:
				throw new Error(`${layer.id}: unexpected type ${layer.type}`);
		}
	}

	const every = (codes: number[]) =>
		codes.flatMap((code) =>
			(['state', 'v0'] as const).flatMap((via) =>
				FEATURE_KINDS.flatMap((kind) => POSITION_PRECISIONS.map((pp) => ({ code, via, kind, pp })))
			)
		);
	const ZOOMS = [4, 6, 9, 12];

	it('no layer draws a hidden feature, of any kind, at any zoom', () => {
		for (const l of layers)
			for (const f of every([VIS_CODE.hidden]))
				for (const zoom of ZOOMS)
					expect(draws(l, f, zoom), `${l.id} ${JSON.stringify(f)} z${zoom}`).toBe(false);
	});

	it('every layer draws a feature in each other state, of any kind, at any zoom', () => {
		const shown = [VIS_CODE.uncertain, VIS_CODE.recent, VIS_CODE.shown];
		for (const l of layers)
			for (const f of every(shown))
				for (const zoom of ZOOMS)
					expect(draws(l, f, zoom), `${l.id} ${JSON.stringify(f)} z${zoom}`).toBe(true);
	});

	it('the points tell recent, uncertain and older apart', () => {
		const points = layers.find((l) => l.id === FT_LAYER.points)!;
		const at = (prop: string, code: number) =>
			paintAt(points, prop, { code, via: 'state', kind: 'strike', pp: 'city' }, 6);
		// Recent: a wide translucent halo; uncertain: a thin opaque ring; both in the one points layer.
		expect(at('circle-stroke-width', VIS_CODE.recent)).toBeGreaterThan(
			at('circle-stroke-width', VIS_CODE.shown)
		);
		expect(at('circle-stroke-opacity', VIS_CODE.recent)).toBeLessThan(0.5);
		expect(at('circle-stroke-opacity', VIS_CODE.uncertain)).toBeGreaterThan(0.5);
		expect(at('circle-opacity', VIS_CODE.uncertain)).toBeLessThan(at('circle-opacity', VIS_CODE.recent));
	});

	it('no filter or layout property depends on the day (that would re-tile the source on every step)', () => {
		for (const l of layers) {
			const text = JSON.stringify([(l as { filter?: unknown }).filter, (l as { layout?: unknown }).layout]);
			expect(text, l.id).not.toContain('feature-state');
			expect(text, l.id).not.toMatch(/"get","[swre]"/);
		}
	});

	it('fit what they draw across a tile edge into the source’s tile buffer', () => {
		// Circles need none (MapLibre draws a circle from the tile its centre is in, unclipped); a
		// line needs half its width, and an arrow placed along a line half its glyph’s size.
		const reach = (l: Layer, zoom: number): number => {
			const value = (prop: string, section: 'paint' | 'layout') => {
				const v = (l as unknown as Record<string, Record<string, unknown> | undefined>)[section]?.[prop];
				if (v === undefined) return DEFAULTS[prop] ?? 0;
				return Number(compiled(v).evaluate({ zoom }, { type: 'LineString', properties: {} }, {}));
			};
			if (l.type === 'line') return value('line-width', 'paint') / 2;
			if (l.type === 'symbol') return value('text-size', 'layout') / 2;
			return 0;
		};
		const widest = Math.max(...layers.flatMap((l) => ZOOMS.map((z) => reach(l, z))));
		expect(widest).toBeGreaterThan(1);
		expect(widest).toBeLessThanOrEqual(FT_SOURCE_BUFFER);
	});
});

describe('precision rings at scale', () => {
	const point = (pp: string) => ({ geometry: { type: 'Point' }, properties: { pp } });
	const line = (pp: string) => ({ geometry: { type: 'LineString' }, properties: { pp } });
	const ringLayer = (rings: boolean) =>
		dataLayers(['Noto Sans Regular'], { rings, plain: false }).find((l) => l.id === FT_LAYER.precision)!;

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

describe('plain points at scale', () => {
	const point = () => ({ geometry: { type: 'Point' }, properties: { pp: 'site' } });
	const polygon = () => ({ geometry: { type: 'Polygon' }, properties: { pp: 'site' } });
	const layersFor = (plain: boolean) => dataLayers(['Noto Sans Regular'], { rings: true, plain });
	const visibility = (l: LayerSpecification) => (l.layout as { visibility?: string } | undefined)?.visibility;
	const plainIds: string[] = Object.values(FT_PLAIN_LAYER);

	it('are drawn above PLAIN_LIMIT points, counting points only', () => {
		const upTo = Array.from({ length: PLAIN_LIMIT }, point);
		expect(drawsPlain(upTo)).toBe(false);
		expect(drawsPlain([...upTo, point()])).toBe(true);
		expect(drawsPlain([...upTo, ...Array.from({ length: PLAIN_LIMIT }, polygon)])).toBe(false);
		expect(symbologyFor([...upTo, point()])).toEqual({ rings: true, plain: true });
	});

	it('switch the rich points layer for the plain ones, and the arrows off, by layout visibility, nothing else', () => {
		for (const plain of [false, true]) {
			const layers = layersFor(plain);
			const shown = layers.filter((l) => visibility(l) !== 'none').map((l) => l.id);
			expect(shown.includes(FT_LAYER.points), `plain ${plain}`).toBe(!plain);
			expect(shown.includes(FT_LAYER.movementArrow), `arrows, plain ${plain}`).toBe(!plain);
			for (const id of plainIds) expect(shown.includes(id), `${id}, plain ${plain}`).toBe(plain);
			for (const l of layers)
				expect(visibility(l) ?? 'visible').toBe(switchedLayers({ rings: true, plain })[l.id] ?? 'visible');
		}
		const strip = (layers: LayerSpecification[]) =>
			layers.map((l) => ({ ...l, layout: { ...l.layout, visibility: undefined } }));
		expect(strip(layersFor(true))).toEqual(strip(layersFor(false)));
	});

	it('read the day in two paint properties (both 0 when hidden) and never the zoom', () => {
		const plainLayers = layersFor(true).filter((l) => plainIds.includes(l.id));
		expect(plainLayers.length).toBe(1);
		for (const l of plainLayers) {
			const paint = (l as { paint: Record<string, unknown> }).paint;
			const byDay = Object.keys(paint).filter((p) => JSON.stringify(paint[p]).includes('feature-state'));
			expect(byDay.sort(), l.id).toEqual(['circle-radius', 'circle-stroke-width']);
			expect(JSON.stringify(l), l.id).not.toContain('zoom');
		}
	});

	it('stack the kinds as the rich points do: the same sort key, which never reads the day', () => {
		const layers = layersFor(true);
		const sortKey = (id: string) =>
			(layers.find((l) => l.id === id)?.layout as Record<string, unknown>)['circle-sort-key'];
		expect(sortKey(FT_PLAIN_LAYER.points)).toEqual(sortKey(FT_LAYER.points));
		expect(JSON.stringify(sortKey(FT_PLAIN_LAYER.points))).not.toContain('feature-state');
	});

	it('draw each point kind in exactly one layer, the plain one', () => {
		const plainLayers = layersFor(true).filter((l) => plainIds.includes(l.id));
		for (const kind of FEATURE_KINDS) {
			const feature = { type: 'Point' as const, properties: { layer: 'layer-a', kind, pp: 'site' } };
			const takes = plainLayers.filter((l) =>
				featureFilter((l as { filter: FilterSpecification }).filter, 'test').filter(
					{ zoom: 6, globalState: { layers: ['layer-a'] } },
					feature
				)
			);
			expect(
				takes.map((l) => l.id),
				kind
			).toEqual([FT_PLAIN_LAYER.points]);
		}
	});
});
