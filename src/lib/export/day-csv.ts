/**
 * The chosen day as CSV: one row per claim (a fact with three claims is three rows, its own columns
 * repeated), the facts first, then the figures, in the list's order. The columns (`COLUMNS`):
 *
 * - `id`, `name` (a figure's label), `layer` (the layer id; empty for a figure), `kind` (`figure` for
 *   a figure: a number with no place on the map);
 * - `date`, `date precision`: the fact's `time.start` and `time.precision` (`day`, `week`, `month`,
 *   or `undated`: then `date` is the day it was reported by); `end date` and `ongoing` (`yes` when
 *   the fact was still going on at `end date`, the source's date) are among the extra columns;
 * - `longitude`, `latitude` (WGS 84): a point's own coordinates; for a line, the point halfway along
 *   it (the longest line of several); for an area, a point inside it (Turf's `pointOnFeature`); for
 *   several points, the first. A point *on* the shape, to place a row on a map: how precisely the
 *   place is known is in `position precision` (a `region` point only stands for the region). Empty
 *   for a figure, which has no place;
 * - per claim: `claimant`, `reported by` (who relayed it, in order, joined with " → "), `status`,
 *   `qualifier` (the source's own hedging words), `source title`, `publisher`, `source date`, `URL`
 *   (empty where the source's URL could not be checked);
 * - extra columns after those: `end date`, `ongoing`, `value` (a figure's value), `claim` (the claim's
 *   text), `claim date`, `claim date precision`.
 */
import type { Geometry, Position } from 'geojson';
import { along, length, lineString, pointOnFeature } from '@turf/turf';
import type { Claim, Source, TimeSpec } from '$lib/data/types';
import { csvText, type Cell } from './csv';
import type { ShownDay } from './shown';

export const COLUMNS = [
	'id',
	'name',
	'layer',
	'kind',
	'date',
	'date precision',
	'longitude',
	'latitude',
	'position precision',
	'claimant',
	'reported by',
	'status',
	'qualifier',
	'source title',
	'publisher',
	'source date',
	'URL',
	'end date',
	'ongoing',
	'value',
	'claim',
	'claim date',
	'claim date precision'
] as const;

/** Computed points are rounded to 5 decimals (about 1 m), the precision of the data's own points. */
const round = (n: number): number => Math.round(n * 1e5) / 1e5;

/** The point a row gives for a shape: see the module's comment. */
export function representativePoint(g: Geometry): Position | null {
	switch (g.type) {
		case 'Point':
			return g.coordinates;
		case 'MultiPoint':
			return g.coordinates[0] ?? null;
		case 'LineString':
		case 'MultiLineString': {
			const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
			const longest = lines
				.filter((l) => l.length >= 2)
				.map((l) => lineString(l))
				.reduce<{ line: ReturnType<typeof lineString>; km: number } | null>((best, line) => {
					const km = length(line);
					return best && best.km >= km ? best : { line, km };
				}, null);
			if (!longest) return null;
			return along(longest.line, longest.km / 2).geometry.coordinates.map(round);
		}
		case 'Polygon':
		case 'MultiPolygon':
			return pointOnFeature(g).geometry.coordinates.map(round);
		default:
			return null;
	}
}

function claimCells(claim: Claim, sources: ReadonlyMap<string, Source>): Cell[] {
	const source = sources.get(claim.source);
	return [
		claim.claimant,
		claim.reportedBy.join(' → '),
		claim.status,
		claim.qualifier ?? null,
		source?.title ?? null,
		source?.publisher ?? null,
		source?.date ?? null,
		source?.url ?? null
	];
}

function extraCells(time: TimeSpec, value: string | null, claim: Claim): Cell[] {
	return [time.end ?? null, time.ongoing ? 'yes' : null, value, claim.text, claim.date, claim.datePrecision];
}

/** The rows, one per claim, in `COLUMNS` order. */
export function dayRows(shown: ShownDay): Cell[][] {
	const sources = new Map(shown.sources.map((s) => [s.id, s]));
	const rows: Cell[][] = [];
	for (const f of shown.features) {
		const p = f.properties;
		const at = representativePoint(f.geometry);
		for (const claim of p.claims)
			rows.push([
				f.id,
				p.name,
				p.layer,
				p.kind,
				p.time.start,
				p.time.precision,
				at?.[0] ?? null,
				at?.[1] ?? null,
				p.position.precision,
				...claimCells(claim, sources),
				...extraCells(p.time, null, claim)
			]);
	}
	for (const fig of shown.figures)
		for (const claim of fig.claims)
			rows.push([
				fig.id,
				fig.label,
				null,
				'figure',
				fig.time.start,
				fig.time.precision,
				null,
				null,
				null,
				...claimCells(claim, sources),
				...extraCells(fig.time, fig.value, claim)
			]);
	return rows;
}

/** The file's text. */
export function dayCsv(shown: ShownDay): string {
	return csvText(COLUMNS, dayRows(shown));
}
