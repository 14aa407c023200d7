import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { labelPoint } from './label';
import { fixtureDir } from '../../test/golden';

const { input: readInput, expectGolden } = fixtureDir(new URL('./fixtures/', import.meta.url));

describe('labelPoint', () => {
	const regions = readInput<FeatureCollection<Polygon | MultiPolygon>>('label-regions.geojson');

	it('puts every label inside its region (golden)', () => {
		const points = regions.features.map((f) => ({ name: f.properties?.name, point: labelPoint(f) }));
		for (const [i, f] of regions.features.entries()) {
			expect(booleanPointInPolygon(points[i]!.point, f)).toBe(true);
		}
		expectGolden('label-regions.json', points);
	});

	it('labels the largest part of a multi-part region', () => {
		const islet = regions.features[2]!;
		const [x] = labelPoint(islet);
		expect(x).toBeLessThan(5);
	});
});
