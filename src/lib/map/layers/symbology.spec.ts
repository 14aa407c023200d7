import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { FEATURE_KINDS, type FeatureKind } from '$lib/data/types';
import { positionSummary } from '$lib/details/format';
import { PRECISION_RADIUS_KM as MEASURES_RADIUS_KM } from '$lib/spatial/measures';
import { contrast } from '$lib/ui/contrast';
import { keyEntries, RECENT_NOTE } from '$lib/ui/legend';
import { PLAIN_NOTE } from '$lib/ui/plain-note';
import { dataLayers, FT_LAYER, FT_PLAIN_LAYER, STATE_V } from '../expressions';
import { COLORS as BASEMAP } from '../style';
import { VIS_CODE } from '../visibility-state';
import {
	COLOURS,
	EDGE_COLOURS,
	FILL_OPACITY,
	PLAIN_LIMIT,
	plainSymbol,
	PRECISION_RADIUS_KM,
	pointSymbol,
	RADII,
	type PointSymbol,
	type ShownState
} from './symbology';

/** The key of the data the project publishes (below every size limit). */
const KEY_ENTRIES = keyEntries(false);

describe('data symbol colours', () => {
	// The colour that outlines each kind on the map (the points' stroke: see the tests below), and the
	// older-strike colour the key uses.
	const edges = { ...EDGE_COLOURS, strikeHistory: COLOURS.strikeHistory };

	it('keep at least 3:1 against every basemap fill (WCAG non-text contrast)', () => {
		for (const [kind, colour] of Object.entries(edges)) {
			for (const ground of [BASEMAP.land, BASEMAP.ukraine, BASEMAP.sea]) {
				expect(contrast(colour, ground), `${kind} on ${ground}`).toBeGreaterThanOrEqual(3);
			}
		}
	});

	it('keep recent strikes apart from earlier ones', () => {
		// Same colour (colours depend on the kind only); an older strike is smaller and fainter.
		expect(RADII.strikeHistory).toBeLessThan(RADII.strikeRecent);
		expect(FILL_OPACITY.strikeHistory).toBeLessThan(FILL_OPACITY.recent);
	});
});

/** The value of a data layer's paint property, as MapLibre evaluates it for a feature in a state. */
function paint(
	layerId: string,
	prop: string,
	f: { kind?: FeatureKind; pp?: string; state: ShownState },
	zoom = 6
): unknown {
	const layer = dataLayers(['Noto Sans Regular'], { rings: true, plain: false }).find(
		(l) => l.id === layerId
	);
	const value = (layer as { paint?: Record<string, unknown> } | undefined)?.paint?.[prop];
	if (value === undefined) throw new Error(`${layerId} has no ${prop}`);
	const compiled = createExpression(value, 'test', null);
	if (compiled.result !== 'success') throw new Error(compiled.value.map((e) => e.message).join('; '));
	return compiled.value.evaluate(
		{ zoom },
		{ type: 'Point', properties: { kind: f.kind ?? 'strike', pp: f.pp ?? 'site', layer: 'x' } },
		{ [STATE_V]: VIS_CODE[f.state] }
	);
}

/** What the point layer draws for a kind in a state, at zoom 6 (where the sizes are given). */
function mapPoint(kind: FeatureKind, state: ShownState, plain = false, zoom = 6): PointSymbol {
	const layer = plain ? FT_PLAIN_LAYER.points : FT_LAYER.points;
	const p = (prop: string) => paint(layer, prop, { kind, state }, zoom);
	return {
		radius: p('circle-radius') as number,
		fill: p('circle-color') as string,
		fillOpacity: p('circle-opacity') as number,
		stroke: p('circle-stroke-color') as string,
		strokeWidth: p('circle-stroke-width') as number,
		strokeOpacity: p('circle-stroke-opacity') as number
	};
}

const STATES: ShownState[] = ['recent', 'shown', 'uncertain'];

describe('pointSymbol states what the map draws', () => {
	it('for every kind in every state on the map', () => {
		for (const kind of FEATURE_KINDS)
			for (const state of STATES)
				expect(pointSymbol(kind, state), `${kind} ${state}`).toEqual(mapPoint(kind, state));
	});

	it('and tells the states apart, as the map does', () => {
		for (const kind of FEATURE_KINDS) {
			const [recent, shown, uncertain] = STATES.map((s) => JSON.stringify(pointSymbol(kind, s)));
			expect(new Set([recent, shown, uncertain]).size, kind).toBe(3);
		}
	});
});

describe('the map key (ui/legend.ts) draws the map’s symbols', () => {
	it('each point swatch is the map’s point for its kind and state', () => {
		const points = KEY_ENTRIES.flatMap((e) => (e.swatch.type === 'point' ? [e.swatch] : []));
		expect(points.length).toBeGreaterThanOrEqual(8);
		for (const s of points) expect(s.symbol, `${s.kind} ${s.state}`).toEqual(mapPoint(s.kind, s.state));
	});

	it('the recent strike, the earlier one and the uncertain date differ as on the map', () => {
		const points = KEY_ENTRIES.map((e) => e.swatch).filter((s) => s.type === 'point');
		expect(points).toContainEqual(expect.objectContaining({ kind: 'strike', state: 'recent' }));
		expect(points).toContainEqual(expect.objectContaining({ kind: 'strike', state: 'shown' }));
		expect(points).toContainEqual(expect.objectContaining({ state: 'uncertain' }));
	});

	it('the movement swatch is the map’s line: colour, width, opacity, dashes (in line widths) and arrows', () => {
		const line = KEY_ENTRIES.map((e) => e.swatch).find((s) => s.type === 'line');
		if (line?.type !== 'line') throw new Error('no movement swatch');
		const p = (layer: string, prop: string) => paint(layer, prop, { kind: 'movement', state: 'shown' });
		const width = p(FT_LAYER.movement, 'line-width') as number;
		expect(line.colour).toBe(p(FT_LAYER.movement, 'line-color') ?? COLOURS.movement);
		expect(line.width).toBe(width);
		expect(line.opacity).toBe(p(FT_LAYER.movement, 'line-opacity'));
		expect(line.dash).toEqual((p(FT_LAYER.movement, 'line-dasharray') as number[]).map((d) => d * width));
		expect(line.arrowOpacity).toBe(p(FT_LAYER.movementArrow, 'text-opacity'));
	});

	it('the ring swatches have the map’s ring colours and opacities, city and region', () => {
		const rings = KEY_ENTRIES.flatMap((e) => (e.swatch.type === 'ring' ? [e.swatch] : []));
		expect(rings.map((r) => r.precision).sort()).toEqual(['city', 'region']);
		for (const r of rings) {
			const p = (prop: string) => paint(FT_LAYER.precision, prop, { pp: r.precision, state: 'shown' });
			expect(r.colour, r.precision).toBe(p('circle-color'));
			expect(r.fillOpacity, r.precision).toBe(p('circle-opacity'));
			expect(r.colour, r.precision).toBe(p('circle-stroke-color'));
			expect(r.strokeWidth, r.precision).toBe(p('circle-stroke-width'));
			expect(r.strokeOpacity, r.precision).toBe(p('circle-stroke-opacity'));
		}
	});
});

describe('the city ring', () => {
	it('is one radius for the map’s ring, the selection’s ring and the details panel’s words', () => {
		const km = PRECISION_RADIUS_KM.city;
		expect(MEASURES_RADIUS_KM).toBe(PRECISION_RADIUS_KM);
		expect(positionSummary({ precision: 'city', source: 'GeoNames' })).toContain(`${km} km`);
		expect(KEY_ENTRIES.map((e) => e.label)).toContain(`Place known to the city (≈${km} km)`);
		// The map's ring at zoom 0 and 12 (doubling per zoom): km × pixels per km at 50°N.
		const pxPerKmZ0 = 512 / (40_075 * Math.cos((50 * Math.PI) / 180));
		for (const zoom of [0, 6, 12]) {
			const r = paint(FT_LAYER.precision, 'circle-radius', { pp: 'city', state: 'shown' }, zoom) as number;
			expect(r, `z${zoom}`).toBeCloseTo(km * pxPerKmZ0 * 2 ** zoom, 6);
		}
	});
});

describe('the plain symbology (above PLAIN_LIMIT points)', () => {
	it('draws every kind, in every state on the map and at every zoom, as its older symbol', () => {
		for (const kind of FEATURE_KINDS)
			for (const state of STATES)
				for (const zoom of [4, 6, 9])
					expect(mapPoint(kind, state, true, zoom), `${kind} ${state} z${zoom}`).toEqual(plainSymbol(kind));
		expect(plainSymbol('strike')).toEqual(pointSymbol('strike', 'shown'));
	});

	it('has a key of the plain symbols, without the states the map no longer tells apart', () => {
		const plain = keyEntries(true);
		const points = plain.flatMap((e) => (e.swatch.type === 'point' ? [e.swatch] : []));
		for (const s of points) expect(s.symbol, s.kind).toEqual(mapPoint(s.kind, s.state, true));
		expect(points.map((s) => s.state)).not.toContain('recent');
		expect(points.map((s) => s.state)).not.toContain('uncertain');
		expect(points.filter((s) => s.kind === 'strike')).toHaveLength(1);
		// Everything else in the key (the other kinds, the rings) is as below the limit; the movement's
		// line too, without its arrows.
		const rest = (entries: typeof plain) =>
			entries.filter(
				(e) =>
					e.swatch.type === 'ring' ||
					(e.swatch.type === 'point' && e.swatch.kind !== 'strike' && e.swatch.state === 'shown')
			);
		expect(rest(plain)).toEqual(rest(KEY_ENTRIES));
		const line = (entries: typeof plain) => entries.flatMap((e) => (e.swatch.type === 'line' ? [e] : []));
		const [plainLine, richLine] = [line(plain), line(KEY_ENTRIES)];
		expect(plainLine).toHaveLength(1);
		expect(plainLine[0]!.swatch).toEqual({ ...richLine[0]!.swatch, arrowOpacity: 0 });
	});

	it('draws no arrows along the movements, as its key shows', () => {
		const arrows = (plain: boolean) =>
			dataLayers(['Noto Sans Regular'], { rings: true, plain }).find((l) => l.id === FT_LAYER.movementArrow)!;
		expect(arrows(true).layout).toHaveProperty('visibility', 'none');
		expect(arrows(false).layout).toHaveProperty('visibility', 'visible');
	});

	it('says so in the key, with the limit', () => {
		expect(RECENT_NOTE).toBe('A halo marks anything from the last 7 days.');
		expect(PLAIN_NOTE).toContain(`More than ${PLAIN_LIMIT.toLocaleString('en-GB')} points`);
		expect(PLAIN_NOTE).toContain('no halo marks the last 7 days');
		expect(PLAIN_NOTE).toContain('a movement shows its direction only when selected');
	});
});
