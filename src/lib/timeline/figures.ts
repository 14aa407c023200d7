/**
 * The figures (numbers with no place on the map) on a chosen day, for the event list: the dated ones
 * whose span holds the day, and the undated ones reported by then, grouped by the day they were
 * reported by. Keys, order and groups are computed once per dataset; a day is one pass over the
 * figures' codes (`DayCodes`, as for the features), so a scrub step derives nothing else.
 */
import type { Figure } from '$lib/data/types';
import { DayCodes, VISIBILITIES } from '$lib/time/day-codes';
import { figureKeys } from '$lib/time/figure-keys';
import type { TimeKeys, Visibility } from '$lib/time/visibility';

export interface FigureItem {
	figure: Figure;
	/** How it stands on the day (never 'hidden' here): 'uncertain' across a week or month, or undated. */
	visibility: Exclude<Visibility, 'hidden'>;
}

/** Undated figures reported by the same day: "Undated, reported by 6 Feb 2025". */
export interface UndatedGroup {
	/** The day they were reported by (their `start`). */
	reportedBy: number;
	items: FigureItem[];
}

export interface FiguresDay {
	/** Figures whose span holds the day, newest first. */
	dated: FigureItem[];
	/** Undated figures reported on or before the day, by report day, newest first. */
	undated: UndatedGroup[];
}

export const NO_FIGURES_DAY: FiguresDay = { dated: [], undated: [] };

const byLabel = new Intl.Collator().compare;

export class FigureIndex {
	/** The figures in list order: newest first (by first day), then by label. */
	readonly #figures: readonly Figure[];
	readonly #keys: ReadonlyMap<string, TimeKeys>;
	readonly #codes: DayCodes;
	/** By list position: the day an undated figure was reported by, or null for a dated one. */
	readonly #reportedBy: readonly (number | null)[];

	constructor(figures: readonly Figure[]) {
		const keyed = figures.map((figure) => ({ figure, keys: figureKeys(figure.time) }));
		keyed.sort((a, b) => b.keys.s - a.keys.s || byLabel(a.figure.label, b.figure.label));
		this.#figures = keyed.map((k) => k.figure);
		this.#keys = new Map(keyed.map((k) => [k.figure.id, k.keys]));
		this.#codes = new DayCodes(keyed.map((k) => k.keys));
		this.#reportedBy = keyed.map((k) => (k.figure.time.precision === 'undated' ? k.keys.s : null));
	}

	/** The visibility keys of a figure (for `dayToReveal`), or undefined for an id that is not one. */
	keys(id: string): TimeKeys | undefined {
		return this.#keys.get(id);
	}

	/** The figures shown on day `t`. */
	at(t: number): FiguresDay {
		const codes = this.#codes.at(t);
		const dated: FigureItem[] = [];
		const undated: UndatedGroup[] = [];
		for (let i = 0; i < codes.length; i++) {
			const code = codes[i]!;
			if (code === 0) continue;
			const item = { figure: this.#figures[i]!, visibility: VISIBILITIES[code] as FigureItem['visibility'] };
			const reportedBy = this.#reportedBy[i];
			if (reportedBy == null) {
				dated.push(item);
				continue;
			}
			// In list order, one report day's figures are neighbours.
			const last = undated.at(-1);
			if (last?.reportedBy === reportedBy) last.items.push(item);
			else undated.push({ reportedBy, items: [item] });
		}
		return dated.length === 0 && undated.length === 0 ? NO_FIGURES_DAY : { dated, undated };
	}
}
