import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { TimelineFeature } from '$lib/data/types';
import { distanceKm } from '$lib/spatial/measures';
import { focusBounds, regionFilterName, selectionData } from './shapes';

const fixture = (name: string) =>
	(
		JSON.parse(
			readFileSync(fileURLToPath(new URL(`../../spatial/fixtures/in/${name}`, import.meta.url)), 'utf8')
		) as FeatureCollection
	).features[0] as unknown as TimelineFeature;

describe('selection shapes', () => {
	it('is empty without a selection', () => {
		expect(selectionData(undefined).features).toEqual([]);
		expect(regionFilterName(undefined)).toBe('');
	});

	it('adds a 15 km approximate-area ring to a city-precision point and frames the whole ring', () => {
		const f = fixture('strike-city.geojson');
		const data = selectionData(f);
		expect(data.features.map((x) => x.properties?.role)).toEqual(['shape', 'ring']);
		const [w, s, e, n] = focusBounds(f);
		expect(distanceKm([w, s], [w, n])).toBeCloseTo(30, 0);
		expect(e).toBeGreaterThan(w);
	});

	it('outlines the region for a region-precision point instead of a ring', () => {
		const f = fixture('strike-region.geojson');
		expect(selectionData(f).features).toHaveLength(1);
		expect(regionFilterName(f)).toBe('Astrakhan Oblast');
	});

	it('highlights a drawn line as itself', () => {
		const f = fixture('pincer-arc.geojson');
		const data = selectionData(f);
		expect(data.features).toHaveLength(1);
		expect(data.features[0]?.geometry.type).toBe('LineString');
	});
});
