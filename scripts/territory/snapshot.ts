/**
 * One snapshot of a series: a dated GeoJSON FeatureCollection of Polygons and MultiPolygons (the
 * area a map shows as held on that date). Pure: takes the file's name and text.
 */
import type { Position } from 'geojson';
import { dateInName } from './dates';
import { join, type Shape } from './geom';

export interface Snapshot {
	/** The date in the file name (for DeepStateMap, the day the map was downloaded). */
	date: string;
	/** The file's base name, as cited in the output. */
	file: string;
	/** Every polygon of every feature, as in the file (no rounding, no simplification). */
	shape: Shape;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function isPosition(p: unknown): p is Position {
	return (
		Array.isArray(p) &&
		p.length >= 2 &&
		typeof p[0] === 'number' &&
		typeof p[1] === 'number' &&
		Number.isFinite(p[0]) &&
		Number.isFinite(p[1]) &&
		Math.abs(p[0]) <= 180 &&
		Math.abs(p[1]) <= 90
	);
}

function polygonOf(v: unknown, where: string): Position[][] {
	if (!Array.isArray(v) || v.length === 0)
		throw new Error(`${where}: a polygon must be a non-empty array of rings`);
	return v.map((ring: unknown, i) => {
		if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition))
			throw new Error(`${where}[${i}]: a ring must hold at least 4 [longitude, latitude] positions`);
		return ring.map((p: Position) => [p[0]!, p[1]!]);
	});
}

/**
 * Parses a snapshot file. Throws, naming the file, when it is not a FeatureCollection of
 * (Multi)Polygons or its name holds no date. Several features (or several files' worth of
 * polygons) are merged with Turf `union`, so overlapping polygons are not counted twice.
 */
export function parseSnapshot(file: string, text: string): Snapshot {
	const date = dateInName(file);
	if (!date) throw new Error(`${file}: no date (YYYYMMDD or YYYY-MM-DD) in the file name`);
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (e) {
		throw new Error(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)})`, { cause: e });
	}
	if (!isObj(json) || json['type'] !== 'FeatureCollection' || !Array.isArray(json['features']))
		throw new Error(`${file}: not a GeoJSON FeatureCollection`);
	const parts: Shape[] = [];
	json['features'].forEach((f: unknown, i) => {
		const g = isObj(f) ? f['geometry'] : undefined;
		const where = `${file}: features[${i}].geometry`;
		if (!isObj(g)) throw new Error(`${where}: missing`);
		if (g['type'] === 'Polygon') parts.push([polygonOf(g['coordinates'], `${where}.coordinates`)]);
		else if (g['type'] === 'MultiPolygon' && Array.isArray(g['coordinates']))
			parts.push(g['coordinates'].map((p: unknown, j) => polygonOf(p, `${where}.coordinates[${j}]`)));
		else throw new Error(`${where}: ${JSON.stringify(g['type'])} is not a Polygon or MultiPolygon`);
	});
	if (parts.length === 0) throw new Error(`${file}: the FeatureCollection has no features`);
	const shape = parts.length === 1 ? parts[0]! : join(...parts);
	return { date, file, shape };
}
