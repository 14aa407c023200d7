/**
 * Marks on the timeline track: where each fact sits in time, per data layer, so people see where
 * things happen and can jump there. A fact known only to the week or month, and a fact that lasts,
 * is drawn as a bar across its span, never as a tick on its first day.
 */
import type { RenderProps } from '$lib/data/render';
import type { FeatureKind, Figure, LayerId } from '$lib/data/types';
import { toDay } from '$lib/time/days';
import { isStateKind, precisionSpanEnd } from '$lib/time/visibility';

export interface Mark {
	/** Numeric render id (index in the render collection); for a figure, -1 - its index in figures.json. */
	index: number;
	/** Feature or figure id used in links and `app.select`. */
	id: string;
	/** The layer's id; empty for a figure (figures have no layer). */
	layer: LayerId;
	/** The feature's kind, or `figure`. */
	kind: FeatureKind | 'figure';
	name: string;
	/** First day of the mark (where a click jumps to). */
	start: number;
	/** Last day of the mark; equal to `start` for a day-dated event. */
	end: number;
	/** The date is known only to the week or month. */
	uncertain: boolean;
	/** Last day of the uncertain part (before `start` when the date is exact): a lasting state is uncertain only while its start is. */
	uncertainUntil: number;
	/** Undated: it happened on or before `start`, the day it was reported by (`end` = `start`). */
	undated: boolean;
	/** An open end: still going on at `end`, the date of its newest source (drawn as continuing). */
	ongoing: boolean;
}

/**
 * One mark per feature, in the order of the render collection. `ongoing` holds the ids of the states
 * with an open end (`time.ongoing`), which the render properties do not carry.
 */
export function toMarks(
	features: readonly { properties: RenderProps }[],
	ongoing: ReadonlySet<string> = new Set()
): Mark[] {
	return features.map(({ properties: p }, index) => {
		const undated = p.tp === 'undated';
		// States last from s to e; events are uncertain from s to w (w < s when the day is exact); an
		// undated fact is a marker at the day it was reported by (its keys run on for ever).
		const end = undated ? p.s : isStateKind(p.kind) ? p.e : Math.max(p.s, p.w);
		return {
			index,
			id: p.id,
			layer: p.layer,
			kind: p.kind,
			name: p.name,
			start: p.s,
			end,
			uncertain: p.tp !== 'day',
			uncertainUntil: Math.min(p.w, end),
			undated,
			ongoing: ongoing.has(p.id)
		};
	});
}

/** One mark per figure, at its date or across its span, in the order of figures.json. */
export function figureMarks(figures: readonly Figure[]): Mark[] {
	return figures.map((f, i) => {
		const start = toDay(f.time.start);
		const undated = f.time.precision === 'undated';
		const end = undated
			? start
			: f.time.end !== undefined
				? toDay(f.time.end)
				: precisionSpanEnd(start, f.time.precision);
		const exact = f.time.precision === 'day';
		return {
			index: -1 - i,
			id: f.id,
			layer: '',
			kind: 'figure',
			name: f.label,
			start,
			end,
			uncertain: !exact,
			uncertainUntil: exact
				? start - 1
				: undated
					? start
					: Math.min(end, precisionSpanEnd(start, f.time.precision)),
			undated,
			ongoing: f.time.ongoing === true
		};
	});
}

/** Marks grouped by layer, in the order the layers are given (the rows of the track). */
export function marksByLayer(marks: readonly Mark[], layers: readonly LayerId[]): [LayerId, Mark[]][] {
	return layers.map((layer) => [layer, marks.filter((m) => m.layer === layer)]);
}

/** Sorted distinct days on which a fact in an enabled layer starts: the stops of the next/previous-event keys. */
export function eventDays(marks: readonly Mark[], layers: readonly LayerId[]): number[] {
	const on = new Set(layers);
	const days = new Set(marks.filter((m) => on.has(m.layer)).map((m) => m.start));
	return [...days].sort((a, b) => a - b);
}

/** The most marks one row of the track draws before marks are merged per day. */
export const MARKS_PER_ROW = 400;

/**
 * A row with more marks than the track can show (a newsroom data set of 100,000 events) would be tens
 * of thousands of buttons, stalling the page on load and on every layer toggle. Such a row gets one
 * mark per start day instead, named by how many facts start then; rows within `max` are unchanged.
 */
export function condense(marks: readonly Mark[], max = MARKS_PER_ROW): Mark[] {
	if (marks.length <= max) return [...marks];
	const byDay = new Map<number, { first: Mark; count: number; uncertain: boolean }>();
	for (const m of marks) {
		const day = byDay.get(m.start);
		if (day) {
			day.count++;
			day.uncertain &&= m.uncertain;
		} else byDay.set(m.start, { first: m, count: 1, uncertain: m.uncertain });
	}
	return [...byDay.values()]
		.sort((a, b) => a.first.start - b.first.start)
		.map(({ first, count, uncertain }) =>
			count === 1
				? first
				: {
						...first,
						name: `${count.toLocaleString('en-GB')} facts`,
						end: first.start,
						uncertain,
						uncertainUntil: uncertain ? first.start : first.start - 1,
						undated: false,
						ongoing: false
					}
		);
}
