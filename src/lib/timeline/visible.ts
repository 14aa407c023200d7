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
 * shared with the map) in that order: no sort and no allocation per fact; only the few items the
 * list shows become objects.
 */
export class DayIndex {
	readonly #features: readonly { properties: RenderProps }[];
	readonly #codes: DayCodes;
	/** Render ids in list order. */
	readonly #order: Uint32Array;
	/** The data's layer ids, in order. */
	readonly #layerIds: readonly LayerId[];
	/** Position of each feature's layer in `#layerIds`, by render id. */
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
		this.#order = Uint32Array.from(
			[...features.keys()].filter((i) => !uncounted.has(features[i]!.properties.layer))
		).sort((a, b) => {
			const pa = features[a]!.properties;
			const pb = features[b]!.properties;
			return pb.s - pa.s || byName(pa.name, pb.name) || a - b;
		});
		const position = new Map(layerIds.map((l, i) => [l, i]));
		this.#layer = Uint16Array.from(features, (f) => position.get(f.properties.layer) ?? 0);
	}

	/** The day `t` in the enabled `layers`: counts over everything, and the newest `limit` items. */
	at(t: number, layers: readonly LayerId[], limit = Infinity): DaySummary {
		const ids = this.#layerIds;
		const on = new Uint8Array(ids.length);
		for (const l of layers) {
			const i = ids.indexOf(l);
			if (i >= 0) on[i] = 1;
		}
		const counts = new Uint32Array(ids.length);
		const items: VisibleItem[] = [];
		const codes = this.#codes.at(t),
			order = this.#order,
			layer = this.#layer;
		let total = 0;
		for (let i = 0; i < order.length; i++) {
			const index = order[i]!;
			const code = codes[index]!;
			if (code === 0) continue;
			const l = layer[index]!;
			counts[l]!++;
			if (on[l] === 0) continue;
			total++;
			if (items.length < limit)
				items.push({
					index,
					props: this.#features[index]!.properties,
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
