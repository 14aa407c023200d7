import { describe, expect, it } from 'vitest';
import type { Dataset, TimelineFeature } from '$lib/data/types';
import { dayList } from '$lib/timeline/day-list';
import { LIST_LIMIT } from '$lib/timeline/visible';
import { appOn, realDataset } from '../../../test/geo-data';
import { dayFileName, figureCount, shownCount, shownDay } from './shown';

const real = realDataset();
const DAY = '2025-02-06';

/** The ids the event list renders for the app's day, in its order (EventList.svelte's sections). */
function listIds(app: ReturnType<typeof appOn>): string[] {
	const list = dayList(app.day.items, app.figuresDay);
	return [
		...list.features.map((i) => i.props.id),
		...list.figures.map((i) => i.figure.id),
		...list.undated.flatMap((s) => [
			...s.features.map((i) => i.props.id),
			...s.figures.map((i) => i.figure.id)
		])
	];
}

const shownOf = (app: ReturnType<typeof appOn>) =>
	shownDay(app.dataset!, app.view.date, app.dayInFull(), app.figuresDay);

describe('shownDay: what a download of the day holds', () => {
	it('is exactly what the event list shows on 2025-02-06 (real data), facts then figures', () => {
		const app = appOn(real, DAY);
		const shown = shownOf(app);
		const ids = [...shown.features.map((f) => f.id), ...shown.figures.map((f) => f.id)];
		expect(new Set(ids)).toEqual(new Set(listIds(app)));
		expect(ids).toHaveLength(new Set(ids).size);
		expect(shown.features).toHaveLength(app.day.total);
		expect(shown.figures).toHaveLength(figureCount(app.figuresDay));
		expect(shown.date).toBe(DAY);
		// Every feature is the data's own object (the contract's feature, not the map's flat copy).
		for (const f of shown.features) expect(real.features).toContain(f);
		// Undated facts come after the day's, as in the list.
		const firstUndated = shown.features.findIndex((f) => f.properties.time.precision === 'undated');
		expect(firstUndated).toBeGreaterThan(0);
		expect(shown.features.slice(firstUndated).every((f) => f.properties.time.precision === 'undated')).toBe(
			true
		);
	});

	it('leaves out the pieces of a territory series, which the list does not show either', () => {
		const shown = shownOf(appOn(real, DAY));
		const series = new Set(real.layers.filter((l) => l.style === 'territory').map((l) => l.id));
		expect(series.size).toBeGreaterThan(0);
		expect(shown.features.some((f) => series.has(f.properties.layer))).toBe(false);
		expect(shown.layers.some((l) => series.has(l.id))).toBe(false);
	});

	it('follows the layers that are on, and cites only the sources its claims cite', () => {
		const all = shownOf(appOn(real, DAY));
		const layer = all.features[0]!.properties.layer;
		const without = shownOf(
			appOn(
				real,
				DAY,
				real.layers.map((l) => l.id).filter((l) => l !== layer)
			)
		);
		expect(without.features.length).toBeGreaterThan(0);
		expect(without.features.some((f) => f.properties.layer === layer)).toBe(false);
		expect(without.features.length).toBe(all.features.filter((f) => f.properties.layer !== layer).length);
		expect(without.layers.map((l) => l.id)).not.toContain(layer);
		const cited = new Set(
			[...all.features.flatMap((f) => f.properties.claims), ...all.figures.flatMap((f) => f.claims)].map(
				(c) => c.source
			)
		);
		expect(all.sources.map((s) => s.id).sort()).toEqual([...cited].sort());
	});

	it('holds every fact on the map, not only the newest LIST_LIMIT the list holds', () => {
		const base = real.features.find((f) => f.id === 'poltava-strike')!;
		const many: TimelineFeature[] = Array.from({ length: LIST_LIMIT + 7 }, (_, i) => ({
			...base,
			id: `test-strike-${i}`
		}));
		const dataset: Dataset = { ...real, features: many, figures: [], territory: [] };
		const app = appOn(dataset, DAY);
		expect(app.day.items).toHaveLength(LIST_LIMIT);
		const shown = shownOf(app);
		expect(shown.features).toHaveLength(LIST_LIMIT + 7);
		// The list's items are the download's first ones, in the same order.
		expect(shown.features.slice(0, LIST_LIMIT).map((f) => f.id)).toEqual(
			app.day.items.map((i) => i.props.id)
		);
	});
});

describe('labels and names', () => {
	it('counts facts and figures in words', () => {
		expect(shownCount(1, 0)).toBe('1 fact');
		expect(shownCount(15, 1)).toBe('15 facts and 1 figure');
		expect(shownCount(1200, 9)).toBe('1,200 facts and 9 figures');
	});
	it('names files by the day', () => {
		expect(dayFileName('2025-02-06', 'geojson')).toBe('frontline-2025-02-06.geojson');
		expect(dayFileName('2025-02-06', 'csv')).toBe('frontline-2025-02-06.csv');
	});
});
