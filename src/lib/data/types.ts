/**
 * The data contract of Frontline Timeline: what a file in `geo/` holds once validated.
 * `geo/README.md` documents the same contract for editors; `validate.ts` enforces it.
 */
import type { Geometry } from 'geojson';

/**
 * A map layer's id: kebab-case, and the name of its file (`<id>.geojson`). Layers are data: they are
 * declared in `layers.json` (see {@link LayerSpec}), never named in the app's code.
 */
export type LayerId = string;

/** How a layer is drawn: sourced facts by kind (the default), or a time series of held ground. */
export const LAYER_STYLES = ['events', 'territory'] as const;
export type LayerStyle = (typeof LAYER_STYLES)[number];

/** One entry of `layers.json`: everything the app needs to show a layer, in the order they are listed. */
export interface LayerSpec {
	id: LayerId;
	/** Shown on the toggle, the track row, the list and the details panel. */
	label: string;
	/** `#rrggbb`, at least 3:1 against the page (the validator checks it): the layer's chip and track marks. */
	colour: string;
	/** One sentence on what the layer holds (the toggle's description). */
	description?: string;
	/** How the map draws it; `events` when absent. */
	style?: LayerStyle;
	/** Credit for data from a second source, shown wherever its shapes appear (attribution, key, details). */
	credit?: string;
	/** The licence of that data, e.g. "GPL-3.0 (territory.LICENSE)". */
	licence?: string;
	/**
	 * A territory layer only: ids of figures (figures.json) giving another assessment of a month's
	 * change, set beside the series' own figure for that month in the details panel.
	 */
	compare?: string[];
}

/** What a feature is; drives its symbol on the map and its wording in the panel. */
export const FEATURE_KINDS = [
	'area', // a region where something happens (an incursion, a deployment)
	'battle', // fighting around a place
	'movement', // a manoeuvre drawn as a line or arc (usually schematic)
	'capture', // a place captured or recaptured
	'claim', // a claimed advance or capture that is not established
	'strike', // a missile or drone strike on a site
	'report', // a statement about a place (casualties, troop movements)
	// The pieces of a territory layer (`"style": "territory"`), a series of a source's maps:
	'territory', // ground the map shows as held during the span
	'gain', // the same, newly held on its first day (emphasised for a week)
	'loss' // ground the map no longer shows as held: the span is the week after it was lost
] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

/** How precisely a claim's date is known. A week- or month-dated date is a span, never its first day. */
export const DATE_PRECISIONS = ['day', 'week', 'month'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * How precisely a fact's time is known: a date precision, or `undated` — the source gives no date
 * ("has said", "have reported"); `start` is then the day it was reported by (the date of the source
 * that reports it) and the fact happened on or before that day, when is not known.
 */
export const TIME_PRECISIONS = [...DATE_PRECISIONS, 'undated'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

/** How precisely a position is known. */
export const POSITION_PRECISIONS = [
	'site', // the exact site (not used unless a source gives it)
	'village',
	'town',
	'city',
	'region', // somewhere in an admin-1 region
	'schematic', // drawn from a description, not a measured position
	'mapped' // as drawn on a source's map (a territory snapshot), simplified
] as const;
export type PositionPrecision = (typeof POSITION_PRECISIONS)[number];

/** What the reporting source says about checking a claim. */
export const VERIFICATION_STATUSES = [
	'reported', // stated by the publisher as fact
	'claimed', // a party's claim, relayed
	'assessed', // an assessment: an analyst's, a think-tank's or the publisher's own hedged reading ("could be", "appeared to")
	'unverified', // the publisher says it could not verify it
	'disputed', // contradicted by another claimant or figure
	'unconfirmed' // relayed with "reportedly" or similar
] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const SOURCE_KINDS = [
	'news-report',
	'official-statement',
	'think-tank-assessment',
	'intelligence-assessment',
	'investigation'
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A calendar date `YYYY-MM-DD` (UTC, no time of day). */
export type IsoDate = string;

export interface TimeSpec {
	/**
	 * First day of the fact (for week/month precision, the first day of the span it lies in; for
	 * `undated`, the day it was reported by: the date of the source that reports it).
	 */
	start: IsoDate;
	/** Last day (inclusive) for facts that last; absent for one-off events and undated facts. */
	end?: IsoDate;
	/**
	 * An open end: the state (area, battle, movement) was still going on at `end`, which is the date
	 * of the newest source its claims cite ("still going on at the source's date"), not its end.
	 * Shown until `end` like any span; views draw it as continuing.
	 */
	ongoing?: true;
	/** How precisely `start` is known. */
	precision: TimePrecision;
	/** The source's own words for the time ("overnight on Saturday", "last August"). */
	note?: string;
}

export interface PositionSpec {
	precision: PositionPrecision;
	/** Where the coordinates come from, e.g. "GeoNames 696643 (Poltava)". */
	source: string;
	/** Admin-1 region name as in the basemap, for region-precision features (outline shown on selection). */
	region?: string;
	/** What is not known about the position, in words. */
	note?: string;
}

export interface Claim {
	text: string;
	/** Who says it. */
	claimant: string;
	/** Who relayed it, in order, ending with the publisher of `source`. */
	reportedBy: string[];
	/** Id in the sources registry. */
	source: string;
	/** When the claim was made or published. */
	date: IsoDate;
	datePrecision: DatePrecision;
	status: VerificationStatus;
	/** The source's own qualifying words ("not yet borne out by geolocated footage"). */
	qualifier?: string;
}

export interface FeatureProps {
	name: string;
	layer: LayerId;
	kind: FeatureKind;
	/** One or two sentences, no more than the sources say. */
	summary: string;
	time: TimeSpec;
	position: PositionSpec;
	/** True for shapes drawn from a description; `schematicNote` then says what it is and is not. */
	schematic: boolean;
	schematicNote?: string;
	claims: Claim[];
}

export interface TimelineFeature {
	type: 'Feature';
	id: string;
	geometry: Geometry;
	properties: FeatureProps;
}

export interface Source {
	id: string;
	publisher: string;
	title: string;
	date: IsoDate;
	kind: SourceKind;
	/** Only where it can be shown to be right. http(s) only. */
	url?: string;
	note?: string;
}

/** A figure with no place on the map (casualties per month, aid), for a timeline lane. */
export interface Figure {
	id: string;
	label: string;
	value: string;
	time: TimeSpec;
	claims: Claim[];
}

/**
 * One snapshot of a territory series, as its converter measured it on the raw snapshot
 * (`npm run territory`): the area held and what changed, in km².
 */
export interface TerritorySnapshot {
	/** The snapshot's own date (for DeepStateMap, the day of download). */
	date: IsoDate;
	/** The day it shows: the pieces' spans are in these days. */
	day: IsoDate;
	/** The snapshot's file name. */
	file: string;
	areaKm2: number;
	/** Against the snapshot before. */
	gainedKm2: number;
	lostKm2: number;
	/** Against the snapshot 7 days before (or the nearest one before that). */
	gained7Km2: number;
	lost7Km2: number;
	/** Against the last snapshot of the month before. */
	gainedMonthKm2: number;
	lostMonthKm2: number;
}

/** A territory layer's table of snapshots, sorted by day. */
export interface TerritorySeries {
	layer: LayerId;
	snapshots: TerritorySnapshot[];
}

export interface Dataset {
	/** Declared layers, in display order (`layers.json`). */
	layers: LayerSpec[];
	features: TimelineFeature[];
	sources: Source[];
	figures: Figure[];
	/** The snapshot tables of the territory layers. */
	territory: TerritorySeries[];
}
