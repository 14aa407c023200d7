import { booleanPointInPolygon } from '@turf/turf';
import { feature } from 'topojson-client';
import type { GeometryObject, MultiPolygon, Polygon, Properties, Topology } from 'topojson-specification';
import type { Position } from 'geojson';

/** ISO 3166-1 numeric ids, as used by world-atlas for its `countries` geometries. */
export const RUSSIA_ISO_N3 = '643';
export const UKRAINE_ISO_N3 = '804';

type Areal = Polygon<Properties> | MultiPolygon<Properties>;

function polygonsOf(geometry: Areal): number[][][] {
	return geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
}

function isAreal(geometry: GeometryObject<Properties>): geometry is Areal {
	return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}

/**
 * Moves every polygon of country `fromId` that contains one of `probes` to country `toId`,
 * working on the topology's arc indexes rather than on coordinates.
 *
 * Why at topology level: once the part belongs to the other country, the arcs it shares with
 * that country (e.g. across the Perekop isthmus) are shared by one geometry only, so
 * `mesh(a !== b)` stops drawing them as a border and `merge` dissolves them, exactly, with no
 * polygon-boolean slivers. Returns a new topology; `arcs` are shared, objects are copied.
 *
 * @throws if no polygon of `fromId` contains a probe, so a change in the source data that
 *   already fixed (or moved) the geometry is noticed instead of silently ignored.
 */
export function transferPolygonParts(
	topology: Topology,
	objectName: string,
	fromId: string,
	toId: string,
	probes: readonly Position[]
): Topology {
	const collection = topology.objects[objectName];
	if (!collection || collection.type !== 'GeometryCollection') {
		throw new Error(`Topology has no GeometryCollection "${objectName}"`);
	}
	const from = collection.geometries.find((g) => String(g.id) === fromId);
	const to = collection.geometries.find((g) => String(g.id) === toId);
	if (!from || !to || !isAreal(from) || !isAreal(to)) {
		throw new Error(`Countries ${fromId} and ${toId} must both be polygons in "${objectName}"`);
	}

	const moved: number[][][] = [];
	const kept: number[][][] = [];
	for (const rings of polygonsOf(from)) {
		const shape = feature(topology, { type: 'Polygon', arcs: rings });
		const hit = probes.some((p) => booleanPointInPolygon(p, shape));
		(hit ? moved : kept).push(rings);
	}
	if (moved.length === 0) throw new Error(`No polygon of ${fromId} contains the probe points`);

	const rebuilt = (geometry: Areal, polygons: number[][][]): MultiPolygon<Properties> => ({
		...geometry,
		type: 'MultiPolygon',
		arcs: polygons
	});
	const geometries = collection.geometries.map((g) => {
		if (g === from) return rebuilt(from, kept);
		if (g === to) return rebuilt(to, [...polygonsOf(to), ...moved]);
		return g;
	});
	return { ...topology, objects: { ...topology.objects, [objectName]: { ...collection, geometries } } };
}

/**
 * Draws Crimea (including Sevastopol) as part of Ukraine, as internationally recognised.
 * Natural Earth's default admin-0 (and so world-atlas) puts the peninsula inside Russia's
 * MultiPolygon; `probes` are positions known to be on the peninsula (Simferopol and Sevastopol
 * from GeoNames) that identify the polygon to move.
 */
export function recogniseCrimeaAsUkraine(topology: Topology, probes: readonly Position[]): Topology {
	return transferPolygonParts(topology, 'countries', RUSSIA_ISO_N3, UKRAINE_ISO_N3, probes);
}
