/**
 * The event list's sections for a day, from what the day's one pass already produced (`DaySummary`
 * for the features, `FiguresDay` for the figures): the dated facts on the map, the dated figures, and
 * the undated facts and figures under "Undated, reported by <day>", one group per report day, newest
 * first. An undated fact happened on or before the day it was reported by, when is not known, so it
 * is never listed among the day's events. Only the few listed items are looked at (at most
 * LIST_LIMIT features and the figures of the day), so this adds no pass over the data.
 */
import type { FigureItem, FiguresDay } from './figures';
import type { VisibleItem } from './visible';

export interface UndatedSection {
	/** The day they were reported by. */
	reportedBy: number;
	features: VisibleItem[];
	figures: FigureItem[];
}

export interface DayList {
	/** Dated facts on the map, newest first. */
	features: VisibleItem[];
	/** Dated figures whose span holds the day, newest first. */
	figures: FigureItem[];
	/** Undated facts and figures, by report day, newest first. */
	undated: UndatedSection[];
}

export function dayList(items: readonly VisibleItem[], figures: FiguresDay): DayList {
	const features: VisibleItem[] = [];
	const byDay = new Map<number, UndatedSection>();
	const section = (day: number): UndatedSection => {
		let s = byDay.get(day);
		if (!s) byDay.set(day, (s = { reportedBy: day, features: [], figures: [] }));
		return s;
	};
	for (const item of items) {
		// An undated fact's first day is the day it was reported by.
		if (item.props.tp === 'undated') section(item.props.s).features.push(item);
		else features.push(item);
	}
	for (const group of figures.undated) section(group.reportedBy).figures.push(...group.items);
	const undated = [...byDay.values()].sort((a, b) => b.reportedBy - a.reportedBy);
	return { features, figures: figures.dated, undated };
}
