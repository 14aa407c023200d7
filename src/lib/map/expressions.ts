/**
 * The data layers and how they draw each state of the visibility rule (`time/visibility.ts`).
 *
 * The day never appears in a filter or a layout property: MapLibre answers a changed filter by
 * re-tiling the whole source in its worker, which takes seconds at 100,000 events. Instead each
 * feature carries a feature-state `v` (hidden / uncertain / recent / shown, see `visibility-state.ts`)
 * that only paint properties read; a scrub step sets it on the few features whose state changed.
 * A hidden feature is drawn with zero radius and zero opacity. The enabled layers (`layers`, global
 * state) do sit in the filters: toggling a layer is rare and may re-tile. Nothing here restates the
 * rule: the code is computed by `time/day-codes.ts`. `expressions.spec.ts` evaluates these
 * expressions with the style-spec: each code reads back as its visibility, what the map draws from
 * the day's codes is what `visibilityAt` says, and no layer puts a pixel on a hidden feature.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification
} from '@maplibre/maplibre-gl-style-spec';
import {
	COLOURS,
	drawsPlain,
	everyRingFits,
	FILL_OPACITY,
	HOLLOW_FILL_OPACITY,
	INK,
	MOVEMENT_LINE,
	PRECISION_RADIUS_KM,
	PLAIN_LIMIT,
	PRECISION_RING,
	plainSymbol,
	type PointSymbol,
	RADII,
	RING_LIMIT,
	STROKE_OPACITY,
	STROKE_WIDTH,
	WHITE
} from './layers/symbology';
import { DEFAULT_CODE, VIS_CODE } from './visibility-state';

/** The one GeoJSON source holding the render collection. */
export const FT_SOURCE = 'ft-data';

/**
 * The events source's tile buffer, in pixels of a 512-px tile (MapLibre's default is 128). A circle
 * is drawn only by the tile its centre is in and is never clipped at the tile's edge, yet every
 * point within the buffer is copied into the neighbouring tile and evaluated there by each layer's
 * filter and paint, then dropped: with the default each point is worked on in about 2.25 tiles
 * (1.5² of the area), with 32 in about 1.27. 32 px still carries across a tile's edge half a
 * movement line's width and half its arrows' text size (at most 18.9 px; expressions.spec.ts).
 */
export const FT_SOURCE_BUFFER = 32;

/** Global-state key for the enabled data layers. */
export const STATE_LAYERS = 'layers';
/** Feature-state key for the visibility code of each feature. */
export const STATE_V = 'v';
/** Property with each feature's code on the day the data was sent (`source-data.ts`). */
export const PROP_V0 = 'v0';

/** Layer ids, bottom to top. Tests query rendered features with these. */
export const FT_LAYER = {
	areaFill: 'ft-area-fill',
	areaOutline: 'ft-area-outline',
	precision: 'ft-precision',
	movement: 'ft-movement',
	movementArrow: 'ft-movement-arrow',
	points: 'ft-points'
} as const;

/**
 * The plain symbology's point layer (`PLAIN_LIMIT`), above the rich points layer: one layer for every
 * point kind, each drawn as the key's older symbol of its kind. One layer, not one per kind: MapLibre
 * walks every changed feature through every bucket of every tile on each scrub step, so each extra
 * layer that reads the day adds that walk again. The colours read the kind only, so they are
 * evaluated once when a tile is built, never on a step.
 */
export const FT_PLAIN_LAYER = { points: `${FT_LAYER.points}-plain` } as const;
/** The point kinds with a symbol of their own; any other kind is drawn as a movement's point. */
const PLAIN_KINDS = ['battle', 'area', 'report', 'claim', 'capture', 'strike'] as const;

export const FT_LAYER_IDS: readonly string[] = [...Object.values(FT_LAYER), ...Object.values(FT_PLAIN_LAYER)];

type Expr = ExpressionSpecification;

/**
 * The feature's visibility code: its feature-state once a scrub step has changed it, else the code
 * baked into its properties when the data was sent, else DEFAULT_CODE.
 */
const V: Expr = [
	'number',
	['coalesce', ['feature-state', STATE_V], ['get', PROP_V0], DEFAULT_CODE],
	DEFAULT_CODE
];

/** 'hidden' | 'uncertain' | 'recent' | 'shown', read back from the feature-state code. */
export const visibilityExpr: Expr = [
	'match',
	V,
	VIS_CODE.hidden,
	'hidden',
	VIS_CODE.uncertain,
	'uncertain',
	VIS_CODE.recent,
	'recent',
	'shown'
];

/** `value` while the feature is on the map that day, 0 when it is hidden. */
function whenShown(value: Expr | number): Expr {
	return ['case', ['==', V, VIS_CODE.hidden], 0, value];
}

/** Whether the feature's data layer is switched on. */
export const layerOnExpr: Expr = [
	'in',
	['get', 'layer'],
	['array', 'string', ['coalesce', ['global-state', STATE_LAYERS], ['literal', []]]]
];

/** In an enabled layer: what every data layer filters on (the day is paint's business). */
export const visibleFilter: Expr = layerOnExpr;

const isPoint: Expr = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];
const isLine: Expr = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];
const isPolygon: Expr = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];

const kind: Expr = ['get', 'kind'];
const vis = visibilityExpr;

/** Scales a pixel size with zoom so symbols stay legible at 5 and do not drown the map at 8. */
function byZoom(base: Expr | number): Expr {
	return ['interpolate', ['linear'], ['zoom'], 4, ['*', base, 0.8], 6, base, 9, ['*', base, 1.35]];
}

/** Strikes on top, then captures and claims, then the rest: a layout property, so never the day. */
const pointSortKey: Expr = ['match', kind, 'strike', 3, ['capture', 'claim'], 2, 1];

const radius: Expr = [
	'match',
	kind,
	'strike',
	['match', vis, 'recent', RADII.strikeRecent, RADII.strikeHistory],
	'capture',
	RADII.capture,
	'claim',
	RADII.claim,
	'report',
	RADII.report,
	'area',
	RADII.area,
	'battle',
	RADII.battle,
	RADII.movement
];

/**
 * Colours depend on the kind only. Every paint property that reads the day's state costs a re-upload
 * of its vertex buffer for the whole tile on each step, so the state is carried by as few properties
 * as possible (size, fill opacity, stroke width and opacity); an older strike is muted by opacity.
 */
const fillColour: Expr = [
	'match',
	kind,
	'strike',
	COLOURS.strikeRecent,
	'capture',
	COLOURS.capture,
	'claim',
	WHITE,
	'report',
	COLOURS.report,
	'area',
	COLOURS.area,
	'battle',
	WHITE,
	COLOURS.movement
];

/** Hollow kinds (claim, battle ring) keep a nearly empty centre; the rest fade when the date is uncertain. */
const fillOpacity: Expr = [
	'match',
	kind,
	['claim', 'battle'],
	['match', vis, 'uncertain', HOLLOW_FILL_OPACITY.uncertain, HOLLOW_FILL_OPACITY.shown],
	[
		'match',
		vis,
		'recent',
		FILL_OPACITY.recent,
		'shown',
		['match', kind, 'strike', FILL_OPACITY.strikeHistory, FILL_OPACITY.shown],
		FILL_OPACITY.uncertain
	]
];

/** The colour that gives each kind its edge against the basemap (3:1 or more, see symbology.spec.ts). */
const edgeColour: Expr = [
	'match',
	kind,
	'strike',
	COLOURS.strikeRecent,
	['capture', 'claim'],
	INK,
	'report',
	COLOURS.reportStroke,
	'area',
	COLOURS.areaStroke,
	'battle',
	COLOURS.battle,
	COLOURS.movement
];

const hollow: Expr = ['match', kind, ['claim', 'battle'], true, false];

/**
 * The stroke carries the day's emphasis, so one circle layer draws every state (each extra layer
 * would draw every feature again). It is always the kind's edge colour: hollow kinds (claim, battle
 * ring) keep it as their outline; filled kinds get it as a wide translucent halo while recent, a thin
 * opaque ring while their date is uncertain, and a thin edge otherwise.
 */
const strokeColour: Expr = edgeColour;
const baseStrokeWidth: Expr = [
	'match',
	kind,
	'claim',
	STROKE_WIDTH.claim,
	'battle',
	STROKE_WIDTH.battle,
	'capture',
	STROKE_WIDTH.capture,
	STROKE_WIDTH.edge
];
const strokeWidth: Expr = [
	'case',
	hollow,
	['match', vis, 'recent', ['+', baseStrokeWidth, STROKE_WIDTH.hollowRecent], baseStrokeWidth],
	['==', vis, 'recent'],
	STROKE_WIDTH.halo,
	baseStrokeWidth
];
const strokeOpacity: Expr = [
	'case',
	hollow,
	[
		'match',
		vis,
		'uncertain',
		STROKE_OPACITY.hollow.uncertain,
		'shown',
		STROKE_OPACITY.hollow.shown,
		STROKE_OPACITY.hollow.recent
	],
	['==', vis, 'recent'],
	['match', kind, 'strike', STROKE_OPACITY.strikeHalo, STROKE_OPACITY.halo],
	['==', vis, 'uncertain'],
	STROKE_OPACITY.uncertain,
	STROKE_OPACITY.edge
];

/** The thresholds live with the symbols they change (`layers/symbology.ts`); re-exported for the map's callers. */
export { drawsPlain, everyRingFits, PLAIN_LIMIT, RING_LIMIT };

/** Pixels per kilometre at zoom 0 near 50°N (512-px world), for rings with a real-world size. */
const PX_PER_KM_Z0 = 512 / (40_075 * Math.cos((50 * Math.PI) / 180));

/** Region-precision points get a fixed ring: the region's outline itself is shown on selection. */
const REGION_RING_PX = 22;

/** City positions: a ring of PRECISION_RADIUS_KM.city at every zoom (doubling per zoom level). */
const precisionRadius: Expr = [
	'interpolate',
	['exponential', 2],
	['zoom'],
	0,
	whenShown(['match', ['get', 'pp'], 'city', PRECISION_RADIUS_KM.city * PX_PER_KM_Z0, REGION_RING_PX]),
	12,
	whenShown(['match', ['get', 'pp'], 'city', PRECISION_RADIUS_KM.city * PX_PER_KM_Z0 * 4096, REGION_RING_PX])
];

/** Which symbology the data needs: rings on every imprecise point, plain points (`layers/symbology.ts`). */
export interface Symbology {
	rings: boolean;
	plain: boolean;
}

/** The symbology for a render collection's features (its thresholds: RING_LIMIT, PLAIN_LIMIT). */
export function symbologyFor(features: Parameters<typeof everyRingFits>[0]): Symbology {
	return { rings: everyRingFits(features), plain: drawsPlain(features) };
}

/**
 * The layers a symbology switches on and off, by their layout's `visibility` (a hidden layer costs
 * MapLibre's worker and renderer nothing): the rings, the rich points or the plain ones, and the
 * movements' arrows, which the plain symbology leaves to the selection (`PLAIN_LIMIT`).
 */
export function switchedLayers(s: Symbology): Record<string, 'visible' | 'none'> {
	const on = (yes: boolean) => (yes ? 'visible' : 'none');
	return {
		[FT_LAYER.precision]: on(s.rings),
		[FT_LAYER.points]: on(!s.plain),
		[FT_LAYER.movementArrow]: on(!s.plain),
		[FT_PLAIN_LAYER.points]: on(s.plain)
	};
}

/** A plain symbol's value by kind (`plainSymbol`), as one expression; other kinds get a movement's. */
function byKind(value: (s: PointSymbol) => number | string): Expr {
	return [
		'match',
		kind,
		...PLAIN_KINDS.flatMap((k) => [k, value(plainSymbol(k))]),
		value(plainSymbol('movement'))
	] as Expr;
}

/** Plain points: the day reaches two paint properties (0 when hidden); colours and widths by kind. */
function plainPointLayer(filter: FilterSpecification, visibility: 'visible' | 'none'): LayerSpecification {
	return {
		id: FT_PLAIN_LAYER.points,
		type: 'circle',
		source: FT_SOURCE,
		filter,
		layout: { visibility, 'circle-sort-key': pointSortKey },
		paint: {
			'circle-radius': whenShown(byKind((s) => s.radius)),
			'circle-color': byKind((s) => s.fill),
			'circle-opacity': byKind((s) => s.fillOpacity),
			'circle-stroke-color': byKind((s) => s.stroke),
			'circle-stroke-width': whenShown(byKind((s) => s.strokeWidth)),
			'circle-stroke-opacity': byKind((s) => s.strokeOpacity)
		}
	};
}

/**
 * The data layers, bottom to top. All share the one source; paint reads each feature's state, so no
 * layer changes while scrubbing, only the state of the features that cross an edge of their span.
 */
export function dataLayers(fontFamily: string[], symbology: Symbology): LayerSpecification[] {
	const only = (...conds: Expr[]): FilterSpecification => ['all', visibleFilter, ...conds];
	const visibility = switchedLayers(symbology);
	const plain = plainPointLayer(only(isPoint), visibility[FT_PLAIN_LAYER.points]!);
	return [
		{
			id: FT_LAYER.areaFill,
			type: 'fill',
			source: FT_SOURCE,
			filter: only(isPolygon),
			paint: {
				'fill-color': COLOURS.area,
				'fill-opacity': whenShown(['match', vis, 'uncertain', 0.1, 'recent', 0.28, 0.18])
			}
		},
		{
			id: FT_LAYER.areaOutline,
			type: 'line',
			source: FT_SOURCE,
			filter: only(isPolygon),
			paint: {
				'line-color': COLOURS.areaStroke,
				'line-width': 1.5,
				'line-opacity': whenShown(['match', vis, 'uncertain', 0.4, 0.85])
			}
		},
		{
			id: FT_LAYER.precision,
			type: 'circle',
			source: FT_SOURCE,
			filter: only(isPoint, ['match', ['get', 'pp'], ['city', 'region'], true, false]),
			layout: { visibility: visibility[FT_LAYER.precision] },
			paint: {
				'circle-radius': precisionRadius,
				'circle-color': COLOURS.precision,
				// Hidden by a zero radius and a zero stroke width (MapLibre draws the stroke even at radius 0,
				// as a dot): two state-dependent properties, on at most RING_LIMIT points.
				'circle-opacity': [
					'match',
					['get', 'pp'],
					'city',
					PRECISION_RING.fillOpacity.city,
					PRECISION_RING.fillOpacity.region
				],
				'circle-stroke-color': COLOURS.precision,
				'circle-stroke-width': whenShown(PRECISION_RING.strokeWidth),
				'circle-stroke-opacity': PRECISION_RING.strokeOpacity,
				'circle-pitch-alignment': 'map'
			}
		},
		{
			id: FT_LAYER.movement,
			type: 'line',
			source: FT_SOURCE,
			filter: only(isLine),
			layout: { 'line-cap': 'butt', 'line-join': 'round' },
			paint: {
				'line-color': COLOURS.movement,
				'line-width': byZoom(MOVEMENT_LINE.width),
				'line-opacity': whenShown([
					'match',
					vis,
					'uncertain',
					MOVEMENT_LINE.opacity.uncertain,
					MOVEMENT_LINE.opacity.shown
				]),
				'line-dasharray': ['literal', [...MOVEMENT_LINE.dash]]
			}
		},
		{
			id: FT_LAYER.movementArrow,
			type: 'symbol',
			source: FT_SOURCE,
			filter: only(isLine),
			// Also the selected movement's arrows (`selection/SelectionLayer.svelte` takes this layout).
			layout: {
				visibility: visibility[FT_LAYER.movementArrow],
				'symbol-placement': 'line',
				'symbol-spacing': 70,
				'text-field': '›',
				'text-font': fontFamily,
				'text-size': byZoom(28),
				'text-keep-upright': false,
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: {
				'text-color': COLOURS.movement,
				'text-halo-color': WHITE,
				'text-halo-width': 1,
				'text-opacity': whenShown([
					'match',
					vis,
					'uncertain',
					MOVEMENT_LINE.arrowOpacity.uncertain,
					MOVEMENT_LINE.arrowOpacity.shown
				])
			}
		},
		{
			id: FT_LAYER.points,
			type: 'circle',
			source: FT_SOURCE,
			filter: only(isPoint),
			// Strikes on top of the quieter kinds; a layout property, so it cannot depend on the day.
			layout: {
				visibility: visibility[FT_LAYER.points],
				'circle-sort-key': pointSortKey
			},
			paint: {
				'circle-radius': byZoom(whenShown(radius)),
				'circle-color': fillColour,
				'circle-opacity': whenShown(fillOpacity),
				'circle-stroke-color': strokeColour,
				'circle-stroke-width': whenShown(strokeWidth),
				'circle-stroke-opacity': whenShown(strokeOpacity)
			}
		},
		plain
	];
}
