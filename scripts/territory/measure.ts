/**
 * Every figure the converter prints or writes, measured on the RAW snapshots (the coordinates as in
 * the files: no rounding, no simplification, no sliver dropped) with Turf:
 *
 * - area = Turf `area` of the snapshot;
 * - gained from A to B = area(B \ A), lost = area(A \ B) (Turf `difference`).
 *
 * The differences are taken cell by cell on the grid and summed — the same sets, since the cells
 * tile the plane — and a cell whose raw coordinates are identical in A and B adds nothing. Within a
 * cell, both states are first clipped to the box around the edges that differ ({@link changedBox}):
 * the differences lie inside it, so the result is the same, on a few dozen vertices instead of
 * hundreds. That is what makes 600-odd comparisons of 3,000-vertex polygons take seconds instead of
 * many minutes (Turf's boolean operations use exact arithmetic, and are slow).
 * Pure and deterministic.
 */
import type { TerritorySnapshot } from '../../src/lib/data/types';
import { addDays, dayNumber, lastDayOfMonth, monthOf, nextMonthStart } from './dates';
import { areaKm2, minus, shapeKey, type Shape } from './geom';
import { changedBox, clipToBox } from './grid';

/** Degrees added around the changed edges before clipping, so no clip runs along one of them. */
const WINDOW_MARGIN = 1e-4;

export interface Change {
	gainedKm2: number;
	lostKm2: number;
}

/** Gained and lost between any two raw snapshots, cell by cell, with each cell pair computed once. */
export class ChangeMeter {
	private readonly cells: ReadonlyArray<ReadonlyMap<string, Shape>>;
	/** Per snapshot: cell id → id of its raw coordinates (equal ids = identical coordinates). */
	private readonly keys: Map<string, number>[];
	private readonly cache = new Map<string, Change>();

	constructor(cells: ReadonlyArray<ReadonlyMap<string, Shape>>) {
		this.cells = cells;
		const interned = new Map<string, number>();
		this.keys = cells.map((m) => {
			const k = new Map<string, number>();
			for (const [id, shape] of m) {
				const text = `${id}|${shapeKey(shape)}`;
				let n = interned.get(text);
				if (n === undefined) interned.set(text, (n = interned.size));
				k.set(id, n);
			}
			return k;
		});
	}

	/** From snapshot `a` to snapshot `b`: km² in b and not in a (gained), in a and not in b (lost). */
	change(a: number, b: number): Change {
		const total: Change = { gainedKm2: 0, lostKm2: 0 };
		if (a === b) return total;
		const ka = this.keys[a]!;
		const kb = this.keys[b]!;
		const ids = [...new Set([...ka.keys(), ...kb.keys()])].sort();
		for (const id of ids) {
			const x = ka.get(id);
			const y = kb.get(id);
			if (x === y) continue;
			const ck = `${x ?? '-'}>${y ?? '-'}`;
			let c = this.cache.get(ck);
			if (!c) {
				let sa = this.cells[a]!.get(id) ?? [];
				let sb = this.cells[b]!.get(id) ?? [];
				const box = changedBox(sa, sb, WINDOW_MARGIN);
				if (box) [sa, sb] = [clipToBox(sa, box), clipToBox(sb, box)];
				c = box
					? { gainedKm2: areaKm2(minus(sb, sa)), lostKm2: areaKm2(minus(sa, sb)) }
					: { gainedKm2: 0, lostKm2: 0 };
				this.cache.set(ck, c);
			}
			total.gainedKm2 += c.gainedKm2;
			total.lostKm2 += c.lostKm2;
		}
		return total;
	}
}

/**
 * One snapshot's figures, as the layer file carries them: the contract's type (the app reads the
 * same table). `day` is date − lag; gained/lost are against the snapshot before, the state 7 days
 * earlier (the last snapshot whose day is at most day − 7) and the last day of the month before.
 */
export type SnapshotStat = TerritorySnapshot;

/** Index of the last snapshot whose day is ≤ `day`, or −1. `days` is sorted. */
export function holding(days: readonly string[], day: string): number {
	let found = -1;
	for (let i = 0; i < days.length && days[i]! <= day; i++) found = i;
	return found;
}

export function snapshotStats(
	snaps: ReadonlyArray<{ date: string; file: string; shape: Shape }>,
	meter: ChangeMeter,
	lag: number
): SnapshotStat[] {
	const days = snaps.map((s) => addDays(s.date, -lag));
	return snaps.map((s, i) => {
		const day = days[i]!;
		const prev = meter.change(Math.max(0, i - 1), i);
		const week = meter.change(Math.max(0, holding(days, addDays(day, -7))), i);
		const month = meter.change(Math.max(0, holding(days, addDays(`${monthOf(day)}-01`, -1))), i);
		return {
			date: s.date,
			day,
			file: s.file,
			areaKm2: areaKm2(s.shape),
			gainedKm2: prev.gainedKm2,
			lostKm2: prev.lostKm2,
			gained7Km2: week.gainedKm2,
			lost7Km2: week.lostKm2,
			gainedMonthKm2: month.gainedKm2,
			lostMonthKm2: month.lostKm2
		};
	});
}

export interface MonthRow {
	/** `2024-12`. */
	month: string;
	/** Snapshot holding on the last day of the previous month (or the first snapshot, `startsLate`). */
	from: number;
	/** Snapshot holding on the month's last day (or the last snapshot, `endsEarly`). */
	to: number;
	/** The series begins after the month's first day. */
	startsLate: boolean;
	/** The series ends before the month's last day. */
	endsEarly: boolean;
	gainedKm2: number;
	lostKm2: number;
	/** gained − lost. */
	netKm2: number;
}

/**
 * One row per calendar month the series' days touch: the change from the state at the end of the
 * previous month to the state at the end of this one. A day with no snapshot holds the last
 * snapshot before it, so a month end that fell in a gap uses the snapshot before the gap.
 */
export function monthTable(days: readonly string[], meter: ChangeMeter): MonthRow[] {
	const rows: MonthRow[] = [];
	if (days.length === 0) return rows;
	const firstDay = days[0]!;
	const lastDay = days[days.length - 1]!;
	for (let month = monthOf(firstDay); month <= monthOf(lastDay); month = monthOf(nextMonthStart(month))) {
		const before = holding(days, addDays(`${month}-01`, -1));
		const end = holding(days, lastDayOfMonth(month));
		const from = Math.max(0, before);
		const c = meter.change(from, end);
		rows.push({
			month,
			from,
			to: end,
			startsLate: before < 0,
			endsEarly: dayNumber(lastDay) < dayNumber(lastDayOfMonth(month)),
			gainedKm2: c.gainedKm2,
			lostKm2: c.lostKm2,
			netKm2: c.gainedKm2 - c.lostKm2
		});
	}
	return rows;
}
