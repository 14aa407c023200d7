/**
 * The groups of feature kinds that have a rule of their own. Apart from the contract's vocabularies
 * (types.ts), which only the validator reads at run time: the map page needs these when it opens.
 */
import type { FeatureKind } from './types';

/** The kinds a territory layer holds, and only it. */
export const TERRITORY_KINDS: readonly FeatureKind[] = ['territory', 'gain', 'loss'];

/** The kinds that may carry an open end (`time.ongoing`): states the article reports as still going on. */
export const ONGOING_KINDS: readonly FeatureKind[] = ['area', 'battle', 'movement'];
