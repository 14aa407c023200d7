/**
 * Writes the series as the layer file the app reads: a FeatureCollection with a `snapshots` member
 * (one entry per snapshot, figures from the raw snapshots) and one Feature per piece, whose `time`
 * is the run of days it is held. Deterministic: fixed key order, numbers rounded to fixed places,
 * features sorted, no timestamps — the same input gives the same bytes.
 */
import type { Position } from 'geojson';
import { addDays, shortDate } from './dates';
import type { Shape } from './geom';
import type { SnapshotStat } from './measure';
import type { Piece } from './series';

export interface Wording {
	/** Layer id: the file name and every feature's `layer`. */
	layer: string;
	/** Whose map it is ("DeepStateMap"): claimant, and the subject of the generated text. */
	claimant: string;
	/** Publisher of the registered source; the last name in `reportedBy`. */
	publisher: string;
	/** Id of the source in sources.json. */
	sourceId: string;
	/** Who the area is shown as held by ("Russia"). */
	holder: string;
	/** Days from the state shown to the file's date (DeepStateMap: 1, the map at the end of D − 1). */
	lag: number;
	/** When in the day the snapshot was taken, e.g. "about 03:00 UTC" ('' to leave it out). */
	taken: string;
	/** Words for how the shapes were derived, e.g. "0.5° grid cell, simplified (tolerance 0.0002°)". */
	derivation: string;
}

const one = (v: number): number => Math.round(v * 10) / 10 || 0;

function snapshotEntry(s: SnapshotStat): Record<string, unknown> {
	return {
		date: s.date,
		day: s.day,
		file: s.file,
		areaKm2: one(s.areaKm2),
		gainedKm2: one(s.gainedKm2),
		lostKm2: one(s.lostKm2),
		gained7Km2: one(s.gained7Km2),
		lost7Km2: one(s.lost7Km2),
		gainedMonthKm2: one(s.gainedMonthKm2),
		lostMonthKm2: one(s.lostMonthKm2)
	};
}

function geometryOf(shape: Shape): { type: 'Polygon' | 'MultiPolygon'; coordinates: Position[][] | Shape } {
	return shape.length === 1
		? { type: 'Polygon', coordinates: shape[0]! }
		: { type: 'MultiPolygon', coordinates: shape };
}

/** `first day held` → `<layer>-<day>-<nnnn>`, numbered in the pieces' order within the day. */
export function pieceIds(pieces: readonly Piece[], days: readonly string[], layer: string): string[] {
	const seq = new Map<number, number>();
	return pieces.map((p) => {
		const n = (seq.get(p.first) ?? 0) + 1;
		seq.set(p.first, n);
		return `${layer}-${days[p.first]}-${String(n).padStart(4, '0')}`;
	});
}

/** Days a `loss` piece marks lost ground for, from the first day the map no longer shows it. */
export const LOSS_MARK_DAYS = 7;

export function pieceFeature(
	p: Piece,
	id: string,
	snaps: readonly SnapshotStat[],
	w: Wording
): Record<string, unknown> {
	const first = snaps[p.first]!;
	const lastDay = snaps[snaps.length - 1]!.day;
	const start = first.day;
	const isLast = p.last === snaps.length - 1;
	let end: string;
	if (p.kind === 'loss') {
		const week = addDays(start, LOSS_MARK_DAYS - 1);
		end = week < lastDay ? week : lastDay;
	} else end = isLast ? lastDay : addDays(snaps[p.last + 1]!.day, -1); // the day before the snapshot that no longer holds it
	const taken = w.taken ? ` (taken ${w.taken})` : '';
	const asOf = w.lag === 0 ? `the map of ${shortDate(start)}` : `the map at the end of ${shortDate(start)}`;
	const map = `${w.claimant}'s map`;
	const until = isLast ? `${shortDate(end)}, the last day of the series` : shortDate(end);
	const text = {
		territory: {
			name: `Area shown as occupied by ${w.claimant}`,
			summary: `Shown as occupied on ${map} from ${shortDate(start)} to ${until}.`,
			claim: `${w.claimant} shows this area as occupied by ${w.holder}.`
		},
		gain: {
			name: `Area newly shown as occupied by ${w.claimant}`,
			summary: `Newly shown as occupied on ${map} on ${shortDate(start)}; shown so to ${until}.`,
			claim: `${w.claimant} shows this area as occupied by ${w.holder}.`
		},
		loss: {
			name: `Area no longer shown as occupied by ${w.claimant}`,
			summary: `No longer shown as occupied on ${map} from ${shortDate(start)} (marked to ${shortDate(end)}).`,
			claim: `${w.claimant} no longer shows this area as occupied by ${w.holder}.`
		}
	}[p.kind];
	return {
		type: 'Feature',
		id,
		geometry: geometryOf(p.shape),
		properties: {
			name: text.name,
			layer: w.layer,
			kind: p.kind,
			summary: text.summary,
			time: {
				start,
				end,
				precision: 'day',
				note: `Snapshot of ${first.date}${taken}, i.e. ${asOf}.`
			},
			position: {
				precision: 'mapped',
				source: `${w.claimant} snapshot ${first.file}, ${w.derivation}`
			},
			schematic: false,
			claims: [
				{
					text: text.claim,
					claimant: w.claimant,
					reportedBy: [w.publisher],
					source: w.sourceId,
					date: first.date,
					datePrecision: 'day',
					status: 'assessed'
				}
			]
		}
	};
}

/** The file's text: one snapshot entry and one feature per line, so a rebuild diffs readably. */
export function serialise(
	snaps: readonly SnapshotStat[],
	features: readonly Record<string, unknown>[]
): string {
	const lines = (items: readonly unknown[]): string => items.map((x) => JSON.stringify(x)).join(',\n');
	return (
		`{\n"type": "FeatureCollection",\n` +
		`"snapshots": [\n${lines(snaps.map(snapshotEntry))}\n],\n` +
		`"features": [\n${lines(features)}\n]\n}\n`
	);
}
