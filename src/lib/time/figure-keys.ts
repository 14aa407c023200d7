/**
 * When a figure (a number with no place: a month's casualties, an aid package) is shown. A number
 * holds over the span it is dated to, so a figure follows the rule of a state, not of an event: shown
 * while its span runs (uncertain across a week or month it is dated to), never before, never after,
 * never emphasised as new; an undated one from the day it was reported by on, uncertain for ever.
 * The same `TimeKeys` as features, so `dayToReveal` and `DayCodes` read them alike.
 */
import type { FeatureKind, TimeSpec } from '$lib/data/types';
import { timeKeys, type TimeKeys } from './visibility';

/** The kind whose rule figures follow: a state that holds over its span (and is never emphasised). */
const HOLDS: FeatureKind = 'area';

export function figureKeys(time: TimeSpec): TimeKeys {
	return timeKeys(HOLDS, time);
}
