/**
 * The fixed chrome over the map (masthead, the layers-and-events column), in pixels, so the map can
 * frame things in the part of the window a reader can actually see.
 */
import type { Insets } from '$lib/details/layout';

/** Below this viewport width (px) the app uses its phone layout (drawer, bottom sheet). */
export const PHONE_BREAKPOINT = 720;
/** The left column (layers, key, event list) on wide screens: 18rem plus its 0.75rem margin. */
export const SIDE_COLUMN = 288 + 12;
/** Height of the masthead band at the top. */
export const MASTHEAD = 64;

/**
 * Padding for the default "whole region" framing: on wide screens the region is fitted beside the
 * left column, not under it, so Kursk and Kharkiv are not hidden on first load.
 */
export function regionInsets(width: number): Insets {
	if (width < PHONE_BREAKPOINT) return { top: MASTHEAD, right: 8, bottom: 8, left: 8 };
	return { top: MASTHEAD, right: 16, bottom: 16, left: SIDE_COLUMN + 8 };
}
