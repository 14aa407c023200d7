/**
 * The fixed grid the series is cut into. Every state is split into square cells of `size` degrees
 * (cell `ix,iy` spans [ix·size, (ix+1)·size] × [iy·size, (iy+1)·size]), so that a change on the
 * front only ends and re-issues the pieces of the cells it touches — never the whole first state —
 * and so that the boolean operations work on a few hundred vertices at a time. Cutting is Turf's
 * `bboxClip` (Sutherland–Hodgman per ring): exact on the cell's edges, and the zero-width seams it
 * can leave along an edge are removed by the first boolean operation that reads the cell.
 */
import { bboxClip } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { bboxOf, type BBox, type Shape } from './geom';

export interface Cell {
	/** `ix,iy`, e.g. `75,95` for 37.5–38° E, 47.5–48° N at 0.5°. */
	id: string;
	ix: number;
	iy: number;
}

export function cellBox(ix: number, iy: number, size: number): BBox {
	return [ix * size, iy * size, (ix + 1) * size, (iy + 1) * size];
}

/** Cells in a stable order: south to north, then west to east. */
export function compareCells(a: Cell, b: Cell): number {
	return a.iy - b.iy || a.ix - b.ix;
}

export function parseCell(id: string): Cell {
	const [ix, iy] = id.split(',').map(Number) as [number, number];
	return { id, ix, iy };
}

/** The shape cut into grid cells: cell id → the part of the shape inside it (raw coordinates). */
export function cutIntoCells(shape: Shape, size: number): Map<string, Shape> {
	const out = new Map<string, Shape>();
	for (const poly of shape) {
		const [x0, y0, x1, y1] = bboxOf([poly]);
		for (let iy = Math.floor(y0 / size); iy * size < y1; iy++) {
			for (let ix = Math.floor(x0 / size); ix * size < x1; ix++) {
				const box = cellBox(ix, iy, size);
				const inside = x0 >= box[0] && x1 <= box[2] && y0 >= box[1] && y1 <= box[3];
				const part: Shape = inside ? [poly] : clip(poly, box);
				if (part.length === 0) continue;
				const id = `${ix},${iy}`;
				const list = out.get(id);
				if (list) list.push(...part);
				else out.set(id, [...part]);
			}
		}
	}
	return out;
}

/** The part of a shape inside a box (polygons inside it are kept as they are, those outside dropped). */
export function clipToBox(shape: Shape, box: BBox): Shape {
	const out: Shape = [];
	for (const poly of shape) {
		const [x0, y0, x1, y1] = bboxOf([poly]);
		if (x1 < box[0] || x0 > box[2] || y1 < box[1] || y0 > box[3]) continue;
		if (x0 >= box[0] && x1 <= box[2] && y0 >= box[1] && y1 <= box[3]) out.push(poly);
		else out.push(...clip(poly, box));
	}
	return out;
}

/**
 * The box around every edge that one shape has and the other has not (edges as ordered pairs of
 * positions), grown by `margin`; undefined when the shapes have the same edges. The symmetric
 * difference of the two shapes is bounded by such edges only, so it lies inside this box: the
 * boolean operations can be run on the two shapes clipped to it, with the same result.
 */
export function changedBox(a: Shape, b: Shape, margin: number): BBox | undefined {
	const ea = edges(a);
	const eb = edges(b);
	const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
	const grow = (e: string): void => {
		const [x1, y1, x2, y2] = e.split(',').map(Number) as [number, number, number, number];
		box[0] = Math.min(box[0], x1, x2);
		box[1] = Math.min(box[1], y1, y2);
		box[2] = Math.max(box[2], x1, x2);
		box[3] = Math.max(box[3], y1, y2);
	};
	for (const e of ea) if (!eb.has(e)) grow(e);
	for (const e of eb) if (!ea.has(e)) grow(e);
	if (box[0] === Infinity) return undefined;
	return [box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin];
}

function edges(shape: Shape): Set<string> {
	const out = new Set<string>();
	for (const poly of shape)
		for (const ring of poly)
			for (let i = 1; i < ring.length; i++) {
				const p = ring[i - 1]!;
				const q = ring[i]!;
				out.add(`${p[0]},${p[1]},${q[0]},${q[1]}`);
			}
	return out;
}

function clip(poly: Shape[number], box: BBox): Shape {
	const g = bboxClip({ type: 'Polygon', coordinates: poly } as Polygon, box).geometry as
		Polygon | MultiPolygon;
	const rings: Position[][] = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
	// The outer ring comes first; if it clipped away, the holes (inside it) did too.
	return rings.length > 0 && (rings[0]?.length ?? 0) >= 4 ? [rings.filter((r) => r.length >= 4)] : [];
}
