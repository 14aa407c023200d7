/**
 * The readable name of a feature's kind, shared by the event list, the map's tooltip and the details
 * panel. Kept apart from the panel's other words (format.ts) so the opening page does not carry them.
 */
import type { FeatureKind } from '$lib/data/types';

const KIND_WORDS: Record<FeatureKind, string> = {
	area: 'Area',
	battle: 'Battle',
	movement: 'Movement',
	capture: 'Capture',
	claim: 'Claim',
	strike: 'Strike',
	report: 'Report',
	territory: 'Held ground',
	gain: 'Ground gained',
	loss: 'Ground lost'
};

export function kindLabel(kind: FeatureKind): string {
	return KIND_WORDS[kind];
}
