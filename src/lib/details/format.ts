/**
 * Words for the details panel (dates are in time/format.ts): positions with what is not
 * known about them, and readable names for the data's codes. Pure, so the panel stays a template and
 * every wording is tested once here.
 */
import type { PositionPrecision, PositionSpec, SourceKind, VerificationStatus } from '$lib/data/types';
import { PRECISION_RADIUS_KM } from '$lib/map/layers/symbology';

/** Kinds have their own module: the list and the map's tooltip need them at opening, the rest of this only the panel. */
export { kindLabel } from './kind';

const POSITION_WORDS: Record<PositionPrecision, string> = {
	site: 'exact site',
	village: 'village',
	town: 'town',
	city: 'city',
	region: 'region',
	schematic: 'schematic',
	mapped: 'mapped'
};

/**
 * The headline of "where", saying first how much the position is worth: a city-precision point is
 * an approximate area, a region-precision point only stands for the whole region. Without a map
 * (`onMap` false: no WebGL) it says the same without pointing at a ring or outline nobody can see.
 */
export function positionSummary(position: PositionSpec, onMap = true): string {
	const p = position.precision;
	if (p === 'region') {
		return position.region && onMap
			? `Somewhere in ${position.region}; the outline of the region is shown on the map`
			: `Somewhere in ${position.region ?? 'a region'}; the point stands for the whole region`;
	}
	if (p === 'schematic') return 'Schematic: drawn from a description, not a measured position';
	if (p === 'site') return 'The exact site, as given by the source';
	if (p === 'mapped') return 'As drawn on the source’s map, simplified for the web';
	const radius = PRECISION_RADIUS_KM[p];
	if (!onMap)
		return `Known to the ${POSITION_WORDS[p]} only: somewhere within about ${radius} km of the point`;
	return `Known to the ${POSITION_WORDS[p]} only; the map shows an approximate area (${radius} km radius) around the point`;
}

const STATUS_WORDS: Record<VerificationStatus, { label: string; meaning: string }> = {
	reported: { label: 'Reported', meaning: 'stated by the publisher as fact' },
	claimed: { label: 'Claimed', meaning: 'a party’s claim, relayed by the publisher' },
	assessed: {
		label: 'Assessed',
		meaning: 'an assessment: an analyst’s, a think tank’s or the publisher’s own hedged reading'
	},
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
