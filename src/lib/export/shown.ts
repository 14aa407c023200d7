/**
 * What a download of the chosen day holds: exactly what the event list shows, from the day's one
 * pass (`AppState.dayInFull()`, the list's `DayIndex` pass without its LIST_LIMIT, and
 * `AppState.figuresDay`), in the list's order (`timeline/day-list.ts`): the facts on the map in the
 * enabled layers, dated then undated, the figures of the day, the layers they belong to and every
 * source their claims cite. No second rule of what a day shows lives here.
 *
 * The pieces of a territory series are not in it: they are one area, not facts, and the list does
 * not show them either (the whole series is in the dataset download).
 */
import type { Dataset, Figure, IsoDate, LayerSpec, Source, TimelineFeature } from '$lib/data/types';
import { toIso } from '$lib/time/days';
import { dayList } from '$lib/timeline/day-list';
import type { FiguresDay } from '$lib/timeline/figures';
import type { DaySummary } from '$lib/timeline/visible';

export interface ShownDay {
	/** The chosen day. */
	date: IsoDate;
	/** The layers of `features`, in the data's order. */
	layers: LayerSpec[];
	/** The facts on the map, in the list's order: the day's, then the undated ones (by report day). */
	features: TimelineFeature[];
	/** The figures the list shows, in its order: the day's, then the undated ones (by report day). */
	figures: Figure[];
	/** Every source a claim of `features` or `figures` cites, in the registry's order. */
	sources: Source[];
}

/**
 * `summary` is the day's pass over every fact (`AppState.dayInFull()`): its items' render ids are
 * indexes into `dataset.features` (`data/render.ts`).
 */
export function shownDay(dataset: Dataset, day: number, summary: DaySummary, figures: FiguresDay): ShownDay {
	const list = dayList(summary.items, figures);
	const feature = (index: number, id: string): TimelineFeature => {
		const f = dataset.features[index];
		// The render collection is built from these features in this order; anything else is a bug.
		if (f?.id !== id) throw new Error(`render id ${index} is not the feature ${id}`);
		return f;
	};
	const features = [
		...list.features.map((i) => feature(i.index, i.props.id)),
		...list.undated.flatMap((s) => s.features.map((i) => feature(i.index, i.props.id)))
	];
	const shownFigures = [
		...list.figures.map((i) => i.figure),
		...list.undated.flatMap((s) => s.figures.map((i) => i.figure))
	];
	const layerIds = new Set(features.map((f) => f.properties.layer));
	const cited = new Set(
		[...features.flatMap((f) => f.properties.claims), ...shownFigures.flatMap((f) => f.claims)].map(
			(c) => c.source
		)
	);
	return {
		date: toIso(day),
		layers: dataset.layers.filter((l) => layerIds.has(l.id)),
		features,
		figures: shownFigures,
		sources: dataset.sources.filter((s) => cited.has(s.id))
	};
}

/** How many facts and figures a download of the day holds, in words: "15 facts and 9 figures". */
export function shownCount(facts: number, figures: number): string {
	const n = (k: number, one: string, many: string) => `${k.toLocaleString('en-GB')} ${k === 1 ? one : many}`;
	return figures > 0
		? `${n(facts, 'fact', 'facts')} and ${n(figures, 'figure', 'figures')}`
		: n(facts, 'fact', 'facts');
}

/** How many figures the list shows on a day (`AppState.figuresDay`). */
export function figureCount(figures: FiguresDay): number {
	return figures.dated.length + figures.undated.reduce((n, g) => n + g.items.length, 0);
}

/** The file name of a download of a day: `frontline-2025-02-06.geojson`. */
export function dayFileName(date: IsoDate, extension: 'geojson' | 'csv'): string {
	return `frontline-${date}.${extension}`;
}
