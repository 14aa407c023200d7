/**
 * The visibility rule of `time/visibility.ts`, stated as MapLibre expressions over the precomputed day
 * keys (s, w, r, e) of `data/render.ts`, plus the data layers that use them.
 *
 * Everything that changes while scrubbing reads the global state (`t`: the day, `layers`: the enabled
 * data layers), so a scrub step is one `map.setGlobalStateProperty('t', day)`: no source is rebuilt and
 * no data is sent again. `expressions.spec.ts` evaluates these expressions with the style-spec and
 * checks they agree with `visibilityAt` for many (feature, day) pairs.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification
} from '@maplibre/maplibre-gl-style-spec';
import { CITY_RING_KM, COLOURS, FILL_OPACITY, INK, RADII, WHITE } from './layers/symbology';

/** The one GeoJSON source holding the render collection. */
export const FT_SOURCE = 'ft-data';

/** Global-state keys the data layers read. */
export const STATE_T = 't';
export const STATE_LAYERS = 'layers';

/** Layer ids, bottom to top. Tests query rendered features with these. */
export const FT_LAYER = {
	areaFill: 'ft-area-fill',
	areaOutline: 'ft-area-outline',
	precision: 'ft-precision',
	movement: 'ft-movement',
	movementArrow: 'ft-movement-arrow',
	halo: 'ft-halo',
	uncertain: 'ft-uncertain',
	points: 'ft-points'
} as const;

export const FT_LAYER_IDS: readonly string[] = Object.values(FT_LAYER);

type Expr = ExpressionSpecification;

/** The chosen day; 0 (long before any data) until set, so nothing shows by accident. */
const T: Expr = ['number', ['global-state', STATE_T], 0];
const key = (k: 's' | 'w' | 'r' | 'e'): Expr => ['number', ['get', k], 0];

/**
 * 'hidden' | 'uncertain' | 'recent' | 'shown' for a feature on day t: the same steps, in the same
 * order, as `visibilityAt`.
 */
export const visibilityExpr: Expr = [
	'case',
	['any', ['<', T, key('s')], ['>', T, key('e')]],
	'hidden',
	['<=', T, key('w')],
	'uncertain',
	['<=', T, key('r')],
	'recent',
	'shown'
];

/** Whether the feature's data layer is switched on. */
export const layerOnExpr: Expr = [
	'in',
	['get', 'layer'],
	['array', 'string', ['coalesce', ['global-state', STATE_LAYERS], ['literal', []]]]
];

/** Drawn on day t in an enabled layer: what every data layer filters on. */
export const visibleFilter: Expr = ['all', layerOnExpr, ['!=', visibilityExpr, 'hidden']];

const isPoint: Expr = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];
const isLine: Expr = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];
const isPolygon: Expr = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];

const kind: Expr = ['get', 'kind'];
const vis = visibilityExpr;

/** Scales a pixel size with zoom so symbols stay legible at 5 and do not drown the map at 8. */
function byZoom(base: Expr | number): Expr {
	return ['interpolate', ['linear'], ['zoom'], 4, ['*', base, 0.8], 6, base, 9, ['*', base, 1.35]];
}

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

const fillColour: Expr = [
	'match',
	kind,
	'strike',
	['match', vis, 'shown', COLOURS.strikeHistory, COLOURS.strikeRecent],
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
	['match', vis, 'uncertain', 0.15, 0.35],
	['match', vis, 'recent', FILL_OPACITY.recent, 'shown', FILL_OPACITY.shown, FILL_OPACITY.uncertain]
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

/** Hollow kinds draw their edge as the stroke; filled ones get a white stroke, amber ones a dark edge. */
const strokeColour: Expr = [
	'match',
	kind,
	['claim', 'battle'],
	edgeColour,
	['report', 'area'],
	['match', vis, 'uncertain', WHITE, edgeColour],
	WHITE
];
const strokeWidth: Expr = ['match', kind, 'claim', 2, 'battle', 3, 'capture', 2, 1.5];
const strokeOpacity: Expr = [
	'match',
	kind,
	['claim', 'battle'],
	['match', vis, 'uncertain', 0.55, 'shown', 0.8, 1],
	1
];

/** Pixels per kilometre at zoom 0 near 50°N (512-px world), for rings with a real-world size. */
const PX_PER_KM_Z0 = 512 / (40_075 * Math.cos((50 * Math.PI) / 180));

/** Region-precision points get a fixed ring: the region's outline itself is shown on selection. */
const REGION_RING_PX = 22;

/** City positions: a ring of about CITY_RING_KM at every zoom (doubling per zoom level). */
const precisionRadius: Expr = [
	'interpolate',
	['exponential', 2],
	['zoom'],
	0,
	['match', ['get', 'pp'], 'city', CITY_RING_KM * PX_PER_KM_Z0, REGION_RING_PX],
	12,
	['match', ['get', 'pp'], 'city', CITY_RING_KM * PX_PER_KM_Z0 * 4096, REGION_RING_PX]
];

/**
 * The data layers, bottom to top. All share the one source; the filters and paint read the global
 * state, so none of them changes while scrubbing, only the state does.
 */
export function dataLayers(fontFamily: string[]): LayerSpecification[] {
	const only = (...conds: Expr[]): FilterSpecification => ['all', visibleFilter, ...conds];
	return [
		{
			id: FT_LAYER.areaFill,
			type: 'fill',
			source: FT_SOURCE,
			filter: only(isPolygon),
			paint: {
				'fill-color': COLOURS.area,
				'fill-opacity': ['match', vis, 'uncertain', 0.1, 'recent', 0.28, 0.18]
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
				'line-opacity': ['match', vis, 'uncertain', 0.5, 0.85],
				'line-dasharray': ['match', vis, 'uncertain', ['literal', [2, 2]], ['literal', [1, 0]]]
			}
		},
		{
			id: FT_LAYER.precision,
			type: 'circle',
			source: FT_SOURCE,
			filter: only(isPoint, ['match', ['get', 'pp'], ['city', 'region'], true, false]),
			paint: {
				'circle-radius': precisionRadius,
				'circle-color': COLOURS.precision,
				'circle-opacity': ['match', ['get', 'pp'], 'city', 0.07, 0.04],
				'circle-stroke-color': COLOURS.precision,
				'circle-stroke-width': 1,
				'circle-stroke-opacity': ['match', vis, 'uncertain', 0.2, 0.35],
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
				'line-width': byZoom(2.5),
				'line-opacity': ['match', vis, 'uncertain', 0.55, 0.75],
				'line-dasharray': ['literal', [2, 1.5]]
			}
		},
		{
			id: FT_LAYER.movementArrow,
			type: 'symbol',
			source: FT_SOURCE,
			filter: only(isLine),
			layout: {
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
				'text-opacity': ['match', vis, 'uncertain', 0.6, 0.85]
			}
		},
		{
			id: FT_LAYER.halo,
			type: 'circle',
			source: FT_SOURCE,
			filter: only(isPoint, ['==', vis, 'recent']),
			paint: {
				'circle-radius': byZoom(['+', radius, 7]),
				'circle-color': [
					'match',
					kind,
					'strike',
					COLOURS.strikeRecent,
					['report', 'area'],
					COLOURS.report,
					INK
				],
				'circle-opacity': ['match', kind, 'strike', 0.28, 0.16],
				'circle-blur': 0.35
			}
		},
		{
			// Uncertain dates: a thin outer ring in the kind's edge colour around the faded symbol, so it
			// reads as "hollow" and keeps its contrast.
			id: FT_LAYER.uncertain,
			type: 'circle',
			source: FT_SOURCE,
			filter: only(isPoint, ['==', vis, 'uncertain']),
			paint: {
				'circle-radius': byZoom(['+', radius, 2.5]),
				'circle-opacity': 0,
				'circle-stroke-color': edgeColour,
				'circle-stroke-width': 1.25,
				'circle-stroke-opacity': 0.9
			}
		},
		{
			id: FT_LAYER.points,
			type: 'circle',
			source: FT_SOURCE,
			filter: only(isPoint),
			layout: { 'circle-sort-key': ['match', vis, 'recent', 3, 'shown', 2, 1] },
			paint: {
				'circle-radius': byZoom(radius),
				'circle-color': fillColour,
				'circle-opacity': fillOpacity,
				'circle-stroke-color': strokeColour,
				'circle-stroke-width': strokeWidth,
				'circle-stroke-opacity': strokeOpacity
			}
		}
	];
}
