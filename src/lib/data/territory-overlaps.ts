/**
 * The expensive check of a territory series, for `npm run check:data` (and the tests): no two pieces
 * of held ground overlap on any day they are both held. Pieces in different cells of the converter's
 * grid only touch; an overlap is an intersection of more than OVERLAP_KM2. A sweep over the pieces'
 * bounding boxes keeps the pairs to neighbours. Not imported by the app: it pulls in Turf's polygon
 * clipping.
 */
import { area, bbox, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
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
			const common = intersect({ type: 'FeatureCollection', features: [a.f, b.f] });
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
