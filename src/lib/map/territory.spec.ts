/**
 * The territory layers draw what the key says (`map/layers/territory.ts`, read by the key in
 * `ui/TerritoryKey.svelte`): each kind in each state of the visibility rule, evaluated with MapLibre's
 * own style-spec expression engine.
 */
import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { VIS_CODE } from './visibility-state';
import { STATE_V } from './expressions';
import { TERRITORY } from './layers/territory';
import { TERRITORY_LAYER, TERRITORY_SOURCE, territoryLayers } from './territory';

const layers = territoryLayers();
const paint = (id: string, name: string, kind: string, vis: keyof typeof VIS_CODE): unknown => {
	const layer = layers.find((l) => l.id === id) as { paint: Record<string, unknown> };
	const result = createExpression(layer.paint[name], 'test', null);
	if (result.result !== 'success') throw new Error(result.value.map((e) => e.message).join('; '));
	const feature = { type: 'Polygon' as const, properties: { id: 'p', layer: 'held', kind, pp: 'mapped' } };
	return result.value.evaluate({ zoom: 6 }, feature, { [STATE_V]: VIS_CODE[vis] });
};

describe('the territory layers', () => {
	it('are a valid style', () => {
		const style = {
			version: 8,
			sources: { [TERRITORY_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
			layers
		};
		expect(validateStyleMin(style as never)).toEqual([]);
	});

	it('wash held ground, gained ground stronger for its first week, lost ground in its own colour', () => {
		const fill = (kind: string, vis: keyof typeof VIS_CODE) => [
			paint(TERRITORY_LAYER.fill, 'fill-color', kind, vis),
			paint(TERRITORY_LAYER.fill, 'fill-opacity', kind, vis)
		];
		// A constant colour comes back as written: the key's own string.
		expect(fill('territory', 'shown')).toEqual([TERRITORY.held.fill, TERRITORY.held.opacity]);
		expect(fill('gain', 'recent')).toEqual([TERRITORY.gained.fill, TERRITORY.gained.opacity]);
		expect(fill('gain', 'shown')).toEqual([TERRITORY.held.fill, TERRITORY.held.opacity]);
		expect(fill('loss', 'shown')).toEqual([TERRITORY.lost.fill, TERRITORY.lost.opacity]);
		for (const kind of ['territory', 'gain', 'loss']) expect(fill(kind, 'hidden')[1]).toBe(0);
	});

	it('edge gained ground only while it is recent, and lost ground while it is marked', () => {
		expect(paint(TERRITORY_LAYER.gainEdge, 'line-opacity', 'gain', 'recent')).toBe(1);
		expect(paint(TERRITORY_LAYER.gainEdge, 'line-opacity', 'gain', 'shown')).toBe(0);
		expect(paint(TERRITORY_LAYER.lossEdge, 'line-opacity', 'loss', 'shown')).toBe(1);
		expect(paint(TERRITORY_LAYER.lossEdge, 'line-opacity', 'loss', 'hidden')).toBe(0);
	});
});
