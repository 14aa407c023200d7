/**
 * The share image of a place or figure page (`/share/<id>.png`, what a link unfurls with in a chat
 * app), drawn as an SVG: a crop of the app's own basemap in Web Mercator with the place drawn on it as
 * the map draws it (a point with its approximate-area ring or region outline, a movement line, an
 * area), beside the place's name, its date as the app words it, its layer and the site's name. A
 * figure has no place: its card is the label, the value and the date. Pure: the text measure is
 * handed in (`share-render.ts` measures with the font the PNG is drawn with).
 *
 * The basemap is clipped to the crop, so an image carries only the few paths it shows; the credit
 * the basemap's licences ask for (static/basemap/ATTRIBUTION.md) is printed on every map.
 */
import { bboxClip, bbox as turfBbox } from '@turf/turf';
import type { BBox, Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Figure, LayerSpec, TimelineFeature } from '$lib/data/types';
import { COLORS } from '$lib/map/style';
import { COLOURS, MOVEMENT_LINE, pointSymbol, SELECTION_BLUE } from '$lib/map/layers/symbology';
import { TERRITORY } from '$lib/map/layers/territory';
import { MIN_SHAPE_PX } from '$lib/map/selection/frame';
import { precisionRing } from '$lib/spatial/measures';
import { formatTime } from '$lib/time/format';
import { SHARE_IMAGE, SITE_NAME } from './meta';

export const CARD_WIDTH = SHARE_IMAGE.width;
export const CARD_HEIGHT = SHARE_IMAGE.height;
/** The text column on the left; the map fills the rest. */
export const PANEL_WIDTH = 440;
export const MAP_BOX = {
	x: PANEL_WIDTH,
	y: 0,
	width: CARD_WIDTH - PANEL_WIDTH,
	height: CARD_HEIGHT
} as const;

/** The basemap's credit, as the map shows it (static/basemap/ATTRIBUTION.md). */
export const BASEMAP_CREDIT = '© Natural Earth · GeoNames (CC BY 4.0)';

/** Symbols are drawn this much larger than on the map at zoom 6: a preview is seen small. */
const SYMBOL_SCALE = 1.6;
/** Zoom for a point (about 300 km across the map), and the closest zoom a shape is fitted at. */
const POINT_ZOOM = 7;
const MAX_SHAPE_ZOOM = 8;
const MIN_ZOOM = 3;
/** Room (px) kept around the place when fitting it. */
const FIT_PADDING = 70;
/** Paths are clipped to the crop plus this margin (px), so strokes at its edge are not cut short. */
export const CLIP_MARGIN = 8;

export type Weight = 400 | 600;
/** Width in px of `text` set in Noto Sans at `size` px and `weight`. */
export type MeasureText = (text: string, size: number, weight: Weight) => number;

/** The basemap files the card draws (static/basemap/). */
export interface Basemap {
	countries: FeatureCollection;
	admin1: FeatureCollection;
	admin1Lines: FeatureCollection;
	borders: FeatureCollection;
	places: FeatureCollection;
}

/** Web Mercator at a zoom (512-px world, as MapLibre), centred on `center` in the map box. */
export interface View {
	zoom: number;
	center: Position;
}

const worldSize = (zoom: number) => 512 * 2 ** zoom;

function mercator([lon, lat]: Position): [number, number] {
	const phi = (Math.max(-85, Math.min(85, lat ?? 0)) * Math.PI) / 180;
	return [((lon ?? 0) + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

function unmercator(x: number, y: number): Position {
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
	return [x * 360 - 180, lat];
}

/** Card pixel of a longitude/latitude in `view`. */
export function project(view: View, p: Position): [number, number] {
	const size = worldSize(view.zoom);
	const [cx, cy] = mercator(view.center);
	const [x, y] = mercator(p);
	return [MAP_BOX.x + MAP_BOX.width / 2 + (x - cx) * size, MAP_BOX.y + MAP_BOX.height / 2 + (y - cy) * size];
}

/** The longitude/latitude box the map box shows, grown by `margin` px on every side. */
export function viewBounds(view: View, margin = 0): BBox {
	const size = worldSize(view.zoom);
	const [cx, cy] = mercator(view.center);
	const dx = (MAP_BOX.width / 2 + margin) / size;
	const dy = (MAP_BOX.height / 2 + margin) / size;
	const [w, n] = unmercator(cx - dx, cy - dy);
	const [e, s] = unmercator(cx + dx, cy + dy);
	return [w ?? 0, s ?? 0, e ?? 0, n ?? 0];
}

/**
 * The view that shows `box` whole with room around it: a point (a box of no size) at POINT_ZOOM,
 * a shape as close as fits, no closer than MAX_SHAPE_ZOOM.
 */
export function fitView(box: BBox, isPoint: boolean): View {
	const [w, s, e, n] = box;
	const [x0, y0] = mercator([w, n]);
	const [x1, y1] = mercator([e, s]);
	const center = unmercator((x0 + x1) / 2, (y0 + y1) / 2);
	const dx = Math.max(x1 - x0, 1e-12);
	const dy = Math.max(y1 - y0, 1e-12);
	const fit = Math.log2(
		Math.min((MAP_BOX.width - 2 * FIT_PADDING) / (512 * dx), (MAP_BOX.height - 2 * FIT_PADDING) / (512 * dy))
	);
	const zoom = Math.max(MIN_ZOOM, Math.min(isPoint ? POINT_ZOOM : MAX_SHAPE_ZOOM, fit));
	return { zoom, center };
}

/** Text safe inside an SVG element or a double-quoted attribute. */
function xml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
}

const num = (v: number) => String(Math.round(v * 10) / 10);

function ringPath(view: View, ring: Position[], close: boolean): string {
	let d = '';
	let last = '';
	for (const p of ring) {
		const [x, y] = project(view, p);
		const pt = `${num(x)} ${num(y)}`;
		if (pt === last) continue; // several coordinates in one tenth of a pixel: one is enough
		d += `${d === '' ? 'M' : 'L'}${pt}`;
		last = pt;
	}
	return d === '' ? '' : close ? `${d}Z` : d;
}

/** The SVG path data of a line or area geometry in `view` (empty for a point or nothing). */
export function pathData(view: View, g: Geometry): string {
	switch (g.type) {
		case 'Polygon':
			return g.coordinates.map((r) => ringPath(view, r, true)).join('');
		case 'MultiPolygon':
			return g.coordinates.flatMap((poly) => poly.map((r) => ringPath(view, r, true))).join('');
		case 'LineString':
			return ringPath(view, g.coordinates, false);
		case 'MultiLineString':
			return g.coordinates.map((l) => ringPath(view, l, false)).join('');
		case 'GeometryCollection':
			return g.geometries.map((c) => pathData(view, c)).join('');
		default:
			return '';
	}
}

const intersects = (a: BBox, b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/** Each basemap feature's box, computed once per collection. */
const boxes = new WeakMap<Feature, BBox>();
function boxOf(f: Feature): BBox {
	let b = boxes.get(f);
	if (!b) boxes.set(f, (b = turfBbox(f)));
	return b;
}

/** The parts of a collection's lines and areas inside `bounds`, as one path (features outside are skipped). */
function clippedPath(
	view: View,
	fc: FeatureCollection,
	bounds: BBox,
	keep?: (f: Feature) => boolean
): string {
	let d = '';
	for (const f of fc.features) {
		if (!f.geometry || (keep && !keep(f)) || !intersects(boxOf(f), bounds)) continue;
		const g = f.geometry;
		if (
			g.type !== 'Polygon' &&
			g.type !== 'MultiPolygon' &&
			g.type !== 'LineString' &&
			g.type !== 'MultiLineString'
		)
			continue;
		d += pathData(view, bboxClip(g, bounds).geometry);
	}
	return d;
}

/** What the card says about a place (from the data and its layer declaration). */
export interface PlaceCard {
	title: string;
	/** The date as the app words it (`formatTime`). */
	date: string;
	/** The layer's label, in the layer's colour. */
	layer: string;
	colour: string;
	/** "Schematic shape" when the shape is drawn from a description. */
	note?: string;
}

export function placeCard(feature: TimelineFeature, layer?: LayerSpec): PlaceCard {
	const p = feature.properties;
	return {
		title: p.name,
		date: formatTime(p.time),
		layer: layer?.label ?? p.layer,
		colour: layer?.colour ?? COLOURS.movement,
		note: p.schematic ? 'Schematic shape' : undefined
	};
}

/** Lines of `text` no wider than `width`, at most `max`; the last ends in an ellipsis when cut. */
export function wrap(text: string, max: number, fits: (line: string) => boolean): string[] {
	// Split at ordinary spaces only: a no-break space (see keepDatesWhole) holds its words together.
	const words = text.split(/[ \t\n]+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line === '' ? word : `${line} ${word}`;
		if (line === '' || fits(next)) line = next;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line !== '') lines.push(line);
	if (lines.length <= max) return lines.map((l) => cut(l, fits));
	const kept = lines.slice(0, max);
	let last = `${kept[max - 1]} ${lines[max]}`;
	while (last.length > 1 && !fits(`${last}…`)) last = last.slice(0, -1).trimEnd();
	kept[max - 1] = `${last}…`;
	return kept
		.slice(0, -1)
		.map((l) => cut(l, fits))
		.concat(kept[max - 1] ?? '');
}

/** A single word wider than the column is cut with an ellipsis. */
function cut(line: string, fits: (line: string) => boolean): string {
	if (fits(line)) return line;
	let l = line;
	while (l.length > 1 && !fits(`${l}…`)) l = l.slice(0, -1);
	return `${l}…`;
}

/** A date ("Sat 1 Feb 2025", "6 Feb 2025", "January 2025") is never broken across lines. */
export function keepDatesWhole(text: string): string {
	return text.replace(/(?:[A-Z][a-z]{2} )?\d{1,2} [A-Z][a-z]{2} \d{4}|[A-Z][a-z]+ \d{4}/g, (d) =>
		d.replaceAll(' ', '\u00a0')
	);
}

interface TextBlock {
	lines: string[];
	size: number;
	weight: Weight;
	colour: string;
	/** Line height as a multiple of the size. */
	leading: number;
	/** Space after the block (px). */
	after: number;
}

/** The text column: blocks from the top, the site's name at the foot. */
function panel(blocks: TextBlock[], width: number, x = 48): string {
	let y = 64;
	let out = `<rect x="0" y="0" width="${width}" height="${CARD_HEIGHT}" fill="#fbfaf7"/>`;
	for (const b of blocks) {
		for (const line of b.lines) {
			y += b.size;
			out += `<text x="${x}" y="${num(y)}" font-size="${b.size}" font-weight="${b.weight}" fill="${b.colour}">${xml(line)}</text>`;
			y += b.size * (b.leading - 1);
		}
		y += b.after;
	}
	out += `<text x="${x}" y="${CARD_HEIGHT - 48}" font-size="26" font-weight="600" fill="${COLORS.placeText}">${SITE_NAME}</text>`;
	return out;
}

const PANEL_TEXT_WIDTH = PANEL_WIDTH - 2 * 48;

function placeBlocks(card: PlaceCard, measure: MeasureText): TextBlock[] {
	const fitsIn = (size: number, weight: Weight) => (l: string) =>
		measure(l, size, weight) <= PANEL_TEXT_WIDTH;
	// The name as large as lets it fit whole: two lines at 48 px, three at 40, else four at 34 (cut there).
	let titleSize = 34;
	let title: string[] = [];
	for (const [size, lines] of [
		[48, 2],
		[40, 3],
		[34, 4]
	] as const) {
		titleSize = size;
		title = wrap(card.title, lines, fitsIn(size, 600));
		if (!title.some((l) => l.endsWith('…'))) break;
	}
	const blocks: TextBlock[] = [
		{
			lines: wrap(card.layer.toUpperCase(), 1, fitsIn(20, 600)),
			size: 20,
			weight: 600,
			colour: card.colour,
			leading: 1.3,
			after: 18
		},
		{ lines: title, size: titleSize, weight: 600, colour: COLORS.placeText, leading: 1.18, after: 20 },
		{
			lines: wrap(keepDatesWhole(card.date), 3, fitsIn(28, 400)),
			size: 28,
			weight: 400,
			colour: '#4d4a46',
			leading: 1.3,
			after: 12
		}
	];
	if (card.note)
		blocks.push({
			lines: wrap(card.note, 3, fitsIn(20, 400)),
			size: 20,
			weight: 400,
			colour: '#66625c',
			leading: 1.3,
			after: 0
		});
	return blocks;
}

/** A point symbol as the map's point layer draws a shown feature of its kind (symbology.ts). */
function pointSvg(x: number, y: number, kind: TimelineFeature['properties']['kind']): string {
	const s = pointSymbol(kind, 'shown');
	const r = s.radius * SYMBOL_SCALE;
	const w = s.strokeWidth * SYMBOL_SCALE;
	// MapLibre draws a circle's stroke outside its radius.
	return (
		`<circle cx="${num(x)}" cy="${num(y)}" r="${num(r + w / 2)}" fill="none" stroke="#ffffff" stroke-width="${num(w + 4)}" stroke-opacity="0.9"/>` +
		`<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" fill="${s.fill}" fill-opacity="${s.fillOpacity}"/>` +
		`<circle cx="${num(x)}" cy="${num(y)}" r="${num(r + w / 2)}" fill="none" stroke="${s.stroke}" stroke-width="${num(w)}" stroke-opacity="${s.strokeOpacity}"/>`
	);
}

/** An arrowhead at the end of a line, pointing along its last segment (the map's '›' marks). */
function arrowHead(view: View, line: Position[], colour: string): string {
	const pts = line.map((p) => project(view, p));
	const end = pts[pts.length - 1];
	let k = pts.length - 2;
	while (k >= 0 && end && pts[k] && Math.hypot(end[0] - pts[k]![0], end[1] - pts[k]![1]) < 4) k--;
	const from = pts[k];
	if (!end || !from) return '';
	const a = Math.atan2(end[1] - from[1], end[0] - from[0]);
	const len = 22;
	const spread = 0.45;
	const p = (angle: number) =>
		`${num(end[0] - len * Math.cos(angle))} ${num(end[1] - len * Math.sin(angle))}`;
	return `<path d="M${p(a - spread)}L${num(end[0])} ${num(end[1])}L${p(a + spread)}" fill="none" stroke="${colour}" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>`;
}

/**
 * The place as the map draws it when selected (map/selection/SelectionLayer.svelte): its data symbol,
 * and for a point the selection circle and its approximate-area ring or its region's outline.
 */
function placeShape(view: View, feature: TimelineFeature, region: Feature | undefined, bounds: BBox): string {
	const g = feature.geometry;
	const p = feature.properties;
	let out = '';
	if (region?.geometry) {
		const d = pathData(view, bboxClip(region.geometry as Geometry & { type: 'Polygon' }, bounds).geometry);
		out += `<path d="${d}" fill="none" stroke="${SELECTION_BLUE}" stroke-width="3" stroke-opacity="0.9" stroke-dasharray="9 6" stroke-linejoin="round"/>`;
	}
	if (g.type === 'Point' || g.type === 'MultiPoint') {
		const pts = g.type === 'Point' ? [g.coordinates] : g.coordinates;
		for (const c of pts) {
			const ring = precisionRing(c, p.position.precision);
			if (ring)
				out += `<path d="${pathData(view, ring.geometry)}" fill="${SELECTION_BLUE}" fill-opacity="0.08" stroke="${SELECTION_BLUE}" stroke-width="2" stroke-dasharray="4 4"/>`;
			const [x, y] = project(view, c);
			out += pointSvg(x, y, p.kind);
			out += `<circle cx="${num(x)}" cy="${num(y)}" r="${num(14 * SYMBOL_SCALE)}" fill="none" stroke="${SELECTION_BLUE}" stroke-width="3.5"/>`;
		}
	} else if (g.type === 'LineString' || g.type === 'MultiLineString') {
		const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
		const w = MOVEMENT_LINE.width * SYMBOL_SCALE * 1.4;
		const d = pathData(view, g);
		out += `<path d="${d}" fill="none" stroke="#ffffff" stroke-width="${num(w + 6)}" stroke-opacity="0.8" stroke-linejoin="round"/>`;
		out += `<path d="${d}" fill="none" stroke="${COLOURS.movement}" stroke-width="${num(w)}" stroke-opacity="${MOVEMENT_LINE.opacity.shown}" stroke-dasharray="${MOVEMENT_LINE.dash.map((v) => num(v * w)).join(' ')}" stroke-linejoin="round"/>`;
		for (const l of lines) out += arrowHead(view, l, COLOURS.movement);
	} else {
		const d = pathData(view, g);
		if (p.kind === 'loss')
			out += `<path d="${d}" fill="${TERRITORY.lost.fill}" fill-opacity="${TERRITORY.lost.opacity}" stroke="${TERRITORY.lost.edge}" stroke-width="2" stroke-dasharray="4 3" fill-rule="evenodd"/>`;
		else if (p.kind === 'territory' || p.kind === 'gain')
			out += `<path d="${d}" fill="${TERRITORY.gained.fill}" fill-opacity="${TERRITORY.gained.opacity}" stroke="${TERRITORY.gained.edge}" stroke-width="2" fill-rule="evenodd"/>`;
		else
			out += `<path d="${d}" fill="${COLOURS.area}" fill-opacity="0.28" stroke="${COLOURS.areaStroke}" stroke-width="2.5" stroke-opacity="0.85" fill-rule="evenodd"/>`;
	}
	if (g.type !== 'Point' && g.type !== 'MultiPoint') {
		// A shape too small to see at the zoom that keeps its surroundings in view is ringed, as the
		// selection rings a point.
		const [w, s, e, n] = turfBbox(g);
		const [x0, y0] = project(view, [w, n]);
		const [x1, y1] = project(view, [e, s]);
		if (Math.max(x1 - x0, y1 - y0) < MIN_SHAPE_PX)
			out += `<circle class="small-shape" cx="${num((x0 + x1) / 2)}" cy="${num((y0 + y1) / 2)}" r="${num(14 * SYMBOL_SCALE)}" fill="none" stroke="${SELECTION_BLUE}" stroke-width="3.5"/>`;
	}
	return out;
}

/** Place tiers as the basemap shows them (style.ts PLACE_TIERS): the zoom each appears from. */
function placeMinZoom(props: Record<string, unknown>): number {
	const rank = Number(props['rank']);
	if (props['focus'] === 1 && rank > 2) return 6;
	if (rank <= 2) return 4;
	return rank === 3 ? 7 : 8;
}

interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}
const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;

/** Basemap place dots and names in the crop, most important first, none overlapping another or the place. */
function placeLabels(view: View, basemap: Basemap, avoid: Box[], measure: MeasureText): string {
	const inside = (x: number, y: number) =>
		x > MAP_BOX.x + 12 && x < MAP_BOX.x + MAP_BOX.width - 12 && y > 12 && y < CARD_HEIGHT - 40;
	const candidates = basemap.places.features
		.filter((f) => f.geometry?.type === 'Point' && placeMinZoom(f.properties ?? {}) <= view.zoom + 0.5)
		.map((f) => {
			const props = f.properties ?? {};
			const [x, y] = project(view, (f.geometry as { coordinates: Position }).coordinates);
			return {
				name: String(props['name'] ?? ''),
				rank: Number(props['rank']),
				focus: props['focus'] === 1,
				pop: Number(props['population']) || 0,
				x,
				y
			};
		})
		.filter((c) => c.name !== '' && inside(c.x, c.y))
		.sort((a, b) => Number(b.focus) - Number(a.focus) || a.rank - b.rank || b.pop - a.pop);
	const taken = [...avoid];
	let out = '';
	let n = 0;
	for (const c of candidates) {
		if (n >= 10) break;
		const major = c.focus || c.rank <= 2;
		const size = major ? 17 : 15;
		const weight: Weight = major ? 600 : 400;
		const w = measure(c.name, size, weight);
		const right = c.x + 8 + w < MAP_BOX.x + MAP_BOX.width - 8;
		const tx = right ? c.x + 8 : c.x - 8 - w;
		const box = { x0: tx - 3, y0: c.y - size * 0.75, x1: tx + w + 3, y1: c.y + size * 0.4 };
		const dot = { x0: c.x - 4, y0: c.y - 4, x1: c.x + 4, y1: c.y + 4 };
		if (box.x0 < MAP_BOX.x + 4 || taken.some((t) => overlaps(t, box) || overlaps(t, dot))) continue;
		taken.push(box, dot);
		n++;
		out +=
			`<circle cx="${num(c.x)}" cy="${num(c.y)}" r="${major ? 4 : 3}" fill="${COLORS.placeDot}"/>` +
			`<text x="${num(tx)}" y="${num(c.y + size * 0.35)}" font-size="${size}" font-weight="${weight}" fill="${COLORS.placeText}" stroke="${COLORS.halo}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${xml(c.name)}</text>`;
	}
	return out;
}

/** The box of the place and what is drawn with it (ring, region), for fitting the view. */
function placeBounds(feature: TimelineFeature, region: Feature | undefined): BBox {
	const parts: Feature[] = [{ type: 'Feature', geometry: feature.geometry, properties: {} }];
	const g = feature.geometry;
	if (g.type === 'Point') {
		const ring = precisionRing(g.coordinates, feature.properties.position.precision);
		if (ring) parts.push(ring);
	}
	if (region) parts.push(region);
	return turfBbox({ type: 'FeatureCollection', features: parts });
}

const svgOpen = `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Noto Sans">`;

/** The share image of a place: the map crop around it and the text column. */
export function placeSvg(
	feature: TimelineFeature,
	card: PlaceCard,
	basemap: Basemap,
	measure: MeasureText
): { svg: string; view: View; bounds: BBox } {
	const regionName =
		feature.properties.position.precision === 'region' ? feature.properties.position.region : undefined;
	const region = regionName
		? basemap.admin1.features.find((f) => f.properties?.['name'] === regionName)
		: undefined;
	const g = feature.geometry;
	const view = fitView(placeBounds(feature, region), g.type === 'Point' && !region);
	const bounds = viewBounds(view, CLIP_MARGIN);
	const place = placeShape(view, feature, region, bounds);
	const focus = g.type === 'Point' ? project(view, g.coordinates) : undefined;
	const avoid: Box[] = focus
		? [{ x0: focus[0] - 18, y0: focus[1] - 18, x1: focus[0] + 18, y1: focus[1] + 18 }]
		: [];
	const creditWidth = measure(BASEMAP_CREDIT, 14, 400);
	const credit = { x0: CARD_WIDTH - creditWidth - 24, y0: CARD_HEIGHT - 30, x1: CARD_WIDTH, y1: CARD_HEIGHT };
	avoid.push(credit);
	const ukraine = (f: Feature) => f.properties?.['name'] === 'Ukraine';
	const svg =
		svgOpen +
		`<defs><clipPath id="map"><rect x="${MAP_BOX.x}" y="${MAP_BOX.y}" width="${MAP_BOX.width}" height="${MAP_BOX.height}"/></clipPath></defs>` +
		`<g clip-path="url(#map)">` +
		`<rect x="${MAP_BOX.x}" y="${MAP_BOX.y}" width="${MAP_BOX.width}" height="${MAP_BOX.height}" fill="${COLORS.sea}"/>` +
		`<path class="basemap" d="${clippedPath(view, basemap.countries, bounds)}" fill="${COLORS.land}" fill-rule="evenodd"/>` +
		`<path class="basemap" d="${clippedPath(view, basemap.countries, bounds, ukraine)}" fill="${COLORS.ukraine}" fill-rule="evenodd"/>` +
		`<path class="basemap" d="${clippedPath(view, basemap.admin1Lines, bounds)}" fill="none" stroke="${COLORS.admin1}" stroke-width="1.2" stroke-dasharray="5 3" stroke-linejoin="round"/>` +
		`<path class="basemap" d="${clippedPath(view, basemap.borders, bounds)}" fill="none" stroke="${COLORS.border}" stroke-width="2" stroke-linejoin="round" stroke-linecap="round"/>` +
		place +
		placeLabels(view, basemap, avoid, measure) +
		`<rect x="${num(credit.x0)}" y="${credit.y0}" width="${num(credit.x1 - credit.x0)}" height="30" fill="${COLORS.halo}" fill-opacity="0.85"/>` +
		`<text x="${CARD_WIDTH - 12}" y="${CARD_HEIGHT - 10}" text-anchor="end" font-size="14" fill="${COLORS.admin1Text}">${xml(BASEMAP_CREDIT)}</text>` +
		`</g>` +
		`<line x1="${PANEL_WIDTH}" y1="0" x2="${PANEL_WIDTH}" y2="${CARD_HEIGHT}" stroke="${COLORS.border}" stroke-width="1"/>` +
		panel(placeBlocks(card, measure), PANEL_WIDTH) +
		'</svg>';
	return { svg, view, bounds };
}

/** The share image of a figure: it has no place, so a card of its label, value and date. */
export function figureSvg(figure: Figure, measure: MeasureText): string {
	const width = CARD_WIDTH - 2 * 64;
	const fitsIn = (size: number, weight: Weight) => (l: string) => measure(l, size, weight) <= width;
	const blocks: TextBlock[] = [
		{ lines: ['FIGURE'], size: 20, weight: 600, colour: COLOURS.movement, leading: 1.3, after: 18 },
		{
			lines: wrap(figure.value, 2, fitsIn(52, 600)),
			size: 52,
			weight: 600,
			colour: COLORS.placeText,
			leading: 1.18,
			after: 22
		},
		{
			lines: wrap(figure.label, 3, fitsIn(32, 400)),
			size: 32,
			weight: 400,
			colour: COLORS.placeText,
			leading: 1.3,
			after: 22
		},
		{
			lines: wrap(keepDatesWhole(formatTime(figure.time)), 2, fitsIn(28, 400)),
			size: 28,
			weight: 400,
			colour: '#4d4a46',
			leading: 1.3,
			after: 0
		}
	];
	return svgOpen + panel(blocks, CARD_WIDTH, 64) + '</svg>';
}
