import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { fitToCountry, reduceFeature, roundGeometry, type ClippableGeometry } from './clip';
import { fixtureDir } from '../../test/golden';

const { input: readInput, expectGolden } = fixtureDir(new URL('./fixtures/', import.meta.url));

describe('reduceFeature', () => {
	it('clips to the box, simplifies and rounds (golden)', () => {
		const input = readInput<FeatureCollection<ClippableGeometry>>('clip-features.geojson');
		const out = input.features.map((f) =>
			reduceFeature(f, { bbox: [0, 0, 10, 10], tolerance: 0.01, decimals: 4 })
		);
		expectGolden('clip-features.geojson', out);
	});

	it('returns null for a feature wholly outside the box', () => {
		const input = readInput<FeatureCollection<ClippableGeometry>>('clip-features.geojson');
		const outside = input.features.find((f) => f.properties?.name === 'entirely outside');
		expect(outside).toBeDefined();
		expect(reduceFeature(outside!, { bbox: [0, 0, 10, 10], tolerance: 0, decimals: 4 })).toBeNull();
	});
});

describe('roundGeometry', () => {
	it('drops vertices that rounding merges, and rings that collapse', () => {
		const tiny: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[0.00001, 0],
					[0.00001, 0.00001],
					[0, 0]
				]
			]
		};
		expect(roundGeometry(tiny, 4)).toBeNull();
		expect(
			roundGeometry(
				{
					type: 'LineString',
					coordinates: [
						[1.00001, 2],
						[1.00002, 2],
						[3, 4]
					]
				},
				4
			)
		).toEqual({
			type: 'LineString',
			coordinates: [
				[1, 2],
				[3, 4]
			]
		});
	});
});

describe('fitToCountry', () => {
	it('cuts a region that spills over its country outline (golden)', () => {
		const region = readInput<Feature<Polygon, { name: string; country: string }>>('fit-region.geojson');
		const country = readInput<Feature<Polygon>>('fit-country.geojson');
		const out = fitToCountry(region, country);
		expect(out?.properties).toEqual(region.properties);
		expectGolden('fit-region.geojson', out);
	});
});
