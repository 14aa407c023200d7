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
	features.forEach(({ properties: props }, index) => {
		if (!on.has(props.layer)) return;
		const visibility = visibilityAt(props, t);
		if (visibility !== 'hidden') items.push({ index, props, visibility });
	});
	return items.sort((a, b) => b.props.s - a.props.s || a.props.name.localeCompare(b.props.name));
}
