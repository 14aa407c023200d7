/**
 * What is on the map at day t, as data: the count and the event list are computed from the same rule
 * (`visibilityAt`) as the map's expressions, so list, count and map cannot disagree.
 */
import type { RenderProps } from '$lib/data/render';
import type { LayerId } from '$lib/data/types';
import { visibilityAt, type Visibility } from '$lib/time/visibility';

export interface VisibleItem {
	/** Numeric render id. */
	index: number;
	props: RenderProps;
	/** How it is drawn on day t (never 'hidden' here). */
	visibility: Exclude<Visibility, 'hidden'>;
}

/** Newest first (by first day, then by name): the same order as `localeCompare`, computed faster. */
const byName = new Intl.Collator().compare;

/**
 * The list order depends only on the data, not on the day, so it is computed once per collection and
 * reused: a scrub step at 100,000 events is then one pass over the features, with no sort.
 */
const orderCache = new WeakMap<readonly unknown[], Uint32Array>();

function newestFirst(features: readonly { properties: RenderProps }[]): Uint32Array {
	let order = orderCache.get(features);
	if (!order) {
		order = Uint32Array.from(features.keys()).sort((a, b) => {
			const pa = features[a]!.properties;
			const pb = features[b]!.properties;
			return pb.s - pa.s || byName(pa.name, pb.name) || a - b;
		});
		orderCache.set(features, order);
	}
	return order;
}

/**
 * Features drawn on day t in the enabled layers, newest first (by first day, then by name), so the
 * list reads like a news feed that ends at the chosen day.
 */
export function visibleAt(
	features: readonly { properties: RenderProps }[],
	t: number,
	layers: readonly LayerId[]
): VisibleItem[] {
	const on = new Set(layers);
	const items: VisibleItem[] = [];
	if (on.size === 0) return items;
	for (const index of newestFirst(features)) {
		const props = features[index]!.properties;
		if (!on.has(props.layer)) continue;
		const visibility = visibilityAt(props, t);
		if (visibility !== 'hidden') items.push({ index, props, visibility });
	}
	return items;
}
