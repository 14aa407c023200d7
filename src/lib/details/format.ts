/**
 * Words for the details panel: dates at the precision the source allows, positions with what is not
 * known about them, and readable names for the data's codes. Pure, so the panel stays a template and
 * every wording is tested once here.
 */
import { format } from 'date-fns';
import type {
	FeatureKind,
	IsoDate,
	LayerId,
	PositionPrecision,
	PositionSpec,
	SourceKind,
	TimePrecision,
	TimeSpec,
	VerificationStatus
} from '$lib/data/types';
import { toDate, toDay } from '$lib/time/days';
import { precisionSpanEnd } from '$lib/time/visibility';
import { PRECISION_RADIUS_KM } from '$lib/spatial/measures';

/**
 * date-fns formats in the browser's time zone; a UTC midnight is the previous evening west of
 * Greenwich. Rebuilding the same calendar day as a local date makes the printed day the data's day
 * in every time zone.
 */
function calendarDate(day: number): Date {
	const d = toDate(day);
	return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** A single day, with its weekday because sources date events by weekday ("overnight on Saturday"). */
export function formatDay(day: number): string {
	return format(calendarDate(day), 'EEE d MMM yyyy');
}

/** A date at its precision: "Sat 1 Feb 2025", "week of 27 Jan 2025", "January 2025". */
export function formatAt(iso: IsoDate, precision: TimePrecision): string {
	const day = toDay(iso);
	if (precision === 'month') return format(calendarDate(day), 'MMMM yyyy');
	if (precision === 'week') return `week of ${format(calendarDate(day), 'd MMM yyyy')}`;
	return formatDay(day);
}

/**
 * When a fact happened or lasted. An end that only closes the start's own week or month adds nothing
 * and is left out, so a week-dated claim reads "week of 27 Jan 2025", not a fake exact range.
 */
export function formatTime(time: TimeSpec): string {
	const start = formatAt(time.start, time.precision);
	if (time.end === undefined) return start;
	const end = toDay(time.end);
	if (end <= precisionSpanEnd(toDay(time.start), time.precision)) return start;
	return `${start} to ${formatDay(end)}`;
}

const TIME_PRECISION_WORDS: Record<TimePrecision, string> = {
	day: 'exact day',
	week: 'known to the week',
	month: 'known to the month'
};

/** How precisely the date is known, in words. */
export function timePrecisionLabel(precision: TimePrecision): string {
	return TIME_PRECISION_WORDS[precision];
}

const POSITION_WORDS: Record<PositionPrecision, string> = {
	site: 'exact site',
	village: 'village',
	town: 'town',
	city: 'city',
	region: 'region',
	schematic: 'schematic'
};

/**
 * The headline of "where", saying first how much the position is worth: a city-precision point is
 * an approximate area, a region-precision point only stands for the whole region.
 */
export function positionSummary(position: PositionSpec): string {
	const p = position.precision;
	if (p === 'region') {
		return position.region
			? `Somewhere in ${position.region}; the outline of the region is shown on the map`
			: 'Somewhere in a region; the point stands for the whole region';
	}
	if (p === 'schematic') return 'Schematic: drawn from a description, not a measured position';
	if (p === 'site') return 'The exact site, as given by the source';
	const radius = PRECISION_RADIUS_KM[p];
	return `Known to the ${POSITION_WORDS[p]} only; the map shows an approximate area (${radius} km radius) around the point`;
}

const LAYER_WORDS: Record<LayerId, string> = {
	kursk: 'Kursk',
	pokrovsk: 'Pokrovsk',
	kupiansk: 'Kupiansk',
	'velyka-novosilka': 'Velyka Novosilka',
	strikes: 'Strikes'
};

export function layerLabel(layer: LayerId): string {
	return LAYER_WORDS[layer];
}

const KIND_WORDS: Record<FeatureKind, string> = {
	area: 'Area',
	battle: 'Battle',
	movement: 'Movement',
	capture: 'Capture',
	claim: 'Claim',
	strike: 'Strike',
	report: 'Report'
};

export function kindLabel(kind: FeatureKind): string {
	return KIND_WORDS[kind];
}

const STATUS_WORDS: Record<VerificationStatus, { label: string; meaning: string }> = {
	reported: { label: 'Reported', meaning: 'stated by the publisher as fact' },
	claimed: { label: 'Claimed', meaning: 'a party’s claim, relayed by the publisher' },
	assessed: { label: 'Assessed', meaning: 'an analyst’s assessment' },
	unverified: { label: 'Unverified', meaning: 'the publisher says it could not verify it' },
	disputed: { label: 'Disputed', meaning: 'contradicted by another claimant or figure' },
	unconfirmed: { label: 'Unconfirmed', meaning: 'relayed as “reportedly” or similar' }
};

/** The badge text and its one-line meaning (the badge's title), so colour never carries it alone. */
export function statusLabel(status: VerificationStatus): { label: string; meaning: string } {
	return STATUS_WORDS[status];
}

const SOURCE_KIND_WORDS: Record<SourceKind, string> = {
	'news-report': 'news report',
	'official-statement': 'official statement',
	'think-tank-assessment': 'think-tank assessment',
	'intelligence-assessment': 'intelligence assessment',
	investigation: 'investigation'
};

export function sourceKindLabel(kind: SourceKind): string {
	return SOURCE_KIND_WORDS[kind];
}

/**
 * Who relayed a claim, without repeating the claimant: when a publisher states something itself the
 * chain is just the publisher, not "Al Jazeera → Al Jazeera".
 */
export function relayChain(claimant: string, reportedBy: readonly string[]): string[] {
	return reportedBy[0] === claimant ? reportedBy.slice(1) : [...reportedBy];
}

/**
 * Only http(s) URLs become links: a `javascript:` or `data:` URL in the data must never be
 * clickable. Parsed with the URL API, never by pattern.
 */
export function safeHref(url: string | undefined): string | null {
	if (url === undefined) return null;
	try {
		const u = new URL(url);
		return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
	} catch {
		return null;
	}
}
