/**
 * The one place the data contract (types.ts, geo/README.md) is enforced: by `npm run check:data`
 * and the build, by the tests, and in the browser for a reader's own files and for any project file
 * whose bytes are not those the build validated (checked.ts). Pure and browser-safe: it takes file
 * texts, never reads files itself.
 */
import { kinks } from '@turf/turf';
import type { Polygon, MultiPolygon } from 'geojson';
import { parseIsoDay } from '../time/days';
import { contrast } from '../ui/contrast';
import { checkTerritory, type DeepCheck } from './territory';
import {
	FIGURES_FILE,
	ID_MAX,
	KEBAB,
	LAYERS_FILE,
	SOURCES_FILE,
	baseName,
	isDataFileName,
	layerOfFile,
	type DataError,
	type DataFile
} from './files';
import {
	DATE_PRECISIONS,
	FEATURE_KINDS,
	LAYER_STYLES,
	POSITION_PRECISIONS,
	SOURCE_KINDS,
	TIME_PRECISIONS,
	VERIFICATION_STATUSES,
	type Dataset,
	type Figure,
	type LayerSpec,
	type Source,
	type TerritorySeries,
	type TerritorySnapshot,
	type TimelineFeature
} from './types';
import { ONGOING_KINDS, TERRITORY_KINDS } from './kinds';

export {
	FIGURES_FILE,
	LAYERS_FILE,
	SOURCES_FILE,
	formatError,
	isDataFileName,
	type DataError,
	type DataFile
} from './files';

export interface ValidateOptions {
	/**
	 * Also run this check of each territory series, which costs seconds on large data (`overlaps` in
	 * territory-overlaps.ts: no two pieces overlap on any day). `npm run check:data` passes it; the
	 * browser, which loads data the build already checked, does not (and never loads its code).
	 */
	deep?: DeepCheck;
}

/**
 * The page's background colours a layer colour must stand out from (WCAG 1.4.11: 3:1 for the chips
 * and marks that carry it): the paper of the panels and the white of the details panel.
 */
export const LAYER_COLOUR_BACKGROUNDS = ['#fbfaf7', '#ffffff'] as const;
export const LAYER_COLOUR_MIN_CONTRAST = 3;

// C0/C1 controls and bidi overrides: invisible in the UI, and able to make text read differently than stored.
// eslint-disable-next-line no-control-regex
const BAD_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];
const LIMITS = { id: ID_MAX, label: 60, short: 200, long: 2000, note: 1000 } as const;

const FEATURE_KEYS = ['type', 'id', 'geometry', 'properties', 'bbox'];
const PROPS_KEYS = [
	'name',
	'layer',
	'kind',
	'summary',
	'time',
	'position',
	'schematic',
	'schematicNote',
	'claims'
];
const TIME_KEYS = ['start', 'end', 'ongoing', 'precision', 'note'];
const POSITION_KEYS = ['precision', 'source', 'region', 'note'];
const CLAIM_KEYS = [
	'text',
	'claimant',
	'reportedBy',
	'source',
	'date',
	'datePrecision',
	'status',
	'qualifier'
];
const SOURCE_KEYS = ['id', 'publisher', 'title', 'date', 'kind', 'url', 'note'];
const LAYER_KEYS = ['id', 'label', 'colour', 'description', 'style', 'credit', 'licence', 'compare'];
const FIGURE_KEYS = ['id', 'label', 'value', 'time', 'claims'];

type Obj = Record<string, unknown>;
/** Source id → entry; null for an entry that is present but invalid, so claims citing it get a precise error. */
type Registry = Map<string, Source | null>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string =>
	typeof v === 'string' ? `'${v.slice(0, 60)}'` : (JSON.stringify(v) ?? 'undefined');

/** Collects errors for one item (file, feature, figure, source) so the item can be dropped if it has any. */
class Reporter {
	count = 0;
	private readonly out: DataError[];
	private readonly file: string;
	private readonly id: string | undefined;

	constructor(out: DataError[], file: string, id?: string) {
		this.out = out;
		this.file = file;
		this.id = id;
	}

	error(field: string, message: string): void {
		this.count++;
		this.out.push({
			file: this.file,
			...(this.id !== undefined ? { featureId: this.id } : {}),
			field,
			message
		});
	}

	forId(id: string): Reporter {
		return new Reporter(this.out, this.file, id);
	}

	keys(o: Obj, allowed: string[], at: string): void {
		for (const k of Object.keys(o)) {
			if (!allowed.includes(k))
				this.error(at ? `${at}.${k}` : k, `unknown key (allowed: ${allowed.join(', ')})`);
		}
	}

	text(o: Obj, key: string, at: string, max: number, optional = false): void {
		this.str(o[key], at ? `${at}.${key}` : key, max, optional);
	}

	str(v: unknown, field: string, max: number, optional = false): void {
		if (v === undefined && optional) return;
		if (typeof v !== 'string') return this.error(field, v === undefined ? 'is required' : 'must be a string');
		if (v.trim() === '') return this.error(field, 'must not be empty');
		if (v.length > max) this.error(field, `is ${v.length} characters long (at most ${max})`);
		if (BAD_CHARS.test(v)) this.error(field, 'contains a control or bidi-override character');
	}

	oneOf(o: Obj, key: string, at: string, allowed: readonly string[], what: string): void {
		const v = o[key];
		if (typeof v !== 'string' || !allowed.includes(v)) {
			this.error(at ? `${at}.${key}` : key, `${show(v)} is not a known ${what} (${allowed.join(', ')})`);
		}
	}
}

/** Real calendar dates only: the Date constructor would silently turn 2025-02-30 into March. */
function dateProblem(v: unknown): string | undefined {
	if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return `${show(v)} is not a date (YYYY-MM-DD)`;
	return parseIsoDay(v) === null ? `'${v}' is not a real date` : undefined;
}

/** Week- and month-dated facts are spans; their start must be the span's first day or the timeline shifts them. */
function alignmentProblem(date: string, precision: unknown): string | undefined {
	if (precision === 'month' && !date.endsWith('-01'))
		return `'${date}' must be the 1st of the month for month precision`;
	if (precision === 'week' && new Date(`${date}T00:00:00Z`).getUTCDay() !== 1) {
		return `'${date}' must be a Monday (the first day of the week) for week precision`;
	}
	return undefined;
}

/** The dates of the registered sources a fact's claims cite, sorted (oldest first). */
function citedSourceDates(claims: unknown, sources: Registry | undefined): string[] {
	if (!Array.isArray(claims) || !sources) return [];
	const dates = new Set<string>();
	for (const c of claims) {
		const sid = isObj(c) ? c['source'] : undefined;
		const src = typeof sid === 'string' ? sources.get(sid) : undefined;
		if (src) dates.add(src.date);
	}
	return [...dates].sort();
}

/**
 * What `time` is checked against: the feature's kind (undefined for a figure) and its claims, whose
 * sources date an open end and an undated fact.
 */
interface TimeContext {
	kind: unknown;
	claims: unknown;
	sources: Registry | undefined;
}

function checkTime(r: Reporter, v: unknown, at: string, ctx: TimeContext): void {
	if (!isObj(v)) return r.error(at, 'must be an object { start, end?, ongoing?, precision, note? }');
	r.keys(v, TIME_KEYS, at);
	r.oneOf(v, 'precision', at, TIME_PRECISIONS, 'time precision');
	const startBad = dateProblem(v['start']);
	if (startBad) r.error(`${at}.start`, startBad);
	else {
		const aligned = alignmentProblem(v['start'] as string, v['precision']);
		if (aligned) r.error(`${at}.start`, aligned);
	}
	let endBad: string | undefined;
	if (v['end'] !== undefined) {
		endBad = dateProblem(v['end']);
		if (endBad) r.error(`${at}.end`, endBad);
		else if (!startBad && (v['end'] as string) < (v['start'] as string)) {
			r.error(`${at}.end`, `'${String(v['end'])}' is before start '${String(v['start'])}'`);
		}
	}
	r.text(v, 'note', at, LIMITS.note, true);
	const dates = citedSourceDates(ctx.claims, ctx.sources);

	// An open end: still going on at the date of the newest source cited.
	const ongoing = v['ongoing'];
	if (ongoing !== undefined) {
		const kind = ctx.kind;
		if (ongoing !== true) r.error(`${at}.ongoing`, `${show(ongoing)} must be true when given`);
		else if (kind === undefined)
			r.error(
				`${at}.ongoing`,
				`is only for a state that lasts (a feature of kind ${ONGOING_KINDS.join(', ')}), not a figure`
			);
		else if (!(ONGOING_KINDS as readonly unknown[]).includes(kind))
			r.error(
				`${at}.ongoing`,
				`is only for a state that lasts (${ONGOING_KINDS.join(', ')}), not ${show(kind)}`
			);
		else if (v['end'] === undefined)
			r.error(
				`${at}.end`,
				'is required with ongoing: the date of the newest source its claims cite (still going on at that date)'
			);
		else if (!endBad && dates.length > 0 && v['end'] !== dates.at(-1))
			r.error(
				`${at}.end`,
				`${show(v['end'])} must be the date of the newest source its claims cite ('${dates.at(-1)}'): an open end holds until the source's date`
			);
	}

	// Undated: happened on or before the day it was reported by, which is its start.
	if (v['precision'] === 'undated') {
		if (v['end'] !== undefined)
			r.error(
				`${at}.end`,
				'an undated fact has no end: it happened on or before its start, the day it was reported by'
			);
		if (!startBad && dates.length > 0 && v['start'] !== dates[0])
			r.error(
				`${at}.start`,
				`${show(v['start'])} must be the date of the source that reports it ('${dates[0]}'): an undated fact starts on the day it was reported by`
			);
	}
}

function checkClaims(r: Reporter, v: unknown, at: string, sources: Registry | undefined): void {
	if (!Array.isArray(v) || v.length === 0) return r.error(at, 'must be a non-empty array of claims');
	v.forEach((c: unknown, i) => {
		const ca = `${at}[${i}]`;
		if (!isObj(c)) return r.error(ca, 'must be an object');
		r.keys(c, CLAIM_KEYS, ca);
		r.text(c, 'text', ca, LIMITS.long);
		r.text(c, 'claimant', ca, LIMITS.short);
		r.text(c, 'qualifier', ca, LIMITS.note, true);
		const rb = c['reportedBy'];
		if (!Array.isArray(rb) || rb.length === 0)
			r.error(`${ca}.reportedBy`, 'must be a non-empty array of names');
		else rb.forEach((name: unknown, j) => r.str(name, `${ca}.reportedBy[${j}]`, LIMITS.short));
		const dateBad = dateProblem(c['date']);
		if (dateBad) r.error(`${ca}.date`, dateBad);
		else {
			const aligned = alignmentProblem(c['date'] as string, c['datePrecision']);
			if (aligned) r.error(`${ca}.date`, aligned);
		}
		r.oneOf(c, 'datePrecision', ca, DATE_PRECISIONS, 'date precision');
		r.oneOf(c, 'status', ca, VERIFICATION_STATUSES, 'verification status');
		const sid = c['source'];
		const src = typeof sid === 'string' ? sources?.get(sid) : undefined;
		if (!src) {
			const why =
				typeof sid === 'string' && sources?.has(sid)
					? 'has errors in sources.json'
					: `is not in the sources registry${sources ? '' : ' (no sources.json was loaded)'}`;
			r.error(`${ca}.source`, `${show(sid)} ${why}`);
		} else if (Array.isArray(rb) && rb.length > 0 && rb[rb.length - 1] !== src.publisher) {
			r.error(`${ca}.reportedBy`, `must end with the publisher of '${src.id}' ('${src.publisher}')`);
		}
	});
}

/** Checks one [lon, lat(, alt)] position; returns false if it is unusable. */
function checkPos(r: Reporter, v: unknown, at: string): boolean {
	if (
		!Array.isArray(v) ||
		v.length < 2 ||
		v.length > 3 ||
		!v.every((n) => typeof n === 'number' && Number.isFinite(n))
	) {
		r.error(at, `${show(v)} is not a position [longitude, latitude]`);
		return false;
	}
	const [lon, lat] = v as [number, number];
	if (lon < -180 || lon > 180) r.error(at, `longitude ${lon} is outside -180..180`);
	if (lat < -90 || lat > 90) r.error(at, `latitude ${lat} is outside -90..90`);
	return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
}

function checkLine(r: Reporter, v: unknown, at: string, min: number): boolean {
	if (!Array.isArray(v)) return (r.error(at, 'must be an array of positions'), false);
	let ok = v.length >= min;
	if (!ok) r.error(at, `has ${v.length} position${v.length === 1 ? '' : 's'} (at least ${min})`);
	v.forEach((p, i) => (ok = checkPos(r, p, `${at}[${i}]`) && ok));
	return ok;
}

function checkPolygon(r: Reporter, v: unknown, at: string): boolean {
	if (!Array.isArray(v) || v.length === 0) return (r.error(at, 'must be a non-empty array of rings'), false);
	let ok = true;
	v.forEach((ring: unknown, i) => {
		const ra = `${at}[${i}]`;
		if (!checkLine(r, ring, ra, 4)) return (ok = false);
		const first = (ring as number[][])[0];
		const last = (ring as number[][]).at(-1);
		if (first?.[0] !== last?.[0] || first?.[1] !== last?.[1]) {
			ok = false;
			r.error(ra, 'ring is not closed (first and last positions differ)');
		}
	});
	return ok;
}

function checkGeometry(r: Reporter, g: unknown): void {
	if (!isObj(g)) return r.error('geometry', 'must be a GeoJSON geometry object');
	const type = g['type'];
	if (typeof type !== 'string' || !GEOMETRY_TYPES.includes(type)) {
		return r.error('geometry.type', `${show(type)} is not one of ${GEOMETRY_TYPES.join(', ')}`);
	}
	const c = g['coordinates'];
	const at = 'geometry.coordinates';
	const many = (f: (v: unknown, a: string) => boolean): boolean => {
		if (!Array.isArray(c) || c.length === 0) return (r.error(at, 'must be a non-empty array'), false);
		return c.map((v, i) => f(v, `${at}[${i}]`)).every(Boolean);
	};
	if (type === 'Point') checkPos(r, c, at);
	else if (type === 'MultiPoint') many((v, a) => checkPos(r, v, a));
	else if (type === 'LineString') checkLine(r, c, at, 2);
	else if (type === 'MultiLineString') many((v, a) => checkLine(r, v, a, 2));
	else {
		const ok = type === 'Polygon' ? checkPolygon(r, c, at) : many((v, a) => checkPolygon(r, v, a));
		if (ok) {
			const found = kinks({ type: type, coordinates: c } as Polygon | MultiPolygon).features[0];
			if (found) r.error(at, `polygon intersects itself near [${found.geometry.coordinates.join(', ')}]`);
		}
	}
}

function checkFeature(
	r: Reporter,
	f: Obj,
	layer: string,
	layers: ReadonlyMap<string, LayerSpec>,
	sources: Registry | undefined
): void {
	r.keys(f, FEATURE_KEYS, '');
	if (f['type'] !== 'Feature') r.error('type', `${show(f['type'])} must be 'Feature'`);
	checkGeometry(r, f['geometry']);
	const p = f['properties'];
	if (!isObj(p)) return r.error('properties', 'must be an object');
	r.keys(p, PROPS_KEYS, 'properties');
	r.text(p, 'name', 'properties', LIMITS.short);
	r.text(p, 'summary', 'properties', LIMITS.long);
	r.oneOf(p, 'layer', 'properties', [...layers.keys()], 'layer');
	if (typeof p['layer'] === 'string' && layers.has(p['layer']) && p['layer'] !== layer) {
		r.error('properties.layer', `'${p['layer']}' does not match the file name (expected '${layer}')`);
	}
	r.oneOf(p, 'kind', 'properties', FEATURE_KINDS, 'feature kind');
	// A territory layer holds only held, gained and lost ground, as areas; no other layer holds them.
	const territory = layers.get(layer)?.style === 'territory';
	const kind = p['kind'];
	if (typeof kind === 'string' && (FEATURE_KINDS as readonly string[]).includes(kind)) {
		const pieceKind = (TERRITORY_KINDS as readonly string[]).includes(kind);
		if (territory && !pieceKind)
			r.error(
				'properties.kind',
				`'${kind}' is not a kind of a territory layer (${TERRITORY_KINDS.join(', ')})`
			);
		else if (!territory && pieceKind)
			r.error('properties.kind', `'${kind}' belongs in a layer with "style": "territory"`);
		const type = isObj(f['geometry']) ? f['geometry']['type'] : undefined;
		if (pieceKind && type !== 'Polygon' && type !== 'MultiPolygon')
			r.error('geometry.type', `${show(type)}: a piece of territory must be a Polygon or MultiPolygon`);
	}
	checkTime(r, p['time'], 'properties.time', { kind: p['kind'], claims: p['claims'], sources });

	const pos = p['position'];
	if (!isObj(pos)) r.error('properties.position', 'must be an object { precision, source, region?, note? }');
	else {
		r.keys(pos, POSITION_KEYS, 'properties.position');
		r.oneOf(pos, 'precision', 'properties.position', POSITION_PRECISIONS, 'position precision');
		r.text(pos, 'source', 'properties.position', LIMITS.note);
		r.text(pos, 'note', 'properties.position', LIMITS.note, true);
		r.text(pos, 'region', 'properties.position', LIMITS.short, pos['precision'] !== 'region');
		if (pos['precision'] === 'schematic' && p['schematic'] !== true) {
			r.error('properties.position.precision', "'schematic' requires properties.schematic: true");
		}
	}

	if (typeof p['schematic'] !== 'boolean') r.error('properties.schematic', 'must be true or false');
	if (p['schematic'] === true) r.text(p, 'schematicNote', 'properties', LIMITS.note);
	else if (p['schematicNote'] !== undefined)
		r.error('properties.schematicNote', 'is only allowed when schematic is true');

	checkClaims(r, p['claims'], 'properties.claims', sources);
}

function checkSource(r: Reporter, s: Obj): void {
	r.keys(s, SOURCE_KEYS, '');
	r.text(s, 'publisher', '', LIMITS.short);
	r.text(s, 'title', '', LIMITS.short * 2);
	r.text(s, 'note', '', LIMITS.note, true);
	const d = dateProblem(s['date']);
	if (d) r.error('date', d);
	r.oneOf(s, 'kind', '', SOURCE_KINDS, 'source kind');
	if (s['url'] !== undefined) {
		r.text(s, 'url', '', LIMITS.note);
		let protocol = '';
		try {
			protocol = new URL(String(s['url'])).protocol;
		} catch {
			/* reported below */
		}
		if (protocol !== 'http:' && protocol !== 'https:')
			r.error('url', `${show(s['url'])} is not an http(s) URL`);
	}
}

const HEX_COLOUR = /^#[0-9a-f]{6}$/;

function checkLayer(r: Reporter, l: Obj): void {
	r.keys(l, LAYER_KEYS, '');
	r.text(l, 'label', '', LIMITS.label);
	r.text(l, 'description', '', LIMITS.note, true);
	r.text(l, 'credit', '', LIMITS.note, true);
	r.text(l, 'licence', '', LIMITS.short, true);
	if (l['style'] !== undefined) r.oneOf(l, 'style', '', LAYER_STYLES, 'layer style');
	const compare = l['compare'];
	if (compare !== undefined) {
		if (l['style'] !== 'territory') r.error('compare', 'is only for layers with "style": "territory"');
		else if (!Array.isArray(compare) || !compare.every((c) => typeof c === 'string' && KEBAB.test(c)))
			r.error('compare', 'must be an array of figure ids');
	}
	const colour = l['colour'];
	if (typeof colour !== 'string' || !HEX_COLOUR.test(colour)) {
		return r.error('colour', `${show(colour)} is not a colour '#rrggbb' (lower-case hex)`);
	}
	for (const bg of LAYER_COLOUR_BACKGROUNDS) {
		const ratio = contrast(colour, bg);
		if (ratio < LAYER_COLOUR_MIN_CONTRAST)
			r.error(
				'colour',
				`'${colour}' has ${ratio.toFixed(2)}:1 contrast against ${bg} (at least ${LAYER_COLOUR_MIN_CONTRAST}:1, so its chips and marks can be seen)`
			);
	}
}

function checkFigure(r: Reporter, f: Obj, sources: Registry | undefined): void {
	r.keys(f, FIGURE_KEYS, '');
	r.text(f, 'label', '', LIMITS.short);
	r.text(f, 'value', '', LIMITS.short);
	checkTime(r, f['time'], 'time', { kind: undefined, claims: f['claims'], sources });
	checkClaims(r, f['claims'], 'claims', sources);
}

/**
 * Parses and checks one array-holding file; returns its items or undefined. `foreign` are the
 * top-level keys a FeatureCollection may carry beyond GeoJSON's (a territory layer's `snapshots`);
 * `keep` receives the parsed object.
 */
function items(
	r: Reporter,
	file: DataFile,
	key: string,
	foreign: readonly string[] = [],
	keep?: (json: Obj) => void
): unknown[] | undefined {
	let json: unknown = file.json;
	try {
		if (json === undefined) json = JSON.parse(file.text);
	} catch (e) {
		r.error('', `is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
		return undefined;
	}
	if (key === 'features') {
		if (!isObj(json) || json['type'] !== 'FeatureCollection') {
			r.error('type', 'must be a GeoJSON FeatureCollection');
			return undefined;
		}
		r.keys(json, ['type', 'features', 'bbox', 'name', ...foreign], '');
		keep?.(json);
	} else if (isObj(json)) r.keys(json, [key], '');
	const list = isObj(json) ? json[key] : undefined;
	if (!Array.isArray(list)) {
		r.error(key, 'must be an array');
		return undefined;
	}
	return list;
}

/** `features[3]` when the id is missing or not a usable id, so the error can still be located. */
function idOf(r: Reporter, o: unknown, index: number, key: string): string {
	const id = isObj(o) ? o['id'] : undefined;
	if (typeof id === 'string' && KEBAB.test(id) && id.length <= LIMITS.id) return id;
	r.forId(`${key}[${index}]`).error(
		'id',
		`${show(id)} must be a kebab-case string id (a-z, 0-9, '-', ≤ ${LIMITS.id})`
	);
	return '';
}

/**
 * A territory layer's table of snapshots and its pieces, checked together (`territory.ts`): the
 * series, or undefined when it cannot be shown (its errors are added to `errors`).
 */
function checkSeries(
	file: string,
	layer: string,
	collection: Obj,
	pieces: readonly TimelineFeature[],
	options: ValidateOptions,
	errors: DataError[]
): TerritorySeries | undefined {
	const found = checkTerritory(file, collection, pieces, options.deep ? { deep: options.deep } : {});
	errors.push(...found);
	return found.length === 0
		? { layer, snapshots: collection['snapshots'] as TerritorySnapshot[] }
		: undefined;
}

/**
 * Validates a whole dataset at once, because ids must be unique across files and claims must
 * point into the sources registry. Every error is collected, not just the first, so an editor
 * fixes a file in one pass. `dataset` holds only the items that passed, so the app can still
 * show the rest when one file or feature is broken (and tell the reader what was left out).
 */
export function validateDataset(
	files: DataFile[],
	options: ValidateOptions = {}
): { dataset: Dataset; errors: DataError[] } {
	const errors: DataError[] = [];
	const dataset: Dataset = { layers: [], features: [], sources: [], figures: [], territory: [] };
	// One id space for features and figures: a selection and a link (`/place/<id>`, `/figure/<id>`) name either.
	const ids = new Map<string, string>();
	const claimId = (r: Reporter, id: string, file: string): boolean => {
		if (!id) return false;
		const prev = ids.get(id);
		if (prev !== undefined) {
			r.forId(id).error('id', `duplicate id, already used in ${prev}`);
			return false;
		}
		ids.set(id, file);
		return true;
	};

	let sources: Registry | undefined;
	const sourceFiles = files.filter((f) => baseName(f.path) === SOURCES_FILE);
	for (const f of sourceFiles) {
		const r = new Reporter(errors, f.path);
		const list = items(r, f, 'sources');
		sources ??= new Map();
		list?.forEach((s, i) => {
			const id = idOf(r, s, i, 'sources');
			if (!isObj(s) || !id) return;
			const sr = r.forId(id);
			const before = sr.count;
			checkSource(sr, s);
			if (sources?.has(id)) return sr.error('id', 'duplicate source id');
			const valid = sr.count === before;
			sources?.set(id, valid ? (s as unknown as Source) : null);
			if (valid) dataset.sources.push(s as unknown as Source);
		});
	}

	// Declared layers, by id; only the valid ones, so a broken declaration cannot reach the map.
	let layers: Map<string, LayerSpec> | undefined;
	for (const f of files.filter((file) => baseName(file.path) === LAYERS_FILE)) {
		const r = new Reporter(errors, f.path);
		layers ??= new Map();
		items(r, f, 'layers')?.forEach((l, i) => {
			const id = idOf(r, l, i, 'layers');
			if (!isObj(l) || !id) return;
			const lr = r.forId(id);
			if (layers?.has(id)) return lr.error('id', 'duplicate layer id');
			const before = lr.count;
			checkLayer(lr, l);
			if (lr.count === before) {
				layers?.set(id, l as unknown as LayerSpec);
				dataset.layers.push(l as unknown as LayerSpec);
			}
		});
	}
	const declared: ReadonlyMap<string, LayerSpec> = layers ?? new Map();

	for (const f of files) {
		const name = baseName(f.path);
		if (name === SOURCES_FILE || name === LAYERS_FILE) continue;
		const r = new Reporter(errors, f.path);
		if (name === FIGURES_FILE) {
			items(r, f, 'figures')?.forEach((fig, i) => {
				const id = idOf(r, fig, i, 'figures');
				if (!isObj(fig) || !claimId(r, id, f.path)) return;
				const fr = r.forId(id);
				checkFigure(fr, fig, sources);
				if (fr.count === 0) dataset.figures.push(fig as unknown as Figure);
			});
			continue;
		}
		const layer = layerOfFile(name);
		if (layer === undefined || !isDataFileName(name)) {
			r.error(
				'',
				`is not a data file name: expected <layer>.geojson, ${LAYERS_FILE}, ${SOURCES_FILE} or ${FIGURES_FILE}`
			);
			continue;
		}
		if (!declared.has(layer)) {
			const known = [...declared.keys()].join(', ') || 'none';
			r.error(
				'',
				layers
					? `is not a declared layer: add { "id": "${layer}", … } to ${LAYERS_FILE} (declared: ${known})`
					: `is not a declared layer: no ${LAYERS_FILE} was loaded`
			);
			continue;
		}
		const territory = declared.get(layer)?.style === 'territory';
		let collection: Obj | undefined;
		const accepted: TimelineFeature[] = [];
		const list = items(r, f, 'features', territory ? ['snapshots'] : [], (json) => (collection = json));
		list?.forEach((feat, i) => {
			const id = idOf(r, feat, i, 'features');
			if (!isObj(feat)) return r.forId(`features[${i}]`).error('', 'must be a GeoJSON Feature object');
			const fr = r.forId(id || `features[${i}]`);
			checkFeature(fr, feat, layer, declared, sources);
			if (claimId(r, id, f.path) && fr.count === 0) accepted.push(feat as unknown as TimelineFeature);
		});
		if (territory && collection) {
			const series = checkSeries(f.path, layer, collection, accepted, options, errors);
			if (series) dataset.territory.push(series);
			// A series whose table is broken is left out whole: its pieces mean nothing without it.
			else continue;
		}
		dataset.features.push(...accepted);
	}
	// A layer's `compare` names figures: each must be one the data has (when it has a figures file).
	const figuresGiven = files.some((f) => baseName(f.path) === FIGURES_FILE);
	if (figuresGiven)
		for (const l of dataset.layers)
			for (const id of l.compare ?? [])
				if (!dataset.figures.some((f) => f.id === id))
					errors.push({
						file: LAYERS_FILE,
						featureId: l.id,
						field: 'compare',
						message: `'${id}' is not a figure in ${FIGURES_FILE}`
					});
	return { dataset, errors };
}
