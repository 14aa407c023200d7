/**
 * The map layers of the territory layers (`"style": "territory"` in layers.json): one GeoJSON source
 * of their own (so the series' credit shows in the attribution while it is drawn), under every event
 * symbol. Like the events, a day is a feature-state question: each piece carries its visibility code
 * (`v`), paint reads it, and no filter or layout property holds a day.
 *
 * - held ground (kinds `territory` and `gain`): a quiet wash; the edge of the wash is the front line;
 * - ground gained in the last 7 days (`gain` while "recent"): stronger, with a solid edge;
 * - ground lost in the last 7 days (`loss`, whose span is that week): blue, with a dashed edge.
 *
 * Pieces are cut on a grid by the converter; the wash is drawn without antialiasing so the seams
 * between neighbouring pieces do not show as lines.
 */
import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { TERRITORY } from './layers/territory';
import { layerOnExpr, visibilityExpr } from './expressions';

export const TERRITORY_SOURCE = 'ft-territory';

export const TERRITORY_LAYER = {
	fill: 'ft-territory-fill',
	gainEdge: 'ft-territory-gain-edge',
	lossEdge: 'ft-territory-loss-edge'
} as const;

export const TERRITORY_LAYER_IDS: readonly string[] = Object.values(TERRITORY_LAYER);

type Expr = ExpressionSpecification;
const kind: Expr = ['get', 'kind'];
const hidden: Expr = ['==', visibilityExpr, 'hidden'];
const recentGain: Expr = ['all', ['==', kind, 'gain'], ['==', visibilityExpr, 'recent']];

export function territoryLayers(): LayerSpecification[] {
	return [
		{
			id: TERRITORY_LAYER.fill,
			type: 'fill',
			source: TERRITORY_SOURCE,
			filter: layerOnExpr,
			paint: {
				'fill-antialias': false,
				'fill-color': ['match', kind, 'loss', TERRITORY.lost.fill, TERRITORY.held.fill],
				'fill-opacity': [
					'case',
					hidden,
					0,
					recentGain,
					TERRITORY.gained.opacity,
					['==', kind, 'loss'],
					TERRITORY.lost.opacity,
					TERRITORY.held.opacity
				]
			}
		},
		{
			id: TERRITORY_LAYER.gainEdge,
			type: 'line',
			source: TERRITORY_SOURCE,
			filter: ['all', layerOnExpr, ['==', kind, 'gain']],
			paint: {
				'line-color': TERRITORY.gained.edge,
				'line-width': TERRITORY.gained.edgeWidth,
				'line-opacity': ['case', recentGain, 1, 0]
			}
		},
		{
			id: TERRITORY_LAYER.lossEdge,
			type: 'line',
			source: TERRITORY_SOURCE,
			filter: ['all', layerOnExpr, ['==', kind, 'loss']],
			paint: {
				'line-color': TERRITORY.lost.edge,
				'line-width': TERRITORY.lost.edgeWidth,
				'line-dasharray': ['literal', [...TERRITORY.lost.dash]],
				'line-opacity': ['case', hidden, 0, 1]
			}
		}
	];
}
