/**
 * What a territory series shows changed over a calendar month, for the details panel's comparison
 * with the article's monthly figures (TerritoryDetails.svelte). Apart from series.ts, which the map
 * page needs at opening, so that only the panel carries it. Pure: no map, no DOM.
 */
import type { TerritorySeries, TerritorySnapshot } from '$lib/data/types';

export interface MonthChange {
	/** `YYYY-MM`. */
	month: string;
	/** The snapshots used for the month's ends: the last of the month before, the last of this month. */
	from: TerritorySnapshot;
	to: TerritorySnapshot;
	gainedKm2: number;
	lostKm2: number;
	/** Area at the end less area at the start. */
	netKm2: number;
}

/** The change over a calendar month (by the days the snapshots show), or null if the series does not span it. */
export function monthChange(series: TerritorySeries, month: string): MonthChange | null {
	const before = series.snapshots.filter((s) => s.day.slice(0, 7) < month).at(-1);
	const to = series.snapshots.filter((s) => s.day.slice(0, 7) === month).at(-1);
	if (!before || !to) return null;
	return {
		month,
		from: before,
		to,
		gainedKm2: to.gainedMonthKm2,
		lostKm2: to.lostMonthKm2,
		netKm2: to.areaKm2 - before.areaKm2
	};
}
