/**
 * The key's note on the plain symbology (`PLAIN_LIMIT`, `map/layers/symbology.ts`). Only data above
 * the limit needs it, so it loads with `PlainKeyNote.svelte`, on demand, not with the page.
 */
import { PLAIN_LIMIT } from '$lib/map/layers/symbology';

export const PLAIN_NOTE =
	`More than ${PLAIN_LIMIT.toLocaleString('en-GB')} points, drawn plainly: no halo marks the last 7 days, ` +
	'week- or month-dated facts are not faded, and a movement shows its direction only when selected.';
