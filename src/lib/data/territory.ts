/**
 * The checks a territory series needs beyond those of every feature (validate.ts calls them for a
 * layer with `"style": "territory"`): its table of snapshots, and pieces that fit it.
 *
 * - `snapshots`: one entry per snapshot, real dates, sorted by the day each shows (on or before its
 *   own date), areas in km² that are finite and not negative;
 * - every piece is dated to the day, starts on a snapshot's day, ends on or before the last one, and
 *   has a claim dated to a snapshot (the snapshot it was drawn from);
 * - with `deep` (`npm run check:data`, see territory-overlaps.ts): whatever that check finds, e.g.
 *   two pieces of held ground that overlap on a day. It is passed in, so the browser, which loads
 *   data the build already checked, never loads the polygon clipping it needs.
 */
import { parseIsoDay } from '../time/days';
import type { TimelineFeature } from './types';
import type { DataError } from './validate';

const SNAPSHOT_KEYS = [
	'date',
	'day',
	'file',
	'areaKm2',
	'gainedKm2',
	'lostKm2',
	'gained7Km2',
	'lost7Km2',
	'gainedMonthKm2',
	'lostMonthKm2'
] as const;
const AREA_KEYS = SNAPSHOT_KEYS.filter((k) => k.endsWith('Km2'));

type Obj = Record<string, unknown>;

/** A check of a series' pieces that costs seconds on large data. */
export type DeepCheck = (file: string, pieces: readonly TimelineFeature[]) => DataError[];
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkTerritory(
	file: string,
	collection: Obj,
	pieces: readonly TimelineFeature[],
	options: { deep?: DeepCheck }
): DataError[] {
	const errors: DataError[] = [];
	const err = (field: string, message: string, featureId?: string): void => {
		errors.push({ file, ...(featureId !== undefined ? { featureId } : {}), field, message });
	};

	const list = collection['snapshots'];
	if (!Array.isArray(list) || list.length === 0) {
		err('snapshots', 'must be a non-empty array of snapshots (a territory layer needs its table)');
		return errors;
	}
	const days: number[] = [];
	const dates = new Set<string>();
	list.forEach((s: unknown, i) => {
		const at = `snapshots[${i}]`;
		if (!isObj(s)) return err(at, 'must be an object');
		for (const k of Object.keys(s))
			if (!(SNAPSHOT_KEYS as readonly string[]).includes(k))
				err(`${at}.${k}`, `unknown key (allowed: ${SNAPSHOT_KEYS.join(', ')})`);
		const date = typeof s['date'] === 'string' ? parseIsoDay(s['date']) : null;
		const day = typeof s['day'] === 'string' ? parseIsoDay(s['day']) : null;
		if (date === null) err(`${at}.date`, `${JSON.stringify(s['date'])} is not a real date (YYYY-MM-DD)`);
		if (day === null) err(`${at}.day`, `${JSON.stringify(s['day'])} is not a real date (YYYY-MM-DD)`);
		else {
			if (date !== null && day > date) err(`${at}.day`, `'${String(s['day'])}' is after the snapshot's date`);
			const prev = days.at(-1);
			if (prev !== undefined && day <= prev)
				err(
					`${at}.day`,
					`'${String(s['day'])}' is not after the snapshot before (sorted by day, one per day)`
				);
			days.push(day);
		}
		if (date !== null) dates.add(String(s['date']));
		if (typeof s['file'] !== 'string' || s['file'].trim() === '' || s['file'].length > 200)
			err(`${at}.file`, 'must be the snapshot’s file name (≤ 200 characters)');
		for (const k of AREA_KEYS) {
			const v = s[k];
			if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
				err(`${at}.${k}`, `${JSON.stringify(v)} is not an area in km² (a number ≥ 0)`);
		}
	});
	if (errors.length > 0) return errors;

	const first = days[0]!;
	const last = days.at(-1)!;
	const snapshotDays = new Set(days);
	const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
	for (const f of pieces) {
		const t = f.properties.time;
		const start = parseIsoDay(t.start)!;
		const end = t.end !== undefined ? parseIsoDay(t.end)! : start;
		if (t.precision !== 'day')
			err('properties.time.precision', 'a piece of territory is dated to the day', f.id);
		if (start < first || end > last)
			err(
				'properties.time',
				`${t.start}..${t.end ?? t.start} is outside the series (${iso(first)}..${iso(last)})`,
				f.id
			);
		else if (!snapshotDays.has(start))
			err('properties.time.start', `'${t.start}' is not the day of a snapshot`, f.id);
		if (!f.properties.claims.some((c) => dates.has(c.date)))
			err(
				'properties.claims',
				'no claim is dated to a snapshot of the series (the one the piece was drawn from)',
				f.id
			);
	}
	if (options.deep && errors.length === 0) errors.push(...options.deep(file, pieces));
	return errors;
}
