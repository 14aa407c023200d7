import { area, booleanPointInPolygon, centerOfMass, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Interior point by scanline (the JTS "InteriorPoint" idea): cut the polygon with the horizontal
 * line through `y`, and return the middle of the widest stretch that lies inside. Used instead of
 * turf's pointOnFeature, whose fallback is a vertex, i.e. a label sitting on the region's edge.
 */
function scanlinePoint(rings: Position[][], y: number): Position | null {
	const xs: number[] = [];
	for (const ring of rings) {
		for (let i = 1; i < ring.length; i++) {
			const [x1 = 0, y1 = 0] = ring[i - 1] ?? [];
			const [x2 = 0, y2 = 0] = ring[i] ?? [];
			if (y1 > y !== y2 > y) xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
		}
	}
	xs.sort((a, b) => a - b);
	let best: Position | null = null;
	let widest = 0;
	for (let i = 0; i + 1 < xs.length; i += 2) {
		const [a = 0, b = 0] = [xs[i], xs[i + 1]];
		if (b - a > widest) {
			widest = b - a;
			best = [(a + b) / 2, y];
		}
	}
	return best;
}

/**
 * Picks where a region's name goes: the area centroid of its largest part when that falls inside the
 * part, otherwise the middle of the widest inside stretch along the centroid's latitude. Why not
 * the plain centroid: for a multi-part or crescent-shaped region (Kherson with its spits, Odesa's
 * Danube tail) it can land in the sea or in a neighbour, which would misattribute the label.
 */
export function labelPoint(region: Feature<Polygon | MultiPolygon>): Position {
	const parts =
		region.geometry.type === 'Polygon' ? [region.geometry.coordinates] : region.geometry.coordinates;
	let best: Feature<Polygon> | null = null;
	let bestArea = -1;
	for (const rings of parts) {
		const part = polygon(rings);
		const a = area(part);
		if (a > bestArea) {
			best = part;
			bestArea = a;
		}
	}
	if (!best) throw new Error('Region has no polygon to label');
	const c = centerOfMass(best).geometry.coordinates;
	if (booleanPointInPolygon(c, best, { ignoreBoundary: true })) return c;
	const fallback = scanlinePoint(best.geometry.coordinates, c[1] ?? 0);
	if (!fallback) throw new Error('Region has no interior on its centroid latitude');
	return fallback;
}
