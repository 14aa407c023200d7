/**
 * Baseline "best": no time filter at all, so the worker never re-tiles while scrubbing. Each feature
 * carries feature-state `on`; an input flips it only on the features whose visibility changed since
 * the last day (a few hundred per step at 100k events), and paint reads it (radius 0 when off, so a
 * hidden point costs no fragments).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { plainLayers, SOURCE, startBaseline } from './baseline';

const on: ExpressionSpecification = ['case', ['boolean', ['feature-state', 'on'], false], 1, 0];
let shown: Uint8Array | null = null;

void startBaseline({
	layers: () => plainLayers((geom) => geom, { opacity: on, radius: ['*', 4, on] }),
	setDay(map, day, data) {
		const fs = data.features;
		shown ??= new Uint8Array(fs.length);
		for (let i = 0; i < fs.length; i++) {
			const p = fs[i]!.properties;
			const now = p.s <= day && day <= p.e ? 1 : 0;
			if (now !== shown[i]) {
				shown[i] = now;
				map.setFeatureState({ source: SOURCE, id: i }, { on: now === 1 });
			}
		}
	}
});
