/**
 * What the map key shows: one entry per symbol the data layers draw, each drawn with the numbers the
 * map's paint expressions use (`map/layers/symbology.ts`). `symbology.spec.ts` evaluates the map's
 * expressions for each entry's kind and state and compares them with these swatches.
 */
import type { FeatureKind } from '$lib/data/types';
import {
	COLOURS,
	MOVEMENT_LINE,
	PRECISION_RADIUS_KM,
	PRECISION_RING,
	pointSymbol,
	type PointSymbol,
	type ShownState
} from '$lib/map/layers/symbology';

/** A point as the map draws it: a fill of `radius`, its stroke outside that radius. */
export interface PointSwatch {
	type: 'point';
	kind: FeatureKind;
	state: ShownState;
	symbol: PointSymbol;
}

/** A schematic movement: a dashed line (dashes in px) with an arrow along it. */
export interface LineSwatch {
	type: 'line';
	colour: string;
	width: number;
	opacity: number;
	dash: number[];
	arrowOpacity: number;
}

/**
 * The always-on precision ring around an imprecise point. The ring's size is the key's own (on the
 * map a city ring is a real-world radius, a region ring a fixed size); its colours are the map's.
 */
export interface RingSwatch {
	type: 'ring';
	precision: keyof typeof PRECISION_RING.fillOpacity;
	radius: number;
	colour: string;
	fillOpacity: number;
	strokeWidth: number;
	strokeOpacity: number;
	/** The point it surrounds (any kind: the ring is what the entry explains). */
	dot: { radius: number; fill: string };
}

export type Swatch = PointSwatch | LineSwatch | RingSwatch;

export interface KeyEntry {
	label: string;
	swatch: Swatch;
}

const point = (kind: FeatureKind, state: ShownState): PointSwatch => ({
	type: 'point',
	kind,
	state,
	symbol: pointSymbol(kind, state)
});

const ring = (precision: RingSwatch['precision'], radius: number, fill: string): RingSwatch => ({
	type: 'ring',
	precision,
	radius,
	colour: COLOURS.precision,
	fillOpacity: PRECISION_RING.fillOpacity[precision],
	strokeWidth: PRECISION_RING.strokeWidth,
	strokeOpacity: PRECISION_RING.strokeOpacity,
	dot: { radius: 3.5, fill }
});

/** A movement's line; in the plain symbology without the arrows, which only the selected one has. */
const movement = (plain: boolean): KeyEntry => ({
	label: 'Movement, schematic',
	swatch: {
		type: 'line',
		colour: COLOURS.movement,
		width: MOVEMENT_LINE.width,
		opacity: MOVEMENT_LINE.opacity.shown,
		dash: MOVEMENT_LINE.dash.map((d) => d * MOVEMENT_LINE.width),
		arrowOpacity: plain ? 0 : MOVEMENT_LINE.arrowOpacity.shown
	}
});

/**
 * The key, in reading order. Events other than strikes are shown as they look once older than 7 days.
 * `plain`: the key of the plain symbology (`PLAIN_LIMIT`), where every point looks that way, so the
 * recent strike and the uncertain date have no entry, and movements have no arrows.
 */
export function keyEntries(plain: boolean): readonly KeyEntry[] {
	return [
		...(plain
			? [{ label: 'Strike', swatch: point('strike', 'shown') }]
			: [
					{ label: 'Strike, last 7 days', swatch: point('strike', 'recent') },
					{ label: 'Strike, earlier', swatch: point('strike', 'shown') }
				]),
		{ label: 'Capture', swatch: point('capture', 'shown') },
		{ label: 'Claim (not established)', swatch: point('claim', 'shown') },
		{ label: 'Report', swatch: point('report', 'shown') },
		{ label: 'Area', swatch: point('area', 'shown') },
		{ label: 'Battle', swatch: point('battle', 'shown') },
		movement(plain),
		...(plain
			? []
			: [{ label: 'Date known only to week/month, or undated', swatch: point('capture', 'uncertain') }]),
		{
			label: `Place known to the city (≈${PRECISION_RADIUS_KM.city} km)`,
			swatch: ring('city', 11, COLOURS.strikeHistory)
		},
		{ label: 'Place known only to the region', swatch: ring('region', 13, COLOURS.area) }
	];
}

/** Under the points' key: what marks a recent fact (the plain symbology's note is `plain-note.ts`). */
export const RECENT_NOTE = 'A halo marks anything from the last 7 days.';
