/**
 * Where the details panel sits, shared by the panel's CSS and the map's "fit the selection" so the
 * map can keep a selected place clear of the panel: a side panel on the right on wide screens, a
 * bottom sheet on phones (below the same breakpoint as the CSS, `ui/metrics.js`).
 */
import { BELOW_MASTHEAD, MASTHEAD, SIDE_COLUMN } from '$lib/ui/layout';
import { isPhoneWidth } from '$lib/ui/metrics';

/** Side panel width (px) and its gap to the window edge. */
export const SIDE_WIDTH = 384;
export const SIDE_GAP = 12;
/** Bottom sheet height as a share of the viewport height. */
export const SHEET_SHARE = 0.5;

export interface Insets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * The part of a `width` × `height` map the panel and the fixed chrome (masthead, event list) leave
 * free, as MapLibre padding. A selected place is framed inside it, so it is not hidden under the panel.
 */
export function freeMapArea(width: number, height: number): Insets {
	if (isPhoneWidth(width)) {
		return { top: MASTHEAD, right: 16, bottom: Math.round(height * SHEET_SHARE) + 16, left: 16 };
	}
	return { top: BELOW_MASTHEAD, right: SIDE_WIDTH + 2 * SIDE_GAP + 16, bottom: 24, left: SIDE_COLUMN + 16 };
}
