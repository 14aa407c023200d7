/** Baseline "global-state": the filters read ['global-state', 't']; an input sets that one value. */
import type { ExpressionSpecification } from 'maplibre-gl';
import { plainLayers, startBaseline } from './baseline';

const T: ExpressionSpecification = ['number', ['global-state', 't'], 0];
const byState = (geom: ExpressionSpecification): ExpressionSpecification => [
	'all',
	geom,
	['<=', ['get', 's'], T],
	['>=', ['get', 'e'], T]
];

void startBaseline({
	layers: () => plainLayers(byState, { opacity: 1, radius: 4 }),
	setDay(map, day) {
		map.setGlobalStateProperty('t', day);
	}
});
