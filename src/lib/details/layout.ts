/**
 * Where the details panel sits, shared by the panel's CSS and the map's "fit the selection" so the
 * map can keep a selected place clear of the panel: a side panel on the right on wide screens, a
 * bottom sheet on phones.
 */
import { PHONE_BREAKPOINT, SIDE_COLUMN } from '$lib/ui/layout';

/** Below this viewport width (px) the panel is a bottom sheet. */
export const SHEET_BREAKPOINT = PHONE_BREAKPOINT;
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
	if (width < SHEET_BREAKPOINT) {
		return { top: 64, right: 16, bottom: Math.round(height * SHEET_SHARE) + 16, left: 16 };
	}
	return { top: 72, right: SIDE_WIDTH + 2 * SIDE_GAP + 16, bottom: 24, left: SIDE_COLUMN + 16 };
}
