/**
 * Marks on the timeline track: where each fact sits in time, per data layer, so people see where
 * things happen and can jump there. A fact known only to the week or month, and a fact that lasts,
 * is drawn as a bar across its span, never as a tick on its first day.
 */
import type { RenderProps } from '$lib/data/render';
import type { FeatureKind, LayerId } from '$lib/data/types';
import { isStateKind } from '$lib/time/visibility';

export interface Mark {
	/** Numeric render id (index in the render collection). */
	index: number;
	/** Feature id used in links and `app.select`. */
	id: string;
	layer: LayerId;
	kind: FeatureKind;
	name: string;
	/** First day of the mark (where a click jumps to). */
	start: number;
	/** Last day of the mark; equal to `start` for a day-dated event. */
	end: number;
	/** The date is known only to the week or month. */
	uncertain: boolean;
	/** Last day of the uncertain part (before `start` when the date is exact): a lasting state is uncertain only while its start is. */
	uncertainUntil: number;
}

/** One mark per feature, in the order of the render collection. */
export function toMarks(features: readonly { properties: RenderProps }[]): Mark[] {
	return features.map(({ properties: p }, index) => {
		// States last from s to e; events are uncertain from s to w (w < s when the day is exact).
		const end = isStateKind(p.kind) ? p.e : Math.max(p.s, p.w);
		return {
			index,
			id: p.id,
			layer: p.layer,
			kind: p.kind,
			name: p.name,
			start: p.s,
			end,
			uncertain: p.tp !== 'day',
			uncertainUntil: Math.min(p.w, end)
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
						uncertainUntil: uncertain ? first.start : first.start - 1
					}
		);
}
