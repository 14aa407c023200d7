/**
 * Tables of events (CSV or TSV, one row per event) → the data contract, through a column mapping the
 * reader confirms. The columns of ACLED's export are recognised by name; any other column can be set
 * to any role. ACLED's own codes map onto the contract's (geo/README.md):
 * - `time_precision` 1/2/3 → the day / the week (Monday–Sunday) / the month that holds `event_date`;
 * - `geo_precision` 1/2/3 → the named place itself (`town`: no ring) / near it (`city`: a ring of
 *   about 15 km) / somewhere in the wider region (`region`, named by `admin1`);
 * - `source` → the claim's reported-by (the file itself ends the chain, as the source registered for
 *   it); `notes` → the summary and the claim's text;
 * - `event_type` (and `sub_event_type`) → the layer and the kind, by the declared table in
 *   `acled-mapping.json` (data, not code).
 * Rows that cannot be read (a date in another form, an impossible date, coordinates out of range) are
 * listed by row number (the header is row 1) and left out; the rest can still be opened.
 */
import Papa from 'papaparse';
import { parseIsoDay, toIso } from '$lib/time/days';
import type { DataError, DataFile } from '$lib/data/validate';
import type {
	Claim,
	DatePrecision,
	FeatureKind,
	LayerSpec,
	PositionPrecision,
	Source,
	TimelineFeature
} from '$lib/data/types';
import mappingTable from './acled-mapping.json';
import { mappingProblems, ROLE_COLUMNS, type ColumnMap, type Role } from './columns';

export { guessColumns, mappingProblems, ROLES, ROLE_COLUMNS, type ColumnMap, type Role } from './columns';

export interface ParsedTable {
	headers: string[];
	/** Data rows (the header row excluded); `rows[i]` is row i + 2 of the file. */
	rows: string[][];
	/** Rows the CSV parser could not read (an unclosed quote, a wrong number of fields). */
	errors: DataError[];
	/** Rows that are not blank (a file's last line break gives a blank one). */
	filled: number;
}

const cell = (s: string | undefined): string => (s ?? '').replace(/[\r\n\t]+/g, ' ').trim();

/** The spreadsheet row of data row `i` (the header is row 1). */
export const rowNumber = (i: number): number => i + 2;

/** Reads a CSV or TSV (by name: `.tsv` is tab-separated; otherwise the delimiter is detected). */
export function parseTable(
	name: string,
	text: string,
	onProgress?: (done: number, total: number) => void
): ParsedTable {
	const rows: string[][] = [];
	const errors: DataError[] = [];
	let headers: string[] | null = null;
	let n = 0;
	let filled = 0;
	Papa.parse<string[]>(text, {
		delimiter: /\.tsv$/i.test(name) ? '\t' : '',
		skipEmptyLines: false,
		step(result) {
			const row = result.data;
			if (headers === null) {
				headers = row.map((h) => cell(h).replace(/^\ufeff/, ''));
				return;
			}
			const i = n++;
			for (const e of result.errors)
				errors.push({ file: name, featureId: `row ${rowNumber(i)}`, field: '', message: e.message });
			rows.push(row);
			if (row.some((c) => cell(c) !== '')) filled++;
			if (i % 5000 === 0) onProgress?.(result.meta.cursor, text.length);
		}
	});
	return { headers: headers ?? [], rows, errors, filled };
}

const MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];
const DAY_MONTH_YEAR = /^(\d{1,2}) ([a-z]+) (\d{4})$/i;

export type DateRead = { day: number } | { error: string };

/** `2025-01-31` or `31 January 2025` (ACLED's two forms); anything else is an error, in words. */
export function readTableDate(text: string): DateRead {
	const t = text.trim();
	const formats = 'use 2025-01-31 or 31 January 2025';
	if (t === '') return { error: 'is empty' };
	if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
		const day = parseIsoDay(t);
		return day === null ? { error: `'${t}' is not a real date` } : { day };
	}
	const m = DAY_MONTH_YEAR.exec(t);
	const month = m ? MONTHS.indexOf((m[2] ?? '').toLowerCase()) : -1;
	if (!m || month < 0)
		return { error: `'${t.slice(0, 40)}' is not a date in a form the table reader accepts (${formats})` };
	const iso = `${m[3]}-${String(month + 1).padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`;
	const day = parseIsoDay(iso);
	return day === null ? { error: `'${t}' is not a real date` } : { day };
}

/** ACLED's time_precision code → the contract's precision; an empty cell or no column is a day. */
const TIME_CODES: Record<string, DatePrecision> = { '1': 'day', '2': 'week', '3': 'month' };
/** ACLED's geo_precision code → the contract's position precision (see the module's comment). */
const GEO_CODES: Record<string, PositionPrecision> = { '1': 'town', '2': 'city', '3': 'region' };
const GEO_WORDS: Record<string, string> = {
	'1': 'the named place itself',
	'2': 'near the named place (within a part of the region around it)',
	'3': 'somewhere in the wider region'
};

/** Start of the span a precision gives the day: the day itself, its week's Monday, its month's 1st. */
function spanStart(day: number, precision: DatePrecision): number {
	if (precision === 'week') return day - ((((day + 3) % 7) + 7) % 7);
	if (precision === 'month') return parseIsoDay(`${toIso(day).slice(0, 8)}01`) ?? day;
	return day;
}

interface Mapping {
	layers: LayerSpec[];
	eventTypes: Record<string, { layer: string; kind: FeatureKind }>;
	subEventTypes: Record<string, { kind: FeatureKind }>;
	otherwise: { layer: string; kind: FeatureKind };
}
export const MAPPING = mappingTable as Mapping;

/** What a converted table gives the validator, and how to word its errors by row. */
export interface ConvertedTable {
	/** One layer file per layer used, a layers file and a sources file, already parsed. */
	files: DataFile[];
	/** Rows left out before validation (dates, coordinates, codes), by row. */
	errors: DataError[];
	/** Feature id → row number, to word the validator's errors by row. */
	rowOf: Map<string, number>;
	rows: number;
}

/** A kebab-case id from a table's id (`UKR12345` → `ukr12345`), or undefined. */
function kebab(text: string): string | undefined {
	const id = text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return id && id.length <= 80 ? id : undefined;
}

const clip = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/**
 * The table's rows as features of the contract. `name` is the file's name: it becomes the source the
 * claims cite (the file is the last link of every reported-by chain).
 */
export function convertTable(name: string, table: ParsedTable, map: ColumnMap): ConvertedTable {
	const errors: DataError[] = [...table.errors];
	const rowOf = new Map<string, number>();
	const byLayer = new Map<string, TimelineFeature[]>();
	const get = (row: string[], role: Role): string => {
		const i = map[role];
		return i === undefined ? '' : cell(row[i]);
	};
	const column = (role: Role): string => {
		const i = map[role];
		return (i !== undefined ? table.headers[i] : undefined) || ROLE_COLUMNS[role].acled;
	};
	const sourceId = `table-${kebab(name)?.slice(0, 60) ?? 'file'}`;
	const publisher = clip(`${name} (your file)`, 200);
	let newest = -Infinity;
	const unreadable = new Set(table.errors.map((e) => e.featureId));
	const unread = mappingProblems(map);
	if (unread.length > 0) {
		for (const m of unread) errors.push({ file: name, field: '', message: m });
		return { files: [], errors, rowOf, rows: table.filled };
	}

	table.rows.forEach((row, i) => {
		const at = rowNumber(i);
		if (row.every((c) => cell(c) === '')) return; // a blank line
		if (unreadable.has(`row ${at}`)) return; // the CSV parser already listed it
		const bad = (role: Role, message: string): void => {
			errors.push({ file: name, featureId: `row ${at}`, field: column(role), message });
		};
		const date = readTableDate(get(row, 'date'));
		const tpCode = get(row, 'timePrecision');
		const precision: DatePrecision | undefined = tpCode === '' ? 'day' : TIME_CODES[tpCode];
		const lat = Number(get(row, 'latitude'));
		const lon = Number(get(row, 'longitude'));
		const gpCode = get(row, 'geoPrecision');
		const pp: PositionPrecision | undefined = gpCode === '' ? 'city' : GEO_CODES[gpCode];
		const location = get(row, 'location');
		const admin1 = get(row, 'admin1');
		const latText = get(row, 'latitude');
		const lonText = get(row, 'longitude');
		const problems: [Role, string][] = [];
		if ('error' in date) problems.push(['date', date.error]);
		if (!precision)
			problems.push([
				'timePrecision',
				`'${tpCode.slice(0, 20)}' is not a time precision code (1 = day, 2 = week, 3 = month)`
			]);
		if (latText === '' || !Number.isFinite(lat) || lat < -90 || lat > 90)
			problems.push(['latitude', `'${latText.slice(0, 20)}' is not a latitude (-90..90)`]);
		if (lonText === '' || !Number.isFinite(lon) || lon < -180 || lon > 180)
			problems.push(['longitude', `'${lonText.slice(0, 20)}' is not a longitude (-180..180)`]);
		if (!pp)
			problems.push(['geoPrecision', `'${gpCode.slice(0, 20)}' is not a place precision code (1, 2 or 3)`]);
		if (pp === 'region' && !admin1 && !location)
			problems.push(['admin1', 'is empty: a row with place precision 3 (the wider region) needs its region']);
		for (const [role, message] of problems) bad(role, message);
		if (problems.length > 0 || 'error' in date || !precision || !pp) return;

		const start = spanStart(date.day, precision);
		if (start > newest) newest = start;
		const type = get(row, 'eventType');
		const sub = get(row, 'subEventType');
		const byType = MAPPING.eventTypes[type.toLowerCase()] ?? MAPPING.otherwise;
		const kind = MAPPING.subEventTypes[sub.toLowerCase()]?.kind ?? byType.kind;
		const id = kebab(get(row, 'id')) ?? `row-${at}`;
		rowOf.set(id, at);
		const notes = get(row, 'notes');
		const what = sub || type || 'Event';
		const actors = [get(row, 'actor1'), get(row, 'actor2')].filter(Boolean);
		const fatalities = get(row, 'fatalities');
		const summary = [
			notes || `${what}${location ? ` in ${location}` : ''}.`,
			actors.length ? `Actors: ${actors.join('; ')}.` : '',
			fatalities !== '' ? `Fatalities (as the table gives them): ${fatalities}.` : ''
		]
			.filter(Boolean)
			.join(' ');
		const named = get(row, 'source')
			.split(';')
			.map((s) => s.trim())
			.filter(Boolean);
		const iso = toIso(start);
		const claim: Claim = {
			text: notes || `${what}${location ? ` in ${location}` : ''}.`,
			claimant: named[0] ?? publisher,
			reportedBy: [...named, publisher],
			source: sourceId,
			date: iso,
			datePrecision: precision,
			status: 'reported'
		};
		const spanWords =
			precision === 'day'
				? ''
				: precision === 'week'
					? `the week (Monday to Sunday) that holds ${toIso(date.day)}`
					: `the month of ${toIso(date.day)}`;
		const feature: TimelineFeature = {
			type: 'Feature',
			id,
			geometry: { type: 'Point', coordinates: [lon, lat] },
			properties: {
				name: clip(`${what}${location ? ` — ${location}` : ''}`, 200),
				layer: byType.layer,
				kind,
				summary,
				time: {
					start: iso,
					precision,
					...(spanWords
						? {
								note: `${column('date')} ${toIso(date.day)} with ${column('timePrecision')} ${tpCode}: ${spanWords}.`
							}
						: {})
				},
				position: {
					precision: pp,
					source: clip(
						`${name}, row ${at}: ${column('latitude')}/${column('longitude')} as the table gives them${location ? ` (${location})` : ''}`,
						1000
					),
					...(pp === 'region' ? { region: admin1 || location } : {}),
					note: gpCode
						? `${column('geoPrecision')} ${gpCode}: ${GEO_WORDS[gpCode]}${location ? ` (${location})` : ''}.`
						: `The table gives no place precision; the point is drawn as known to about 15 km.`
				},
				schematic: false,
				claims: [claim]
			}
		};
		const list = byLayer.get(byType.layer);
		if (list) list.push(feature);
		else byLayer.set(byType.layer, [feature]);
	});

	const layers = MAPPING.layers.filter((l) => byLayer.has(l.id));
	const source: Source = {
		id: sourceId,
		publisher,
		title: clip(name, 400),
		date: Number.isFinite(newest) ? toIso(newest) : '1970-01-01',
		kind: 'news-report',
		note: 'A table of events opened from the reader’s own file; each row’s claim names the sources its source column gives.'
	};
	const files: DataFile[] = [
		{ path: `${name}/layers.json`, text: '', json: { layers } },
		{ path: `${name}/sources.json`, text: '', json: { sources: [source] } },
		...layers.map((l) => ({
			path: `${name}/${l.id}.geojson`,
			text: '',
			json: { type: 'FeatureCollection', features: byLayer.get(l.id) ?? [] }
		}))
	];
	return { files, errors, rowOf, rows: table.filled };
}

/** The table column a validator field comes from, so its error can name the column. */
const FIELD_ROLES: [RegExp, Role][] = [
	[/^properties\.time/, 'date'],
	[/^properties\.summary/, 'notes'],
	[/^properties\.claims\[\d+\]\.text/, 'notes'],
	[/^properties\.claims\[\d+\]\.(claimant|reportedBy)/, 'source'],
	[/^properties\.position\.region/, 'admin1'],
	[/^properties\.(name|position)/, 'location'],
	[/^geometry/, 'latitude'],
	[/^id$/, 'id']
];

/**
 * The validator's errors on a converted table, worded by row and column: `events.csv: row 12
 * (ukr123): notes (properties.summary): is 2301 characters long (at most 2000)`.
 */
export function byRow(
	name: string,
	converted: ConvertedTable,
	headers: readonly string[],
	map: ColumnMap,
	errors: DataError[]
): DataError[] {
	return errors.map((e) => {
		const row = e.featureId !== undefined ? converted.rowOf.get(e.featureId) : undefined;
		const role = FIELD_ROLES.find(([re]) => re.test(e.field))?.[1];
		const i = role !== undefined ? map[role] : undefined;
		const col = i !== undefined ? headers[i] : undefined;
		return {
			file: name,
			...(e.featureId !== undefined
				? { featureId: row !== undefined ? `row ${row} (${e.featureId})` : e.featureId }
				: {}),
			field: col ? `${col} (${e.field})` : e.field,
			message: e.message
		};
	});
}
