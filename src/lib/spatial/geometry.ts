/**
 * The few geometry functions the browser needs, written out so the page does not carry Turf for them
 * (Turf stays for the basemap build scripts and as the reference: geometry.spec.ts checks that each
 * of these returns exactly what its Turf 7 namesake returns). Same formulas, same Earth radius, same
 * order of floating-point operations; lengths in kilometres, areas in m², positions [lon, lat(, alt)].
 */
import type { BBox, Feature, Geometry, Polygon, Position } from 'geojson';

/** Turf's mean Earth radius, in metres. */
const EARTH_RADIUS = 6371008.8;
const KM = EARTH_RADIUS / 1e3;
const PI_OVER_180 = Math.PI / 180;

const toRadians = (degrees: number): number => ((degrees % 360) * Math.PI) / 180;
const toDegrees = (radians: number): number => ((radians % (2 * Math.PI)) * 180) / Math.PI;

/** Great-circle (haversine) distance in km, as Turf's `distance`. */
export function distance(from: Position, to: Position): number {
	const [lon1 = 0, lat1 = 0] = from;
	const [lon2 = 0, lat2 = 0] = to;
	const dLat = toRadians(lat2 - lat1);
	const dLon = toRadians(lon2 - lon1);
	const a =
		Math.pow(Math.sin(dLat / 2), 2) +
		Math.pow(Math.sin(dLon / 2), 2) * Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2));
	return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * KM;
}

/** The point `km` away from `origin` along `bearing` (degrees from north), as Turf's `destination`. */
function destination(origin: Position, km: number, bearing: number): Position {
	const [lon = 0, lat = 0, alt] = origin;
	const lon1 = toRadians(lon);
	const lat1 = toRadians(lat);
	const b = toRadians(bearing);
	const r = km / KM;
	const lat2 = Math.asin(Math.sin(lat1) * Math.cos(r) + Math.cos(lat1) * Math.sin(r) * Math.cos(b));
	const lon2 =
		lon1 +
		Math.atan2(Math.sin(b) * Math.sin(r) * Math.cos(lat1), Math.cos(r) - Math.sin(lat1) * Math.sin(lat2));
	return alt !== undefined ? [toDegrees(lon2), toDegrees(lat2), alt] : [toDegrees(lon2), toDegrees(lat2)];
}

/** A closed ring of `steps` points `km` around `center`, as Turf's `circle`. */
export function circle(center: Position, km: number, steps = 64): Feature<Polygon> {
	const ring: Position[] = [];
	for (let i = 0; i < steps; i++) ring.push(destination(center, km, (i * -360) / steps));
	ring.push(ring[0] as Position);
	return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

/** Turf's spherical ring area (signed, m²). */
function ringArea(ring: Position[]): number {
	const n = ring.length - 1;
	if (n <= 2) return 0;
	let total = 0;
	for (let i = 0; i < n; i++) {
		const lower = ring[i] as Position;
		const middle = ring[i + 1 === n ? 0 : i + 1] as Position;
		const upper = ring[i + 2 >= n ? (i + 2) % n : i + 2] as Position;
		total +=
			((upper[0] as number) * PI_OVER_180 - (lower[0] as number) * PI_OVER_180) *
			Math.sin((middle[1] as number) * PI_OVER_180);
	}
	return total * ((EARTH_RADIUS * EARTH_RADIUS) / 2);
}
function polygonArea(rings: Position[][]): number {
	let total = 0;
	rings.forEach((ring, i) => (total += i === 0 ? Math.abs(ringArea(ring)) : -Math.abs(ringArea(ring))));
	return total;
}

/** Area in m² of a polygon or multipolygon (0 for anything else), as Turf's `area`. */
export function area(geometry: Geometry): number {
	if (geometry.type === 'Polygon') return polygonArea(geometry.coordinates);
	if (geometry.type === 'MultiPolygon') return geometry.coordinates.reduce((t, p) => t + polygonArea(p), 0);
	return 0;
}

type Coordinates = Position | Coordinates[];

/** Every position of a geometry, in order (a ring's closing position included), as Turf's `coordAll`. */
export function coordAll(geometry: Geometry): Position[] {
	const out: Position[] = [];
	const walk = (c: Coordinates): void => {
		if (typeof c[0] === 'number') out.push(c as Position);
		else for (const inner of c as Coordinates[]) walk(inner);
	};
	if (geometry.type === 'GeometryCollection') geometry.geometries.forEach((g) => out.push(...coordAll(g)));
	else walk(geometry.coordinates);
	return out;
}

/** [west, south, east, north] of some geometries, as Turf's `bbox` of their FeatureCollection. */
export function bbox(geometries: Geometry[]): BBox {
	const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const g of geometries) {
		for (const [x = 0, y = 0] of coordAll(g)) {
			if (b[0] > x) b[0] = x;
			if (b[1] > y) b[1] = y;
			if (b[2] < x) b[2] = x;
			if (b[3] < y) b[3] = y;
		}
	}
	return b;
}

/** Where segments a1–a2 and b1–b2 cross, or null; Turf's `kinks` line intersection. */
function crossing(a1: Position, a2: Position, b1: Position, b2: Position): Position | null {
	const [x1 = 0, y1 = 0] = a1;
	const [x2 = 0, y2 = 0] = a2;
	const [x3 = 0, y3 = 0] = b1;
	const [x4 = 0, y4 = 0] = b2;
	const denominator = (y4 - y3) * (x2 - x1) - (x4 - x3) * (y2 - y1);
	if (denominator === 0) return null;
	const dy = y1 - y3;
	const dx = x1 - x3;
	const a = ((x4 - x3) * dy - (y4 - y3) * dx) / denominator;
	const b = ((x2 - x1) * dy - (y2 - y1) * dx) / denominator;
	return a >= 0 && a <= 1 && b >= 0 && b <= 1 ? [x1 + a * (x2 - x1), y1 + a * (y2 - y1)] : null;
}

/**
 * The first place where the rings of a polygon or multipolygon cross themselves or each other, or
 * null: the first point Turf's `kinks` would report, found in the same order.
 */
export function firstKink(rings: Position[][]): Position | null {
	for (const line1 of rings) {
		for (const line2 of rings) {
			for (let i = 0; i < line1.length - 1; i++) {
				for (let k = i; k < line2.length - 1; k++) {
					if (line1 === line2) {
						if (Math.abs(i - k) === 1) continue;
						const first = line1[0] as Position;
						const last = line1[line1.length - 1] as Position;
						// The first and last segments of a closed ring meet at its start: no kink.
						if (i === 0 && k === line1.length - 2 && first[0] === last[0] && first[1] === last[1]) continue;
					}
					const p = crossing(
						line1[i] as Position,
						line1[i + 1] as Position,
						line2[k] as Position,
						line2[k + 1] as Position
					);
					if (p) return p;
				}
			}
		}
	}
	return null;
}
