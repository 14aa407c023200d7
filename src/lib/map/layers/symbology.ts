/**
 * The colours, sizes and opacities of the data symbols, in one place so the map layers
 * (`map/expressions.ts`) and the key (`ui/legend.ts`) draw the same thing: the expressions read these
 * numbers, the key draws {@link pointSymbol}, and `symbology.spec.ts` evaluates the map's expressions
 * for every kind and state and compares them with the key. No MapLibre here: the key (outside
 * `src/lib/map`) imports it too.
 *
 * Colours are chosen to stay apart on the calm basemap and from each other: crimson strikes, a dark
 * ink for captures and claims (filled vs hollow), amber for reports and areas, an orange-brown ring
 * for battles, slate for schematic movements. Each kind has an edge colour with at least 3:1 contrast
 * against every basemap fill (symbology.spec.ts): the symbol itself, its stroke, or for uncertain dates
 * a thin outer ring.
 */
import type { FeatureKind, PositionPrecision } from '$lib/data/types';
import type { Visibility } from '$lib/time/visibility';

export const INK = '#1d2630';
export const WHITE = '#ffffff';
/** Selection blue (the selected place's outline, ring or region): apart from every data colour and the basemap greys. */
export const SELECTION_BLUE = '#1a5fb4';

export const COLOURS = {
	strikeRecent: '#d0102b',
	strikeHistory: '#a8515e',
	capture: INK,
	claim: INK,
	report: '#e08600',
	reportStroke: '#7a4600',
	area: '#e08600',
	areaStroke: '#7a4600',
	battle: '#b54a00',
	movement: '#37474f',
	precision: '#1d2630'
} as const;

/** Base circle radii (px at zoom ~6) by kind; recent strikes grow so a new strike catches the eye. */
export const RADII = {
	strikeRecent: 7,
	strikeHistory: 4.5,
	capture: 6.5,
	claim: 6.5,
	report: 5.5,
	area: 8,
	battle: 9,
	movement: 5
} as const;

/** Fill opacity by how a feature is shown on the day: uncertain dates are faded and look hollow. */
export const FILL_OPACITY = { recent: 1, shown: 0.8, strikeHistory: 0.6, uncertain: 0.4 } as const;

/** Kinds drawn as a ring with a nearly empty centre: a claim is not established, a battle not a holding. */
export const HOLLOW_KINDS = ['claim', 'battle'] as const satisfies readonly FeatureKind[];
/** The nearly empty centre of the hollow kinds, emptier still when the date is uncertain. */
export const HOLLOW_FILL_OPACITY = { shown: 0.35, uncertain: 0.15 } as const;

/**
 * Point strokes (px at zoom ~6; MapLibre draws a stroke outside the radius). A hollow kind's stroke is
 * its outline, one pixel wider while recent; a filled kind's is a thin edge, a wide translucent halo
 * while recent, and an opaque ring while its date is uncertain.
 */
export const STROKE_WIDTH = { capture: 2, claim: 2, battle: 3, edge: 1.5, halo: 6, hollowRecent: 1 } as const;
export const STROKE_OPACITY = {
	edge: 1,
	uncertain: 0.9,
	halo: 0.22,
	strikeHalo: 0.32,
	hollow: { recent: 1, shown: 0.8, uncertain: 0.55 }
} as const;

/**
 * The colour that gives each kind its edge against the basemap (3:1 or more, see symbology.spec.ts).
 * A kind missing here and in the tables below is drawn as the expressions' fallback, a movement's point.
 */
export const EDGE_COLOURS: Readonly<Partial<Record<FeatureKind, string>>> = {
	strike: COLOURS.strikeRecent,
	capture: INK,
	claim: INK,
	report: COLOURS.reportStroke,
	area: COLOURS.areaStroke,
	battle: COLOURS.battle,
	movement: COLOURS.movement
};

/** Fill colour by kind: colours depend on the kind only (an older strike is muted by opacity). */
const FILL_COLOURS: Readonly<Partial<Record<FeatureKind, string>>> = {
	strike: COLOURS.strikeRecent,
	capture: COLOURS.capture,
	claim: WHITE,
	report: COLOURS.report,
	area: COLOURS.area,
	battle: WHITE,
	movement: COLOURS.movement
};

/** How a point of `kind` is drawn in a state of the visibility rule (`time/visibility.ts`). */
export interface PointSymbol {
	radius: number;
	fill: string;
	fillOpacity: number;
	stroke: string;
	strokeWidth: number;
	strokeOpacity: number;
}

/** The states a feature is on the map in. */
export type ShownState = Exclude<Visibility, 'hidden'>;

const isHollow = (kind: FeatureKind): boolean => (HOLLOW_KINDS as readonly FeatureKind[]).includes(kind);

/**
 * What the map's point layer draws for a `kind` in `state`, at the zoom the sizes are given for: the
 * same choices as the paint expressions in `map/expressions.ts` (a test evaluates both for every kind
 * and state), stated plainly for the key.
 */
export function pointSymbol(kind: FeatureKind, state: ShownState): PointSymbol {
	const hollow = isHollow(kind);
	const radius =
		kind === 'strike'
			? state === 'recent'
				? RADII.strikeRecent
				: RADII.strikeHistory
			: kind in RADII
				? RADII[kind as keyof typeof RADII]
				: RADII.movement;
	const fill = FILL_COLOURS[kind] ?? COLOURS.movement;
	const fillOpacity = hollow
		? HOLLOW_FILL_OPACITY[state === 'uncertain' ? 'uncertain' : 'shown']
		: state === 'shown' && kind === 'strike'
			? FILL_OPACITY.strikeHistory
			: FILL_OPACITY[state];
	const baseWidth =
		kind === 'capture' || kind === 'claim' || kind === 'battle' ? STROKE_WIDTH[kind] : STROKE_WIDTH.edge;
	const strokeWidth = hollow
		? baseWidth + (state === 'recent' ? STROKE_WIDTH.hollowRecent : 0)
		: state === 'recent'
			? STROKE_WIDTH.halo
			: baseWidth;
	const strokeOpacity = hollow
		? STROKE_OPACITY.hollow[state]
		: state === 'recent'
			? kind === 'strike'
				? STROKE_OPACITY.strikeHalo
				: STROKE_OPACITY.halo
			: state === 'uncertain'
				? STROKE_OPACITY.uncertain
				: STROKE_OPACITY.edge;
	const stroke = EDGE_COLOURS[kind] ?? COLOURS.movement;
	return { radius, fill, fillOpacity, stroke, strokeWidth, strokeOpacity };
}

/**
 * Radius (km) of the "approximate area" ring around a point known only to a populated place: roughly
 * the extent of such a place in the region (a big city is ~30 km across, a town ~10 km, a village a
 * few km). The ring says "somewhere about here", not a measured error. The map rings city points
 * always and the others when selected (`spatial/measures.ts`); the details panel quotes the radius.
 */
export const PRECISION_RADIUS_KM = { city: 15, town: 5, village: 3 } as const satisfies Partial<
	Record<PositionPrecision, number>
>;

/**
 * Above this many imprecise (city or region) points, the always-on precision rings are not drawn: at
 * newsroom scale they pile into a haze that hides the points they qualify and multiply the pixels each
 * frame fills (a 22-px region ring covers twenty times a point's area). The selected place still gets
 * its ring or region outline (`map/selection/`), the details panel states the precision, and the key
 * says rings are on the selected place only.
 */
export const RING_LIMIT = 1_000;

/**
 * Above this many points, every point is drawn as the key's older symbol of its kind ({@link
 * plainSymbol}), at one size at every zoom: no halo for the last 7 days, no faded look for a week- or
 * month-dated fact. At newsroom scale (100,000 events) the rich symbology is what kept a scrub step
 * far behind a bare MapLibre page: each day-dependent paint property makes MapLibre rewrite and
 * re-upload a buffer as long as every point in the tile on each step, and a zoom-dependent size
 * stores two values per point. Plain points read the day in two properties (radius and stroke width,
 * both 0 when hidden), all kinds in one layer whose colours read the kind only (built once per tile),
 * and a feature's state changes only when it appears or goes (`map/visibility-state.ts`). Movements
 * keep their dashed line without the arrows along it; the selected one gets its arrows from the
 * selection (`map/selection/`), so its direction is one click away. The arrows are a symbol layer,
 * which MapLibre's worker lays out along every line and its main thread places again as tiles
 * arrive: without them a 100,000-event load took 9 % less time
 * (11.7 against 12.9 s mean, lower in 4 of 4 cold loads in turns, 3 Dec 2026). `npm run bench` measures
 * it (bench/REPORT.md). The limit is a round number far above a hand-made newsroom map (the
 * project's own data has 16 events) and far below the 100,000 the bench holds the app to; the key
 * says when a data set is above it.
 */
export const PLAIN_LIMIT = 10_000;

type Counted = { geometry: { type: string }; properties: { pp: string } };
const isPointGeometry = (f: { geometry: { type: string } }): boolean =>
	f.geometry.type === 'Point' || f.geometry.type === 'MultiPoint';

/** Whether every imprecise point can carry its ring (see {@link RING_LIMIT}). */
export function everyRingFits(features: readonly Counted[]): boolean {
	let n = 0;
	for (const f of features) {
		if ((f.properties.pp === 'city' || f.properties.pp === 'region') && f.geometry.type === 'Point') n++;
		if (n > RING_LIMIT) return false;
	}
	return true;
}

/** Whether the points are drawn with the plain symbology (more than {@link PLAIN_LIMIT} of them). */
export function drawsPlain(features: readonly { geometry: { type: string } }[]): boolean {
	let n = 0;
	for (const f of features) if (isPointGeometry(f) && ++n > PLAIN_LIMIT) return true;
	return false;
}

/** A point of `kind` as the plain symbology draws it in any state but hidden: the key's older symbol. */
export function plainSymbol(kind: FeatureKind): PointSymbol {
	return pointSymbol(kind, 'shown');
}

/** The always-on ring around an imprecise point (city or region precision). */
export const PRECISION_RING = {
	fillOpacity: { city: 0.07, region: 0.04 },
	strokeWidth: 1,
	strokeOpacity: 0.3
} as const;

/** Schematic movement lines (width in px at zoom ~6, dashes in line widths) and the arrows along them. */
export const MOVEMENT_LINE = {
	width: 2.5,
	dash: [2, 1.5],
	opacity: { shown: 0.75, uncertain: 0.55 },
	arrowOpacity: { shown: 0.85, uncertain: 0.6 }
} as const;
