/**
 * The URL form of the view state: the one place that parses a link into a `ViewState` and writes one
 * back. A link is what people cite, so it is human readable
 * (`/place/poltava-strike?date=2025-02-01&layers=strikes,kursk&at=49.5937,34.5407,8.5`), pins its day,
 * and a broken or old link still opens something sensible: every part that cannot be honoured falls
 * back to its default and is reported as a short notice instead of an error.
 *
 * Parsing goes through URLSearchParams and the schema table below (no pattern matching on URLs);
 * it is pure: the data it validates against (known places, the date range, layer ids) comes in as a
 * `UrlContext`.
 */
import type { Dataset, LayerId } from '$lib/data/types';
import { parseIsoDay, toDay, toIso } from '$lib/time/days';
import { clampDay, dataRange, defaultDay, type DayRange } from '$lib/timeline/range';
import { normaliseWindow, WINDOW_SEPARATOR } from '$lib/timeline/window';
import { CAMERA_LIMITS, type Camera, type ViewState } from './view';

/** What the parser validates against; built from the loaded data by {@link urlContext}. */
export interface UrlContext {
	/** Known feature ids → the day a link to that place alone opens on. */
	places: ReadonlyMap<string, number>;
	/** Known figure ids (figures.json; ids are unique across features and figures) → the same. */
	figures: ReadonlyMap<string, number>;
	/** The days the data covers; a date outside is clamped into it. */
	range: DayRange;
	/** The day a link without a date (and without a place) opens on. */
	defaultDay: number;
	/** Layer ids the data declares, in their order. */
	layers: readonly LayerId[];
}

export interface ParseResult {
	view: ViewState;
	/** What the link asked for and did not get, one short sentence each. */
	notices: string[];
}

/** Decimals kept in a link: 4 for lat/lon (about 10 m), 2 for zoom — finer says nothing on screen. */
const DECIMALS = { lat: 4, lon: 4, zoom: 2 } as const satisfies Record<keyof Camera, number>;

/** The value that stands for "no layers" (an empty list would look like a truncated link). */
const NO_LAYERS = 'none';

/** Longest piece of a link quoted back in a notice. */
const QUOTE_MAX = 40;

/** Builds the parser's context from validated data, so the app and the tests validate alike. */
export function urlContext(dataset: Pick<Dataset, 'layers' | 'features' | 'figures'>): UrlContext {
	const range = dataRange(dataset);
	return {
		places: new Map(dataset.features.map((f) => [f.id, toDay(f.properties.time.start)])),
		figures: new Map(dataset.figures.map((f) => [f.id, toDay(f.time.start)])),
		range,
		defaultDay: Math.min(range.max, defaultDay(dataset)),
		layers: dataset.layers.map((l) => l.id)
	};
}

/** Rounds a camera to what a link keeps, so the live state and a reopened link compare equal. */
export function roundCamera(camera: Camera): Camera {
	return {
		lat: round(camera.lat, DECIMALS.lat),
		lon: round(camera.lon, DECIMALS.lon),
		zoom: round(camera.zoom, DECIMALS.zoom)
	};
}

function round(value: number, decimals: number): number {
	const f = 10 ** decimals;
	// `|| 0` turns -0 into 0, so "-0" never appears in a link and equal views compare equal.
	return Math.round(value * f) / f || 0;
}

function quote(text: string): string {
	const short = text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX)}…` : text;
	return `“${short}”`;
}

/** A field's parse outcome: a value (perhaps with a notice), or only a notice and the default. */
type Parsed<T> = { value: T; notice?: string } | { value?: undefined; notice: string };

interface Field<K extends keyof ViewState> {
	/** The query parameter. */
	key: string;
	/** Applied when the parameter is missing or unusable. */
	fallback(ctx: UrlContext): ViewState[K];
	parse(raw: string, ctx: UrlContext): Parsed<ViewState[K]>;
	/**
	 * The parameter's text, or null to leave it out (a default, so links stay short). `layers` are the
	 * data's layer ids, in order: a link that shows them all leaves `layers=` out.
	 */
	serialise(value: ViewState[K], layers: readonly LayerId[]): string | null;
}

type Schema = { [K in keyof Required<ViewState>]: Field<K> };

/** Parses one "lat,lon,zoom" number; Number() alone would read "" and " " as 0. */
function coordinate(text: string): number | null {
	const t = text.trim();
	if (t === '') return null;
	const n = Number(t);
	return Number.isFinite(n) ? n : null;
}

/**
 * The schema: one entry per view-state property, in the order parameters appear in a link.
 * `place` is parsed before `date` only in spirit: a place-only link opens on the place's day, which
 * {@link parseView} applies after the table.
 */
const SCHEMA: Schema = {
	date: {
		key: 'date',
		fallback: (ctx) => ctx.defaultDay,
		parse(raw, ctx) {
			const day = parseIsoDay(raw.trim());
			if (day === null)
				return { notice: `Ignored the date ${quote(raw)}: not a calendar date (YYYY-MM-DD).` };
			const clamped = clampDay(day, ctx.range);
			if (clamped === day) return { value: day };
			const where = day < ctx.range.min ? 'before the data begins' : 'after the data ends';
			return { value: clamped, notice: `The date ${toIso(day)} is ${where}; showing ${toIso(clamped)}.` };
		},
		serialise: (day) => (Number.isInteger(day) && Math.abs(day) < 1e8 ? toIso(day) : null)
	},
	place: {
		key: 'place',
		fallback: () => null,
		parse(raw, ctx) {
			if (raw === '') return { value: null };
			// A feature or a figure: the selection holds either (ids are unique across both).
			if (ctx.places.has(raw) || ctx.figures.has(raw)) return { value: raw };
			return { notice: `No place ${quote(raw)} in the data; nothing is selected.` };
		},
		serialise: (place) => place
	},
	layers: {
		key: 'layers',
		fallback: (ctx) => [...ctx.layers],
		parse(raw, ctx) {
			const text = raw.trim();
			if (text === '' || text === NO_LAYERS) return { value: [] };
			const asked = text
				.split(',')
				.map((s) => s.trim())
				.filter((s) => s !== '');
			const known = new Set<string>(ctx.layers);
			const unknown = [...new Set(asked.filter((l) => !known.has(l)))];
			const value = ctx.layers.filter((l) => asked.includes(l));
			if (unknown.length === 0) return { value };
			const list = quote(unknown.join(', '));
			if (value.length === 0) return { notice: `No layers ${list} in the data; showing all layers.` };
			return { value, notice: `Ignored unknown layers ${list}.` };
		},
		serialise(shown, layers) {
			if (shown.length === 0) return NO_LAYERS;
			if (layers.every((l) => shown.includes(l))) return null;
			return layers.filter((l) => shown.includes(l)).join(',');
		}
	},
	window: {
		key: 'win',
		fallback: () => undefined,
		parse(raw, ctx) {
			const text = raw.trim();
			if (text === '') return { value: undefined };
			const parts = text.split(WINDOW_SEPARATOR).map((p) => parseIsoDay(p.trim()));
			const [first, last] = parts;
			if (parts.length !== 2 || first == null || last == null) {
				return { notice: `Ignored the time window ${quote(raw)}: expected first..last day (YYYY-MM-DD).` };
			}
			const value = normaliseWindow({ min: first, max: last }, ctx.range);
			if (value.min === first && value.max === last) return { value };
			return {
				value,
				notice: `The time window ${quote(raw)} did not fit the data; showing ${toIso(value.min)} to ${toIso(value.max)}.`
			};
		},
		serialise: (w) =>
			w !== undefined && [w.min, w.max].every((d) => Number.isInteger(d) && Math.abs(d) < 1e8)
				? `${toIso(w.min)}${WINDOW_SEPARATOR}${toIso(w.max)}`
				: null
	},
	camera: {
		key: 'at',
		fallback: () => null,
		parse(raw) {
			if (raw.trim() === '') return { value: null };
			const parts = raw.split(',').map(coordinate);
			const [lat, lon, zoom] = parts;
			if (parts.length !== 3 || lat == null || lon == null || zoom == null) {
				return { notice: `Ignored the map position ${quote(raw)}: expected latitude,longitude,zoom.` };
			}
			const asked = { lat, lon, zoom };
			const clamped = roundCamera({
				lat: clamp(lat, CAMERA_LIMITS.lat),
				lon: clamp(lon, CAMERA_LIMITS.lon),
				zoom: clamp(zoom, CAMERA_LIMITS.zoom)
			});
			const moved = (Object.keys(asked) as (keyof Camera)[]).some(
				(k) => asked[k] < CAMERA_LIMITS[k][0] || asked[k] > CAMERA_LIMITS[k][1]
			);
			if (!moved) return { value: clamped };
			return {
				value: clamped,
				notice: 'The map position was outside the map; moved it to the nearest edge.'
			};
		},
		serialise: (camera) => {
			if (camera === null) return null;
			const c = roundCamera(camera);
			return `${c.lat},${c.lon},${c.zoom}`;
		}
	}
};

function clamp(value: number, [min, max]: readonly [number, number]): number {
	return Math.min(max, Math.max(min, value));
}

/** Parameter order in a written link: the day first, as people read it. */
const ORDER: readonly (keyof ViewState)[] = ['date', 'window', 'place', 'layers', 'camera'];

function parseField<K extends keyof ViewState>(
	field: Field<K>,
	params: URLSearchParams,
	ctx: UrlContext,
	notices: string[]
): { value: ViewState[K]; given: boolean } {
	const values = params.getAll(field.key);
	const first = values[0];
	if (first === undefined) return { value: field.fallback(ctx), given: false };
	if (new Set(values).size > 1) {
		notices.push(`The link gives “${field.key}” ${values.length} times; used the first.`);
	}
	const parsed = field.parse(first, ctx);
	if (parsed.notice !== undefined) notices.push(parsed.notice);
	return parsed.value === undefined
		? { value: field.fallback(ctx), given: false }
		: { value: parsed.value, given: true };
}

/**
 * Query parameters → view state. Never throws: each part that cannot be used falls back to its
 * default and adds a notice; unknown parameters are left out (tracking tags must not break a link).
 * A link with a place but no usable date opens on that place's day, so `/place/<id>` shows it.
 */
export function parseView(params: URLSearchParams, ctx: UrlContext): ParseResult {
	const notices: string[] = [];
	const date = parseField(SCHEMA.date, params, ctx, notices);
	const place = parseField(SCHEMA.place, params, ctx, notices);
	const layers = parseField(SCHEMA.layers, params, ctx, notices);
	const camera = parseField(SCHEMA.camera, params, ctx, notices);
	const win = parseField(SCHEMA.window, params, ctx, notices);
	let day = date.value;
	if (!date.given && place.value !== null) {
		const at = ctx.places.get(place.value) ?? ctx.figures.get(place.value);
		day = clampDay(at ?? ctx.defaultDay, ctx.range);
	}
	const view: ViewState = { date: day, place: place.value, layers: layers.value, camera: camera.value };
	if (win.value !== undefined) view.window = win.value;
	return { view, notices };
}

/** Encodes a value for a query, keeping commas literal so `layers=strikes,kursk` stays readable. */
function encode(value: string): string {
	return encodeURIComponent(value).replaceAll('%2C', ',');
}

/**
 * View state → query string (no leading `?`). Defaults are left out to keep links short, except
 * the date: a link always pins its day, or it would drift as the data grows. `layers` are the data's
 * layer ids (all shown: no `layers=`). `place` is included only when `withPlace` (the `/place/<id>`
 * form carries it in the path instead).
 */
export function serialiseView(view: ViewState, layers: readonly LayerId[], withPlace = true): string {
	const parts: string[] = [];
	for (const prop of ORDER) {
		if (prop === 'place' && !withPlace) continue;
		const text = serialiseProp(prop, view, layers);
		if (text !== null) parts.push(`${SCHEMA[prop].key}=${encode(text)}`);
	}
	return parts.join('&');
}

function serialiseProp<K extends keyof ViewState>(
	prop: K,
	view: ViewState,
	layers: readonly LayerId[]
): string | null {
	return SCHEMA[prop].serialise(view[prop], layers);
}

/**
 * The link to a view, relative to the site root (`base` is SvelteKit's base path): a selected place
 * links to its own prerendered page `/place/<id>?…`, which unfurls with the place's name and summary,
 * a selected figure (one of `figures`) to `/figure/<id>?…`; otherwise `/?…`.
 */
export function viewHref(
	view: ViewState,
	layers: readonly LayerId[],
	base = '',
	figures: { has(id: string): boolean } = NO_FIGURES
): string {
	const query = serialiseView(view, layers, view.place === null);
	const page = view.place !== null && figures.has(view.place) ? 'figure' : 'place';
	const path = view.place === null ? `${base}/` : `${base}/${page}/${encodeURIComponent(view.place)}`;
	return query === '' ? path : `${path}?${query}`;
}

const NO_FIGURES: ReadonlySet<string> = new Set();

/**
 * The place a `/place/<id>` path names, or null for any other path. Plain prefix slicing (no
 * patterns); a malformed escape yields the raw text, which then fails validation like any unknown id.
 */
export function placeFromPath(pathname: string, base = ''): string | null {
	return idFromPath(pathname, `${base}/place/`);
}

/** The figure a `/figure/<id>` path names, or null for any other path (as {@link placeFromPath}). */
export function figureFromPath(pathname: string, base = ''): string | null {
	return idFromPath(pathname, `${base}/figure/`);
}

function idFromPath(pathname: string, prefix: string): string | null {
	if (!pathname.startsWith(prefix)) return null;
	const rest = pathname.slice(prefix.length);
	if (rest === '') return null;
	try {
		return decodeURIComponent(rest);
	} catch {
		return rest;
	}
}

/**
 * A whole location → view state: the path's place or figure wins over a `place` parameter. A
 * `/figure/<id>` path names figures only; an unknown one is reported like an unknown place.
 */
export function parseLocation(pathname: string, search: string, ctx: UrlContext, base = ''): ParseResult {
	const params = new URLSearchParams(search);
	const pathPlace = placeFromPath(pathname, base);
	const pathFigure = figureFromPath(pathname, base);
	if (pathPlace !== null) params.set('place', pathPlace);
	if (pathFigure === null || ctx.figures.has(pathFigure)) {
		if (pathFigure !== null) params.set('place', pathFigure);
		return parseView(params, ctx);
	}
	params.delete('place');
	const { view, notices } = parseView(params, ctx);
	return { view, notices: [`No figure ${quote(pathFigure)} in the data; nothing is selected.`, ...notices] };
}
