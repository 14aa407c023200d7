/**
 * When a place is selected that the map does not show on the chosen day, the slider moves to the
 * nearest day it does show, so the selection is never an invisible highlight.
 */
import { visibilityAt, type TimeKeys } from '$lib/time/visibility';

/**
 * The nearest day on which a feature with these keys is on the map, or null when it already is on
 * day `t`. Before its start that is its first day; after a state has ended, its last day.
 */
export function dayToReveal(keys: TimeKeys, t: number): number | null {
	if (visibilityAt(keys, t) !== 'hidden') return null;
	return t < keys.s ? keys.s : keys.e;
}
