/**
 * Plane geometry for the territory converter, on plain MultiPolygon coordinates (`Shape`):
 * Turf's boolean operations (difference, intersect, union — polyclip-ts underneath), Turf's
 * geodesic `area`, quantisation and the sliver test. Pure: no files, no clock.
 */
import { area, difference, featureCollection, intersect, multiPolygon, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/** MultiPolygon coordinates: a list of polygons, each a list of rings (outer first). */
export type Shape = Position[][][];
export type Ring = Position[];
export type BBox = [number, number, number, number];

const M2_PER_KM2 = 1e6;

/** Turf's (spherical) area of a shape, in km². */
export function areaKm2(shape: Shape): number {
	return shape.length === 0 ? 0 : area({ type: 'MultiPolygon', coordinates: shape }) / M2_PER_KM2;
}

export function polygonAreaKm2(polygon: Position[][]): number {
	return area({ type: 'Polygon', coordinates: polygon }) / M2_PER_KM2;
}

type PolyFeature = Feature<Polygon | MultiPolygon> | null;

function toShape(f: PolyFeature): Shape {
	if (!f) return [];
	return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

const fc = (shapes: Shape[]) => featureCollection(shapes.map((s) => multiPolygon(s)));

/** `a` minus every shape in `clips` (Turf `difference`). */
export function minus(a: Shape, ...clips: Shape[]): Shape {
	if (a.length === 0) return [];
	const cs = clips.filter((c) => c.length > 0);
	if (cs.length === 0) return a;
	return toShape(difference(fc([a, ...cs])));
}

/** `a ∩ b` (Turf `intersect`). */
export function meet(a: Shape, b: Shape): Shape {
	if (a.length === 0 || b.length === 0) return [];
	return toShape(intersect(fc([a, b])));
}

/** The union of the shapes (Turf `union`); also cleans a single shape (rewinds, splits self-intersections). */
export function join(...shapes: Shape[]): Shape {
	const ss = shapes.filter((s) => s.length > 0);
	if (ss.length === 0) return [];
	// Turf's union wants two geometries; the union of a shape with itself is the shape, cleaned.
	const [first] = ss;
	return toShape(union(fc(ss.length === 1 && first ? [first, first] : ss)));
}

export function bboxOf(shape: Shape): BBox {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const poly of shape)
		for (const [x, y] of poly[0] ?? []) {
			if (x === undefined || y === undefined) continue;
			if (x < x0) x0 = x;
			if (x > x1) x1 = x;
			if (y < y0) y0 = y;
			if (y > y1) y1 = y;
		}
	return [x0, y0, x1, y1];
}

export function bboxesTouch(a: BBox, b: BBox): boolean {
	return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/**
 * Rounds every coordinate to `decimals` places and tidies the rings: drops repeated positions,
 * re-closes, and drops rings left with fewer than 4 positions (and polygons whose outer ring went).
 * Rounding is the only change; the caller cleans the result with a boolean operation if it must be
 * free of self-intersections.
 */
export function quantise(shape: Shape, decimals: number): Shape {
	const f = 10 ** decimals;
	const q = (v: number | undefined): number => Math.round((v ?? NaN) * f) / f || 0; // `|| 0`: no -0
	const tidy = (ring: Ring): Ring | undefined => {
		const r: Ring = [];
		for (const p of ring) {
			const x = q(p[0]);
			const y = q(p[1]);
			const last = r[r.length - 1];
			if (!last || last[0] !== x || last[1] !== y) r.push([x, y]);
		}
		const first = r[0];
		const last = r[r.length - 1];
		if (first && last && (first[0] !== last[0] || first[1] !== last[1])) r.push([first[0]!, first[1]!]);
		return r.length >= 4 ? r : undefined;
	};
	const out: Shape = [];
	for (const poly of shape) {
		const outer = poly[0] && tidy(poly[0]);
		if (!outer) continue;
		const holes = poly
			.slice(1)
			.map(tidy)
			.filter((r): r is Ring => r !== undefined);
		out.push([outer, ...holes]);
	}
	return out;
}

/**
 * The sliver rule: a polygon is a sliver — vertex jitter or a redrawn line, not a change of ground —
 * when its area is under `minKm2`, or when it is thinner on average than `minWidthM` (mean width
 * = 2 × area / perimeter, in metres).
 */
export interface SliverRule {
	minKm2: number;
	minWidthM: number;
}

export function isSliver(polygon: Position[][], rule: SliverRule): boolean {
	const a = polygonAreaKm2(polygon);
	if (a < rule.minKm2) return true;
	if (rule.minWidthM <= 0) return false;
	const perimeterM = ringLengthM(polygon[0] ?? []);
	return perimeterM > 0 && (2 * a * M2_PER_KM2) / perimeterM < rule.minWidthM;
}

/** Keeps the polygons of `shape` that are not slivers. */
export function dropSlivers(shape: Shape, rule: SliverRule): Shape {
	return shape.filter((poly) => !isSliver(poly, rule));
}

const EARTH_RADIUS_M = 6371008.8; // Turf's mean Earth radius

/** Length of a ring along great circles (haversine), in metres. */
export function ringLengthM(ring: Ring): number {
	let total = 0;
	for (let i = 1; i < ring.length; i++) {
		const a = ring[i - 1]!;
		const b = ring[i]!;
		const φ1 = (a[1]! * Math.PI) / 180;
		const φ2 = (b[1]! * Math.PI) / 180;
		const dφ = φ2 - φ1;
		const dλ = ((b[0]! - a[0]!) * Math.PI) / 180;
		const h = Math.sin(dφ / 2) ** 2 + Math.cos(φ1) * Math.cos(φ2) * Math.sin(dλ / 2) ** 2;
		total += 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
	}
	return total;
}

export function vertexCount(shape: Shape): number {
	let n = 0;
	for (const poly of shape) for (const ring of poly) n += ring.length;
	return n;
}

/** A canonical text of a shape's coordinates, to tell whether two states of a cell are the same. */
export function shapeKey(shape: Shape): string {
	return JSON.stringify(shape);
}
