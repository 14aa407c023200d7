/**
 * The whole conversion, pure: named file texts in, the layer file's text and the printed figures
 * out. `scripts/territory.ts` does the reading, the timing and the printing.
 */
import { addDays, dateInName, dayNumber } from './dates';
import { vertexCount } from './geom';
import { cutIntoCells } from './grid';
import { ChangeMeter, monthTable, snapshotStats, type MonthRow, type SnapshotStat } from './measure';
import { pieceFeature, pieceIds, serialise, type Wording } from './output';
import { parseSnapshot, type Snapshot } from './snapshot';
import { buildPieces, type Piece, type SeriesOptions } from './series';

export interface InputFile {
	/** Base name (the date is read from it). */
	name: string;
	text: string;
}

export interface ConvertOptions extends SeriesOptions, Omit<Wording, 'derivation'> {
	/** Only snapshots whose file date is on or after / on or before these (YYYY-MM-DD). */
	from?: string;
	to?: string;
}

/** DeepStateMap's series as cyterat/deepstate-map-data publishes it, and the choices documented in README.md. */
export const DEFAULTS: ConvertOptions = {
	layer: 'territory',
	claimant: 'DeepStateMap',
	publisher: 'DeepStateMap',
	sourceId: 'deepstatemap',
	holder: 'Russia',
	lag: 1,
	taken: 'about 03:00 UTC',
	decimals: 5,
	tolerance: 0,
	grid: 0.5,
	sliver: { minKm2: 0.01, minWidthM: 15 }
};

export interface ConvertResult {
	text: string;
	snapshots: SnapshotStat[];
	months: MonthRow[];
	pieces: Piece[];
	/** Files skipped because their name has no date or they are not .geojson/.json. */
	ignored: string[];
	/** Vertices in the output. */
	vertices: number;
}

/** Files the converter reads: `.geojson` or `.json` with a date in the name. */
export function isSnapshotName(name: string): boolean {
	return /\.(geo)?json$/i.test(name) && dateInName(name) !== undefined;
}

/** Words for the derivation, as in each piece's `position.source`. */
export function derivation(o: ConvertOptions): string {
	const simplified = o.tolerance > 0 ? `, simplified (tolerance ${o.tolerance}°)` : '';
	return `${o.grid}° grid cell, ${o.decimals} decimals${simplified}`;
}

export function convert(files: readonly InputFile[], options: ConvertOptions): ConvertResult {
	const o = options;
	if (o.from !== undefined) dayNumber(o.from);
	if (o.to !== undefined) dayNumber(o.to);
	const ignored: string[] = [];
	const snaps: Snapshot[] = [];
	for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
		if (!isSnapshotName(f.name)) {
			ignored.push(f.name);
			continue;
		}
		const date = dateInName(f.name)!;
		if ((o.from !== undefined && date < o.from) || (o.to !== undefined && date > o.to)) continue;
		snaps.push(parseSnapshot(f.name, f.text));
	}
	snaps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
	for (let i = 1; i < snaps.length; i++) {
		if (snaps[i]!.date === snaps[i - 1]!.date)
			throw new Error(`${snaps[i - 1]!.file} and ${snaps[i]!.file}: two snapshots for ${snaps[i]!.date}`);
	}
	if (snaps.length === 0)
		throw new Error('no snapshot files (a .geojson or .json file with a date in its name)');

	const cells = snaps.map((s) => cutIntoCells(s.shape, o.grid));
	const meter = new ChangeMeter(cells);
	const stats = snapshotStats(snaps, meter, o.lag);
	const days = stats.map((s) => s.day);
	const months = monthTable(days, meter);
	const pieces = buildPieces(cells, o);
	const ids = pieceIds(pieces, days, o.layer);
	const wording: Wording = { ...o, derivation: derivation(o) };
	const features = pieces.map((p, i) => pieceFeature(p, ids[i]!, stats, wording));
	return {
		text: serialise(stats, features),
		snapshots: stats,
		months,
		pieces,
		ignored,
		vertices: pieces.reduce((n, p) => n + vertexCount(p.shape), 0)
	};
}

/** The day a snapshot dated `date` stands for. */
export function dayOf(date: string, lag: number): string {
	return addDays(date, -lag);
}
