import * as turf from '@turf/turf';
import type { Geometry, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { area, bbox, circle, coordAll, distance, firstKink } from './geometry';

/** A fixed pseudo-random sequence (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const rnd = random(20250201);
const between = (a: number, b: number): number => a + (b - a) * rnd();
/** Mostly the app's region, some anywhere on Earth. */
const point = (i: number): Position =>
	i % 5 === 0 ? [between(-180, 180), between(-85, 85)] : [between(20, 50), between(40, 60)];

/** A closed ring of `n` random positions around a centre: simple when sorted by angle, often kinked when not. */
function ring(n: number, simple: boolean): Position[] {
	const [cx, cy] = [between(22, 48), between(42, 58)];
	const angles = Array.from({ length: n }, () => between(0, 2 * Math.PI));
	if (simple) angles.sort((a, b) => a - b);
	const out = angles.map((a): Position => {
		const r = between(0.05, 2);
		return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
	});
	return [...out, out[0] as Position];
}

const polygons: Polygon[] = Array.from({ length: 200 }, (_, i) => ({
	type: 'Polygon',
	coordinates: [ring(3 + (i % 12), i % 3 !== 0), ...(i % 4 === 0 ? [ring(4, true)] : [])]
}));
const multiPolygons: MultiPolygon[] = Array.from({ length: 60 }, (_, i) => ({
	type: 'MultiPolygon',
	coordinates: [polygons[i]?.coordinates ?? [], polygons[i + 100]?.coordinates ?? []]
}));

describe('the same numbers as Turf', () => {
	it('distance', () => {
		for (let i = 0; i < 500; i++) {
			const [a, b] = [point(i), point(i + 1)];
			expect(distance(a, b)).toBe(turf.distance(a, b, { units: 'kilometers' }));
		}
		expect(distance([30, 50], [30, 50])).toBe(0);
	});

	it('circle, with and without an altitude', () => {
		for (let i = 0; i < 100; i++) {
			const c = i % 10 === 0 ? [...point(i), 120] : point(i);
			const km = between(0.5, 40);
			expect(circle(c, km, 64)).toEqual(turf.circle(c, km, { steps: 64, units: 'kilometers' }));
		}
	});

	it('area of polygons, polygons with holes and multipolygons; 0 for anything else', () => {
		for (const g of [...polygons, ...multiPolygons]) expect(area(g)).toBe(turf.area(g));
		const line: LineString = { type: 'LineString', coordinates: [point(1), point(2)] };
		expect(area(line)).toBe(0);
	});

	it('coordAll and bbox of every geometry type', () => {
		const geometries: Geometry[] = [
			{ type: 'Point', coordinates: point(1) },
			{ type: 'MultiPoint', coordinates: [point(2), point(3)] },
			{ type: 'LineString', coordinates: [point(4), point(5), point(6)] },
			{
				type: 'MultiLineString',
				coordinates: [
					[point(7), point(8)],
					[point(9), point(10)]
				]
			},
			...polygons.slice(0, 5),
			...multiPolygons.slice(0, 5)
		];
		for (const g of geometries) {
			expect(coordAll(g)).toEqual(turf.coordAll(g));
			expect(bbox([g])).toEqual(turf.bbox(g));
		}
		expect(bbox(geometries)).toEqual(
			turf.bbox(turf.featureCollection(geometries.map((g) => turf.feature(g))))
		);
	});

	it('the first self-intersection of a polygon or multipolygon, or none', () => {
		let kinked = 0;
		for (const g of [...polygons, ...multiPolygons]) {
			const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
			const found = turf.kinks(g).features[0]?.geometry.coordinates ?? null;
			expect(firstKink(rings)).toEqual(found);
			if (found) kinked++;
		}
		// Both outcomes are exercised.
		expect(kinked).toBeGreaterThan(20);
		expect(kinked).toBeLessThan(polygons.length + multiPolygons.length - 20);
	});
});
