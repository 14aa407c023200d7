/**
 * The heart of the converter: a series of states (one per snapshot, already cut into grid cells)
 * becomes a set of pieces, each a shape with the run of snapshots during which it is held, such
 * that the union of the pieces held at snapshot i is snapshot i's state up to slivers, and no two
 * pieces held at the same snapshot overlap.
 *
 * Cell by cell, a modelled state T (the pieces alive in the cell) follows the snapshot's state R:
 *
 * - first snapshot: the cell's state is one piece (`territory`);
 * - later snapshot whose cell is unchanged (same coordinates once rounded): nothing happens;
 * - otherwise, in the window around the edges that changed ({@link changedBox}): gained = R \ T and
 *   lost = T \ R (Turf `difference`), slivers dropped (see {@link SliverRule}). Every alive piece
 *   that a kept loss cuts into ends at the snapshot before, and what is left of it is re-issued
 *   (the rests of the cell joined with Turf `union` into one `territory` piece, split into the part
 *   near the loss and the rest, see {@link nearAndFar}); the kept gains of the cell become one
 *   `gain` piece, and the kept losses one `loss` piece (a mark, not held).
 *
 * Because gains and rests are computed against T itself — not against the previous snapshot — the
 * jitter that is dropped never piles up: T never drifts further from R than one snapshot's slivers.
 * Pieces are disjoint by construction (a gain lies outside T, a rest inside the piece it came from);
 * what is left is rounding new vertices to `decimals` places, which {@link snapOffGrid} keeps on the
 * piece's own side of its neighbours' edges (on the real series: 7 of the 14,848 pairs of pieces held on
 * a same day whose boxes meet share any ground, at most 0.0003 km²). Pure and deterministic: same cells in, same
 * pieces out, in the same order.
 */
import { booleanPointInPolygon, kinks, simplify } from '@turf/turf';
import type { MultiPolygon, Position } from 'geojson';
import {
	areaKm2,
	bboxesTouch,
	bboxOf,
	dropSlivers,
	polygonAreaKm2,
	ringLengthM,
	join,
	minus,
	quantise,
	vertexCount,
	shapeKey,
	type BBox,
	type Shape,
	type SliverRule
} from './geom';
import { changedBox, clipToBox, compareCells, parseCell } from './grid';

export interface SeriesOptions {
	/** Decimal places kept in coordinates (5 ≈ 1 m). */
	decimals: number;
	/** Douglas–Peucker tolerance in degrees applied to each cell's state before comparing; 0 = none. */
	tolerance: number;
	sliver: SliverRule;
	/** Grid cell size in degrees (the cells are cut by the caller, with `cutIntoCells`). */
	grid: number;
}

/**
 * What a piece is, as the app's contract names it (src/lib/data/types.ts): ground held since the
 * first snapshot or re-issued after a loss cut into it (`territory`), ground newly held on its first
 * day (`gain`), or ground the map stopped showing as held (`loss`, not part of any day's state).
 */
export type PieceKind = 'territory' | 'gain' | 'loss';

export interface Piece {
	kind: PieceKind;
	/** Grid cell id (`ix,iy`). */
	cell: string;
	shape: Shape;
	/** Index of the first snapshot that holds it (a loss: the first that no longer holds it). */
	first: number;
	/** Index of the last snapshot that holds it (a loss: the same as `first`). */
	last: number;
}

const KIND_ORDER: Record<PieceKind, number> = { territory: 0, gain: 1, loss: 2 };

/** A piece's shape loses less than this (km²) to a loss: the loss only touched it; it is not re-issued. */
const TOUCH_KM2 = 1e-7;
/** Degrees added around the changed edges of a cell before clipping to them. */
const WINDOW_MARGIN = 1e-4;
/** Polygons smaller than this (km², 10 m²) left by the first state or by rounding are dust. */
const DUST_KM2 = 1e-5;
/** Polygons and holes thinner than this on average (m; 2 × area / perimeter) are what rounding collapsed. */
const THIN_M = 2;

/**
 * The cell's state as compared from one snapshot to the next: raw part of the cell, rounded to
 * `decimals` places and, with a tolerance, simplified (and rounded again).
 */
export function prepareCell(raw: Shape, opts: SeriesOptions): Shape {
	let s = quantise(raw, opts.decimals);
	if (opts.tolerance > 0 && s.length > 0) {
		const g = simplify({ type: 'MultiPolygon', coordinates: s } as MultiPolygon, {
			tolerance: opts.tolerance,
			highQuality: true
		});
		s = quantise(g.coordinates, opts.decimals);
	}
	return s;
}

/**
 * Rounds the result of a boolean operation and makes it pass the validator's Turf `kinks`, which
 * flags not only crossing edges but any two non-adjacent edges that meet — so also two polygons of
 * a piece, or a hole and its shell, that touch at one vertex (valid GeoJSON, and what Turf's union
 * returns where two gains meet at a corner), and the thin spikes and slits that rounding makes of
 * sub-metre slivers. In order, until `kinks` finds nothing:
 *
 * 1. always: a ring that passes twice through a vertex is split there into its loops (a loop
 *    smaller than `DUST_KM2` is dropped), the tip of a spike sharper than `SPIKE_DEG` is cut off,
 *    and polygons and holes thinner than `THIN_M` on average are dropped (see {@link tidy});
 * 2. the shape is cleaned by a union with itself (Turf `union`: merges polygons that rounding made
 *    share an edge, splits crossings) and rounded again;
 * 3. the polygons are taken apart; in each, every point still flagged is cut out with a tiny square
 *    (Turf `difference`; half-side one rounding step — about a metre — doubled while needed); the
 *    polygons are then grouped again into as few shapes as `kinks` allows.
 *
 * So a piece may come out as several shapes (features) with the same span. Steps 1 and 3 shrink a
 * piece, so they cannot make it overlap another — except that a hole under `THIN_M` wide is filled,
 * which no other piece can hold more than a sliver of; step 2 only moves vertices by rounding.
 */
export function finish(
	shape: Shape,
	decimals: number,
	stats?: FinishStats,
	avoid: readonly Shape[] = []
): Shape[] {
	const boxes = avoid.map((a) => ({ shape: a, box: bboxOf(a) }));
	const round = (x: Shape): Shape =>
		tidy(splitPinches(quantise(snapOffGrid(x, decimals, boxes), decimals)).map(dropSpikes));
	let s = round(shape);
	if (s.length === 0) return [];
	if (!hasKinks(s)) return [s];
	if (stats) stats.cleaned++;
	for (let i = 0; i < 3; i++) {
		s = round(join(s));
		if (!hasKinks(s)) return s.length > 0 ? [s] : [];
	}
	if (stats) stats.apart++;
	const polys = apart(s, round, decimals, 0);
	// Group again, in order: a polygon joins the first group it does not touch.
	const groups: Shape[] = [];
	for (const p of polys) {
		const g = groups.find((group) => !hasKinks([...group, ...p]));
		if (g) g.push(...p);
		else groups.push([...p]);
	}
	return groups;
}

export interface FinishStats {
	/** Shapes that rounding left with a kink, cleaned by a union with themselves. */
	cleaned: number;
	/** Of those, shapes that had to be taken apart (step 3). */
	apart: number;
}

/**
 * Snap rounding of the vertices a boolean operation made (where two edges cross, so not on the
 * grid of `decimals` places): each goes to the nearest of the grid points around it that is not
 * inside one of `avoid` (the other pieces held in the cell on the same days). Plain rounding could
 * push such a corner up to 0.7 m into the neighbour whose edge it lies on, and along an edge a few
 * km long that makes an overlap of hundreds of m²; this way the new piece stays on its own side.
 * Vertices already on the grid are left where they are.
 */
function snapOffGrid(
	shape: Shape,
	decimals: number,
	avoid: ReadonlyArray<{ shape: Shape; box: BBox }>
): Shape {
	if (avoid.length === 0) return shape;
	const f = 10 ** decimals;
	const onGrid = (v: number): boolean => Math.abs(v * f - Math.round(v * f)) < 1e-6;
	const around = (v: number): number[] => {
		if (onGrid(v)) return [Math.round(v * f)];
		const lo = Math.floor(v * f);
		return v * f - lo < 0.5 ? [lo, lo + 1] : [lo + 1, lo];
	};
	const inside = (p: Position): boolean =>
		avoid.some(
			(a) =>
				p[0]! >= a.box[0] &&
				p[0]! <= a.box[2] &&
				p[1]! >= a.box[1] &&
				p[1]! <= a.box[3] &&
				booleanPointInPolygon(p, { type: 'MultiPolygon', coordinates: a.shape }, { ignoreBoundary: true })
		);
	return shape.map((poly) =>
		poly.map((ring) =>
			ring.map((p) => {
				const [x, y] = [p[0]!, p[1]!];
				if (onGrid(x) && onGrid(y)) return p;
				const options = around(x)
					.flatMap((gx) => around(y).map((gy) => [gx / f, gy / f] as Position))
					.sort((a, b) => Math.hypot(a[0]! - x, a[1]! - y) - Math.hypot(b[0]! - x, b[1]! - y));
				return options.find((o) => !inside(o)) ?? options[0]!;
			})
		)
	);
}

/** Each polygon of `s` on its own, with the points `kinks` flags cut out; one-polygon shapes. */
function apart(s: Shape, round: (x: Shape) => Shape, decimals: number, depth: number): Shape[] {
	const f = 10 ** decimals;
	const out: Shape[] = [];
	for (const poly of s) {
		let p: Shape = [poly];
		for (let half = 1; half <= 64 && p.length === 1 && hasKinks(p); half *= 2) {
			const keys = new Set<string>();
			const squares: Shape[] = [];
			for (const [kx, ky] of kinkPoints(p)) {
				const x = Math.round((kx ?? NaN) * f);
				const y = Math.round((ky ?? NaN) * f);
				if (keys.has(`${x},${y}`)) continue;
				keys.add(`${x},${y}`);
				const [x0, x1, y0, y1] = [(x - half) / f, (x + half) / f, (y - half) / f, (y + half) / f];
				squares.push([
					[
						[
							[x0, y0],
							[x1, y0],
							[x1, y1],
							[x0, y1],
							[x0, y0]
						]
					]
				]);
			}
			p = round(minus(p, ...squares));
		}
		if (p.length > 1 && depth < 8) out.push(...apart(p, round, decimals, depth + 1));
		else if (p.length === 1 && !hasKinks(p)) out.push(p);
		else if (p.length > 0)
			throw new Error(`a piece still intersects itself after rounding (near ${bboxOf(p).join(', ')})`);
	}
	return out;
}

/**
 * Drops dust and what rounding collapsed: polygons smaller than `DUST_KM2` or thinner on average
 * than `THIN_M`, and holes as thin (a hole a metre wide is rounding noise, not ground left out).
 */
function tidy(s: Shape): Shape {
	const solid = (r: Position[]): boolean => {
		const a = ringKm2(r);
		return a >= DUST_KM2 && (2 * a * 1e6) / ringLengthM(r) >= THIN_M;
	};
	return s.filter((poly) => solid(poly[0]!)).map((poly) => [poly[0]!, ...poly.slice(1).filter(solid)]);
}

/**
 * Splits every ring that passes twice through the same vertex into its loops. Of an outer ring's
 * loops, the largest stays the outer ring, loops turning the same way become polygons of their
 * own and loops turning the other way become holes; of a hole's, all stay holes. Loops smaller than
 * `DUST_KM2` (a collapsed sliver's neck) are dropped.
 */
function splitPinches(s: Shape): Shape {
	const out: Shape = [];
	for (const poly of s) {
		const [outer, ...holes] = poly.map(loops);
		if (!outer || outer.length === 0) continue;
		const big = (r: Position[]): boolean => ringKm2(r) >= DUST_KM2;
		const [main, ...rest] = [...outer].sort((a, b) => ringKm2(b) - ringKm2(a));
		const turn = Math.sign(signedArea2(main!));
		const same = rest.filter((r) => big(r) && Math.sign(signedArea2(r)) === turn);
		const inner = rest.filter((r) => big(r) && Math.sign(signedArea2(r)) !== turn);
		out.push([main!, ...inner, ...holes.flatMap((h) => h.filter(big))]);
		for (const r of same) out.push([r]);
	}
	return out;
}

function hasKinks(s: Shape): boolean {
	return kinkPoints(s).length > 0;
}

/** A corner sharper than this (degrees) is a spike: rounding noise, not a shape on the map. */
const SPIKE_DEG = 2;
const SPIKE_COS = Math.cos((SPIKE_DEG * Math.PI) / 180);

/** Twice the signed planar area of a ring (positive: counter-clockwise). */
function signedArea2(r: Position[]): number {
	let a = 0;
	for (let i = 1; i < r.length; i++) a += r[i - 1]![0]! * r[i]![1]! - r[i]![0]! * r[i - 1]![1]!;
	return a;
}

/**
 * Removes the tips of spikes — corners sharper than `SPIKE_DEG` — where removing the tip shrinks
 * the polygon (a spike pointing out of an outer ring, or into a hole), never where it would grow.
 */
function dropSpikes(poly: Position[][]): Position[][] {
	return poly.map((ring, ri) => {
		const orient = Math.sign(signedArea2(ring));
		let r = ring.slice(0, -1);
		for (let changed = true; changed && r.length > 3;) {
			changed = false;
			for (let i = 0; i < r.length && r.length > 3; i++) {
				const p = r[(i + r.length - 1) % r.length]!;
				const v = r[i]!;
				const q = r[(i + 1) % r.length]!;
				const [ax, ay, bx, by] = [p[0]! - v[0]!, p[1]! - v[1]!, q[0]! - v[0]!, q[1]! - v[1]!];
				const la = Math.hypot(ax, ay);
				const lb = Math.hypot(bx, by);
				if (la === 0 || lb === 0 || (ax * bx + ay * by) / (la * lb) < SPIKE_COS) continue;
				// Signed area of the triangle p, v, q: removing v takes it off the ring's area.
				const tri = Math.sign((v[0]! - p[0]!) * (q[1]! - p[1]!) - (q[0]! - p[0]!) * (v[1]! - p[1]!));
				if (tri !== (ri === 0 ? orient : -orient)) continue;
				r.splice(i, 1);
				changed = true;
				i--;
			}
		}
		r = r.length > 3 ? r : ring.slice(0, -1);
		return [...r, [...r[0]!]];
	});
}

function ringKm2(r: Position[]): number {
	return r.length < 4 ? 0 : polygonAreaKm2([r]);
}

/** A closed ring's simple loops: cut at every vertex it passes through twice. */
function loops(ring: Position[]): Position[][] {
	const out: Position[][] = [];
	const stack: Position[] = [];
	const seen = new Map<string, number>();
	for (const p of ring.slice(0, -1)) {
		const k = `${p[0]},${p[1]}`;
		const at = seen.get(k);
		if (at !== undefined) {
			const loop = stack.splice(at);
			for (const q of loop) seen.delete(`${q[0]},${q[1]}`);
			loop.push([...loop[0]!]);
			if (loop.length >= 4) out.push(loop);
		}
		seen.set(k, stack.length);
		stack.push(p);
	}
	if (stack.length >= 3) out.push([...stack, [...stack[0]!]]);
	return out;
}

function kinkPoints(s: Shape): Position[] {
	return s.length === 0
		? []
		: kinks({ type: 'MultiPolygon', coordinates: s }).features.map((f) => f.geometry.coordinates);
}

/** A re-issued piece is split into near and far parts on a grid this many times finer than the cells. */
const SUBCELLS = 4;
/** Pieces with fewer vertices than this are re-issued whole. */
const SPLIT_MIN_VERTICES = 80;

/**
 * Splits a re-issued piece into the part near the losses that cut it (the sub-cells, `size`
 * degrees square, that their boxes touch) and the rest. The front tends to move again where it
 * just moved: the next loss there then re-issues only the small near part, not the whole piece
 * again. Small pieces are not split.
 */
function nearAndFar(rest: Shape, losses: readonly BBox[], size: number): Shape[] {
	if (vertexCount(rest) < SPLIT_MIN_VERTICES || losses.length === 0) return [rest];
	const keys = new Set<string>();
	const boxes: BBox[] = [];
	for (const [x0, y0, x1, y1] of losses)
		for (let iy = Math.floor(y0 / size); iy * size <= y1; iy++)
			for (let ix = Math.floor(x0 / size); ix * size <= x1; ix++) {
				if (keys.has(`${ix},${iy}`)) continue;
				keys.add(`${ix},${iy}`);
				boxes.push([ix * size, iy * size, (ix + 1) * size, (iy + 1) * size]);
			}
	const near = join(...boxes.map((b) => clipToBox(rest, b)));
	const far = minus(
		rest,
		...boxes.map(([x0, y0, x1, y1]): Shape => [
			[
				[
					[x0, y0],
					[x1, y0],
					[x1, y1],
					[x0, y1],
					[x0, y0]
				]
			]
		])
	);
	return [far, near].filter((s) => s.length > 0);
}

interface Alive {
	kind: 'territory' | 'gain';
	shape: Shape;
	bbox: BBox;
	first: number;
}

/**
 * Builds the pieces. `cells[i]` maps cell id → raw part of snapshot i in that cell (from
 * `cutIntoCells`). Returns pieces sorted by first snapshot, then cell (south to north, west to east).
 */
export function buildPieces(
	cells: ReadonlyArray<ReadonlyMap<string, Shape>>,
	opts: SeriesOptions,
	stats: FinishStats = { cleaned: 0, apart: 0 }
): Piece[] {
	const ids = [...new Set(cells.flatMap((c) => [...c.keys()]))].map(parseCell).sort(compareCells);
	const out: Piece[] = [];
	const n = cells.length;
	for (const { id } of ids) {
		let alive: Alive[] = [];
		let lastR: Shape = [];
		let lastKey: string | undefined;
		for (let i = 0; i < n; i++) {
			const R = prepareCell(cells[i]?.get(id) ?? [], opts);
			const key = shapeKey(R);
			if (key === lastKey) continue;
			const box = i === 0 ? undefined : changedBox(lastR, R, WINDOW_MARGIN);
			[lastKey, lastR] = [key, R];
			const issue = (kind: PieceKind, shape: Shape, avoid: readonly Shape[] = []): void => {
				for (const part of finish(shape, opts.decimals, stats, avoid)) {
					if (kind === 'loss') out.push({ kind, cell: id, shape: part, first: i, last: i });
					else alive.push({ kind, shape: part, bbox: bboxOf(part), first: i });
				}
			};
			if (i === 0) {
				issue('territory', join(R));
				continue;
			}
			if (!box) continue;
			// Only the window around the edges that changed since the cell was last compared.
			const near = alive.filter((a) => bboxesTouch(a.bbox, box)).map((a) => clipToBox(a.shape, box));
			const Rw = clipToBox(R, box);
			const gained = dropSlivers(minus(Rw, ...near), opts.sliver);
			const lostAll = near.length > 0 ? minus(near.flat(), Rw) : [];
			const lost = dropSlivers(lostAll, opts.sliver).map((poly) => ({ poly, bbox: bboxOf([poly]) }));
			const kept: Alive[] = [];
			const rests: Shape[] = [];
			for (const a of alive) {
				const cuts = lost.filter((l) => bboxesTouch(l.bbox, a.bbox)).map((l) => [l.poly]);
				const rest = cuts.length > 0 ? minus(a.shape, ...cuts) : a.shape;
				if (rest === a.shape || areaKm2(a.shape) - areaKm2(rest) <= TOUCH_KM2) {
					kept.push(a);
					continue;
				}
				out.push({ kind: a.kind, cell: id, shape: a.shape, first: a.first, last: i - 1 });
				rests.push(dropSlivers(rest, opts.sliver));
			}
			alive = kept;
			// Rounding keeps each new piece out of the pieces held beside it (see snapOffGrid).
			const gain = gained.length > 0 ? join(gained) : [];
			if (rests.some((r) => r.length > 0)) {
				const avoid = [...kept.map((a) => a.shape), gain];
				const boxes = lost.map((l) => l.bbox);
				for (const part of nearAndFar(join(...rests), boxes, opts.grid / SUBCELLS))
					issue('territory', part, avoid);
			}
			if (gain.length > 0)
				issue(
					'gain',
					gain,
					alive.map((a) => a.shape)
				);
			if (lost.length > 0) issue('loss', join(...lost.map((l) => [l.poly])));
		}
		for (const a of alive) out.push({ kind: a.kind, cell: id, shape: a.shape, first: a.first, last: n - 1 });
	}
	const order = new Map(ids.map((c, i) => [c.id, i]));
	return out.sort(
		(a, b) =>
			a.first - b.first ||
			order.get(a.cell)! - order.get(b.cell)! ||
			KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
			a.last - b.last
	);
}
