/** Baseline "naive": every slider input sets a new filter array with the day as a literal. */
import type { ExpressionSpecification } from 'maplibre-gl';
import { IS_LINE, IS_POINT, IS_POLYGON, plainLayers, startBaseline } from './baseline';

const byDay = (geom: ExpressionSpecification, day: number): ExpressionSpecification => [
	'all',
	geom,
	['<=', ['get', 's'], day],
	['>=', ['get', 'e'], day]
];

void startBaseline({
	layers: (day) => plainLayers((geom) => byDay(geom, day), { opacity: 1, radius: 4 }),
	setDay(map, day) {
		map.setFilter('ft-fill', byDay(IS_POLYGON, day));
		map.setFilter('ft-line', byDay(IS_LINE, day));
		map.setFilter('ft-points', byDay(IS_POINT, day));
	}
});
