/**
 * The expensive check of a territory series, for `npm run check:data` (and the tests): no two pieces
 * of held ground overlap on any day they are both held. Pieces in different cells of the converter's
 * grid only touch; an overlap is an intersection of more than OVERLAP_KM2. A sweep over the pieces'
 * bounding boxes keeps the pairs to neighbours, and each pair is cut to where its boxes overlap before
 * the exact intersection (the same ground, a fraction of the vertices: 2 s instead of 9 on the real
 * series). Not imported by the app: it pulls in Turf's polygon clipping.
 */
import { area, bbox, bboxClip, intersect } from '@turf/turf';
import type { BBox, Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { parseIsoDay } from '../time/days';
import type { TimelineFeature } from './types';
import type { DataError } from './validate';

/** What rounding coordinates to 5 decimals can leave between neighbours is far below this (1,000 m²). */
export const OVERLAP_KM2 = 0.001;

interface Boxed {
	f: Feature<Polygon | MultiPolygon>;
	id: string;
	s: number;
	e: number;
	box: number[];
}

/**
 * The part of `f` inside `box`, or null if none: Turf's `bboxClip` (clipping by a rectangle keeps the
 * area), without the rings it leaves with no area (fewer than four positions), which the exact
 * intersection would refuse. A polygon whose outer ring is such goes with its holes.
 */
function clipTo(f: Feature<Polygon | MultiPolygon>, box: BBox): Feature<MultiPolygon> | null {
	const g = bboxClip(f, box).geometry;
	const polygons: Position[][][] =
		g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
	const kept = polygons
		.filter((rings) => (rings[0]?.length ?? 0) >= 4)
		.map((rings) => rings.filter((ring) => ring.length >= 4));
	if (kept.length === 0) return null;
	return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: kept } };
}

/** What `a` and `b` share, found inside `box` (their boxes' overlap); on the whole pieces if the cut ones are refused. */
function commonGround(
	a: Feature<Polygon | MultiPolygon>,
	b: Feature<Polygon | MultiPolygon>,
	box: BBox
): Feature<Polygon | MultiPolygon> | null {
	const ca = clipTo(a, box);
	const cb = ca && clipTo(b, box);
	if (!ca || !cb) return null;
	try {
		return intersect({ type: 'FeatureCollection', features: [ca, cb] });
	} catch {
		return intersect({ type: 'FeatureCollection', features: [a, b] });
	}
}

/** Pairs of held pieces that share a day and more than OVERLAP_KM2 of ground: a sweep over their boxes. */
export function overlaps(file: string, pieces: readonly TimelineFeature[]): DataError[] {
	const held: Boxed[] = pieces
		.filter((f) => f.properties.kind !== 'loss')
		.map((f) => {
			const g = f as unknown as Feature<Polygon | MultiPolygon>;
			const t = f.properties.time;
			return { f: g, id: f.id, s: parseIsoDay(t.start)!, e: parseIsoDay(t.end ?? t.start)!, box: bbox(g) };
		})
		.sort((a, b) => a.box[0]! - b.box[0]! || a.id.localeCompare(b.id));
	const errors: DataError[] = [];
	for (let i = 0; i < held.length; i++) {
		const a = held[i]!;
		for (let j = i + 1; j < held.length; j++) {
			const b = held[j]!;
			if (b.box[0]! >= a.box[2]!) break;
			if (b.box[1]! >= a.box[3]! || b.box[3]! <= a.box[1]! || b.s > a.e || a.s > b.e) continue;
			const box: BBox = [
				Math.max(a.box[0]!, b.box[0]!),
				Math.max(a.box[1]!, b.box[1]!),
				Math.min(a.box[2]!, b.box[2]!),
				Math.min(a.box[3]!, b.box[3]!)
			];
			const common = commonGround(a.f, b.f, box);
			const km2 = common ? area(common) / 1e6 : 0;
			if (km2 > OVERLAP_KM2)
				errors.push({
					file,
					featureId: a.id,
					field: 'geometry',
					message: `overlaps '${b.id}' by ${km2.toFixed(3)} km² on days both are held`
				});
		}
	}
	return errors;
}
