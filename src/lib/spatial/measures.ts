/**
 * Measures a reader can use to weigh a place (how big an area is, how far a strike hit from Kyiv,
 * how wide a drawn pincer is), and the approximate-area ring drawn around a point whose position is
 * only known to the city, town or village. Pure Turf computations on the feature's own geometry:
 * every number says what it was computed from, so a drawn shape is never passed off as a survey.
 */
import { area, circle, coordAll, distance } from '@turf/turf';
import type { Feature, Geometry, Polygon, Position } from 'geojson';
import type { PositionPrecision, TimelineFeature } from '$lib/data/types';
import { PRECISION_RADIUS_KM } from '$lib/map/layers/symbology';

/**
 * Radius of the "approximate area" ring for a point known only to a populated place: the one the map
 * draws around city points (defined with the map's other symbol sizes), for the details panel's words.
 */
export { PRECISION_RADIUS_KM };

export type RingPrecision = keyof typeof PRECISION_RADIUS_KM;

export function hasRing(precision: PositionPrecision): precision is RingPrecision {
	return precision in PRECISION_RADIUS_KM;
}

/** The approximate-area ring around a point, or null where the precision has none. */
export function precisionRing(center: Position, precision: PositionPrecision): Feature<Polygon> | null {
	if (!hasRing(precision)) return null;
	return circle(center, PRECISION_RADIUS_KM[precision], { steps: 64, units: 'kilometers' });
}

/** Area of a polygon geometry in km²; null for anything without an area. */
export function areaKm2(geometry: Geometry): number | null {
	if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return null;
	return area(geometry) / 1e6;
}

/** Great-circle distance in km. */
export function distanceKm(a: Position, b: Position): number {
	return distance(a, b, { units: 'kilometers' });
}

/**
 * The extent of a drawn line: the greatest distance between two of its points. For an arc of up to
 * a half circle that is its diameter, which is how a pincer's width is described ("20–30 km wide").
 */
export function spanKm(geometry: Geometry): number | null {
	if (geometry.type !== 'LineString' && geometry.type !== 'MultiLineString') return null;
	const pts = coordAll(geometry);
	let max = 0;
	for (let i = 0; i < pts.length; i++) {
		for (let j = i + 1; j < pts.length; j++) {
			const d = distanceKm(pts[i] as Position, pts[j] as Position);
			if (d > max) max = d;
		}
	}
	return pts.length > 1 ? max : null;
}

export interface Measure {
	/** What is measured ("Distance from Kyiv"). */
	label: string;
	/** The rounded value with its unit ("297 km"). */
	value: string;
	/** What it was computed from, in words; always shown beside the value. */
	basis: string;
	/** The unrounded number, for tests and sorting. */
	raw: number;
}

const km = (n: number): string =>
	`${n.toLocaleString('en-GB', n < 10 ? { maximumFractionDigits: 1 } : { maximumFractionDigits: 0 })} km`;
const km2 = (n: number): string => `${n.toLocaleString('en-GB', { maximumSignificantDigits: 3 })} km²`;

/**
 * The measures worth showing for a feature. Distances from Kyiv only for strikes with a place-level
 * position (from a point that only stands for a region the number would mean nothing); areas and
 * widths are computed from the drawn shape and say so.
 * `kyiv` is Kyiv's position as read from the basemap's places (GeoNames), or null if unavailable.
 */
export function featureMeasures(feature: TimelineFeature, kyiv: Position | null): Measure[] {
	const out: Measure[] = [];
	const { geometry } = feature;
	const p = feature.properties;
	const drawn = p.schematic
		? 'computed from the drawn shape, which is schematic'
		: 'computed from the drawn shape';

	const a = areaKm2(geometry);
	if (a !== null) out.push({ label: 'Area', value: km2(a), basis: drawn, raw: a });

	const span = spanKm(geometry);
	if (span !== null) {
		out.push({
			label: p.kind === 'movement' ? 'Width of the drawn pincer' : 'Extent of the drawn line',
			value: km(span),
			basis: `${drawn}: the greatest distance between two of its points`,
			raw: span
		});
	}

	const precision = p.position.precision;
	if (
		kyiv &&
		p.kind === 'strike' &&
		geometry.type === 'Point' &&
		(precision === 'site' || hasRing(precision))
	) {
		const d = distanceKm(kyiv, geometry.coordinates);
		const caveat = hasRing(precision)
			? `; the point stands for the ${precision}, give or take ${PRECISION_RADIUS_KM[precision]} km`
			: '';
		out.push({
			label: 'Distance from Kyiv',
			value: km(d),
			basis: `straight-line distance from Kyiv to the marked point${caveat}`,
			raw: d
		});
	}
	return out;
}
