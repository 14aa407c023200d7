/**
 * What is on the map at day t, as data: the count, the layer counts and the event list are computed
 * from the same rule (`visibilityAt`) as the map's expressions, so list, count and map cannot disagree.
 */
import type { RenderProps } from '$lib/data/render';
import type { LayerId } from '$lib/data/types';
import { DayCodes, VISIBILITIES } from '$lib/time/day-codes';
import type { Visibility } from '$lib/time/visibility';

export interface VisibleItem {
	/** Numeric render id. */
	index: number;
	props: RenderProps;
	/** How it is drawn on day t (never 'hidden' here). */
	visibility: Exclude<Visibility, 'hidden'>;
}

/** Everything the list, the count and the layer toggles say about one day. */
export interface DaySummary {
	/** Facts on the map that day per layer id, counting switched-off layers too (their toggles show it). */
	perLayer: ReadonlyMap<LayerId, number>;
	/** Facts on the map that day in the enabled layers: what the map draws. */
	total: number;
	/** The newest of those (at most the limit asked for), newest first. */
	items: VisibleItem[];
}

/**
 * How many facts the list shows. At newsroom scale a day can show tens of thousands; a list item for
 * each would stall every scrub step, so the newest are listed and the rest counted.
 */
export const LIST_LIMIT = 50;

/** Newest first (by first day, then by name): the same order as `localeCompare`, computed faster. */
const byName = new Intl.Collator().compare;

/**
 * The day-independent half of "what is on the map": the features in list order (newest first) and
 * their layers, built once per collection. A scrub step then reads the day's codes (`DayCodes`,
 * shared with the map): no sort and no allocation per fact; only the few items the list shows
 * become objects.
 */
export class DayIndex {
	readonly #features: readonly { properties: RenderProps }[];
	readonly #codes: DayCodes;
	/** Render ids in list order. */
	readonly #order: Uint32Array;
	/** The data's layer ids, in order. */
	readonly #layerIds: readonly LayerId[];
	/** Position of each feature's layer in `#layerIds`, by render id (`#layerIds.length`: uncounted). */
	readonly #layer: Uint16Array;

	/**
	 * `layerIds` are the layers the data declares (a feature's layer is always one of them: the
	 * validator sees to it). `codes` over the same features; the app passes the one the map uses, so
	 * the day is evaluated once. Features of the `uncounted` layers (the pieces of a territory series,
	 * which are shapes of one area, not facts) are left out of the counts and the list.
	 */
	constructor(
		features: readonly { properties: RenderProps }[],
		layerIds: readonly LayerId[],
		codes = new DayCodes(features.map((f) => f.properties)),
		uncounted: ReadonlySet<LayerId> = new Set()
	) {
		this.#features = features;
		this.#layerIds = layerIds;
		this.#codes = codes;
		this.#order = Uint32Array.from(features.keys()).sort((a, b) => {
			const pa = features[a]!.properties;
			const pb = features[b]!.properties;
			return pb.s - pa.s || byName(pa.name, pb.name) || a - b;
		});
		// The uncounted layers' features take the position after the last layer's, never enabled.
		const position = new Map(layerIds.map((l, i) => [l, uncounted.has(l) ? layerIds.length : i]));
		this.#layer = Uint16Array.from(features, (f) => position.get(f.properties.layer) ?? 0);
	}

	/**
	 * The day `t` in the enabled `layers`: counts over everything, and the newest `limit` items. The
	 * counts take one pass over the day's codes in id order, the order they are stored in; the list
	 * is walked only from the first fact that starts on `t` or before (none newer is drawn) until it
	 * holds `limit` items, so a step reads a few of the codes out of order, not all of them.
	 */
	at(t: number, layers: readonly LayerId[], limit = Infinity): DaySummary {
		const ids = this.#layerIds;
		const codes = this.#codes.at(t),
			order = this.#order,
			layer = this.#layer,
			features = this.#features;
		const counts = new Uint32Array(ids.length + 1);
		// One per feature drawn (a code other than hidden, 0), added without a branch.
		for (let i = 0; i < codes.length; i++) counts[layer[i]!]! += +!!codes[i];
		const on = ids.map((l) => +layers.includes(l));
		const total = on.reduce((sum, o, i) => sum + o * counts[i]!, 0);
		// The first position in list order (newest first) of a fact that starts on `t` or before.
		let i = 0;
		for (let hi = order.length; i < hi;) {
			const m = (i + hi) >> 1;
			if (features[order[m]!]!.properties.s > t) i = m + 1;
			else hi = m;
		}
		const items: VisibleItem[] = [];
		for (; i < order.length && items.length < limit; i++) {
			const index = order[i]!;
			const code = codes[index]!;
			if (code && on[layer[index]!])
				items.push({
					index,
					props: features[index]!.properties,
					visibility: VISIBILITIES[code] as VisibleItem['visibility']
				});
		}
		const perLayer = new Map(ids.map((l, i) => [l, counts[i]!]));
		return { perLayer, total, items };
	}
}

/** A day with nothing on the map (no data yet, or no date chosen). */
export const EMPTY_DAY: DaySummary = {
	perLayer: new Map(),
	total: 0,
	items: []
};
