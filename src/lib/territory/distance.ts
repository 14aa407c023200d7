/**
 * How far a place is from the ground a territory layer shows as held on a day: the shortest distance
 * from the place's point to any held piece (pieces never overlap, so this is the distance to their
 * union), or 0 and `inside` when it lies in one. Turf's `pointToPolygonDistance`; a bounding-box bound
 * skips the pieces that cannot be nearer than the best found so far.
 */
// Turf's own packages rather than the '@turf/turf' barrel, so this module and what only it needs
// load with the details panel's lazy part (see vite.config.ts), not with the page.
import { bbox } from '@turf/bbox';
import { distance } from '@turf/distance';
import { pointToPolygonDistance } from '@turf/point-to-polygon-distance';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export interface HeldDistance {
	inside: boolean;
	/** Kilometres to the nearest held ground (0 inside). */
	km: number;
}

type Piece = Feature<Polygon | MultiPolygon>;

/** The nearest point of a box to `p`, for a lower bound of the distance to what the box holds. */
function nearestInBox(p: Position, [w, s, e, n]: number[]): Position {
	return [Math.min(Math.max(p[0]!, w!), e!), Math.min(Math.max(p[1]!, s!), n!)];
}

export function distanceToHeld(point: Position, pieces: readonly Piece[]): HeldDistance | null {
	if (pieces.length === 0) return null;
	const boxed = pieces
		.map((piece) => {
			const box = piece.bbox ?? bbox(piece);
			return { piece, bound: distance(point, nearestInBox(point, box), { units: 'kilometers' }) };
		})
		.sort((a, b) => a.bound - b.bound);
	let best = Infinity;
	for (const { piece, bound } of boxed) {
		if (bound > best) break;
		const d = pointToPolygonDistance(point, piece, { units: 'kilometers' });
		if (d <= 0) return { inside: true, km: 0 };
		best = Math.min(best, d);
	}
	return { inside: false, km: best };
}
