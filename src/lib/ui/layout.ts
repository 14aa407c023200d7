/**
 * The fixed chrome over the map (masthead, the layers-and-events column), in pixels, so the map can
 * frame things in the part of the window a reader can actually see. The sizes are the ones the CSS
 * uses (`ui/metrics.js`, set as custom properties by App.svelte).
 */
import type { Insets } from '$lib/details/layout';
import { CHROME_REM, isPhoneWidth, rem } from './metrics';

/** The left column (layers, key, event list) on wide screens, with its margin from the window's edge. */
export const SIDE_COLUMN = rem(CHROME_REM.edge + CHROME_REM.column);
/**
 * The masthead band at the top of the map. Phones use it too: their masthead is shorter
 * (`CHROME_REM.mastheadPhone`), but the Copy link button and the zoom buttons share the band.
 */
export const MASTHEAD = rem(CHROME_REM.masthead);
/** Where the left column starts, below the masthead band. */
export const BELOW_MASTHEAD = rem(CHROME_REM.masthead + CHROME_REM.gap);

/**
 * Padding for the default "whole region" framing: on wide screens the region is fitted beside the
 * left column, not under it, so Kursk and Kharkiv are not hidden on first load. Without the column
 * (`side` false: an embed, state/embed.ts) it uses the whole width, as on phones.
 */
export function regionInsets(width: number, side = true): Insets {
	if (isPhoneWidth(width) || !side) return { top: MASTHEAD, right: 8, bottom: 8, left: 8 };
	return { top: MASTHEAD, right: 16, bottom: 16, left: SIDE_COLUMN + 8 };
}
