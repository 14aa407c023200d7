/**
 * Turns the visibility rule into per-feature state changes for MapLibre. A scrub step takes the
 * day's codes (`time/day-codes.ts`, shared with the list) and reports only the features whose state
 * changed, so the map receives a handful of `setFeatureState` calls instead of
 * a re-filter that would make its worker re-tile the whole source (seconds at 100,000 events).
 * No MapLibre import: this is plain data, tested on its own.
 */
import { VISIBILITIES, type DayCodes } from '$lib/time/day-codes';
import { visibilityAt, type TimeKeys, type Visibility } from '$lib/time/visibility';

/** Feature-state code per visibility; paint expressions read these numbers. */
export const VIS_CODE = Object.fromEntries(VISIBILITIES.map((v, code) => [v, code])) as Readonly<
	Record<Visibility, number>
>;

/**
 * What a feature without feature-state is drawn as. "shown" is the common case late in the range
 * (events stay as history), so opening on the latest day sets state on few features.
 */
export const DEFAULT_CODE = VIS_CODE.shown;
const HIDDEN = VIS_CODE.hidden;

export class VisibilityDiff {
	readonly #day: DayCodes;
	/** The code each feature has on the map now. */
	readonly #codes: Uint8Array;
	/** 1 for the features drawn plainly: on the map or not, nothing in between (see `plain`). */
	readonly #plain: Uint8Array | null;

	/**
	 * Over the features of `day` (ids as in `data/render.ts`). With `opening`, the features start in
	 * their state on that day (the code the map's data carries as `v0`, see `source-data.ts`);
	 * without it, every feature starts as DEFAULT_CODE. `plain` (1 per id) marks the features the map
	 * draws with the plain symbology (`layers/symbology.ts`, PLAIN_LIMIT): their code is only ever
	 * hidden or DEFAULT_CODE, so a step sends nothing when one of them turns from recent to older.
	 */
	constructor(day: DayCodes, opening?: number, plain: Uint8Array | null = null) {
		this.#day = day;
		this.#plain = plain;
		this.#codes = new Uint8Array(day.size).fill(DEFAULT_CODE);
		if (opening !== undefined) this.update(opening, () => {});
	}

	/** The current code of feature `id`. */
	code(id: number): number {
		return this.#codes[id] ?? DEFAULT_CODE;
	}

	/**
	 * Moves to day `t`, calling `changed(id, code)` for each feature whose state differs from the day
	 * before. Returns how many changed. The day's codes come from the shared `DayCodes`, so the list
	 * asking for the same day costs no second evaluation of the rule.
	 */
	update(t: number, changed: (id: number, code: number) => void): number {
		const now = this.#day.at(t);
		const codes = this.#codes;
		let count = 0;
		const plain = this.#plain;
		for (let i = 0; i < codes.length; i++) {
			const rule = now[i]!;
			// The map's code is the rule's, or DEFAULT_CODE for a plain feature the rule does not hide.
			// A code it gives, it gives again for that code: only where the rule's code differs from
			// the feature's current one can the feature's change.
			if (rule !== codes[i]) {
				const code = plain?.[i] === 1 && rule !== HIDDEN ? DEFAULT_CODE : rule;
				if (code !== codes[i]) {
					codes[i] = code;
					changed(i, code);
					count++;
				}
			}
		}
		return count;
	}

	/** The current state of feature `id`, as the map draws it. */
	visibility(id: number): Visibility {
		return VISIBILITIES[this.code(id)]!;
	}
}

/** For tests and callers that hold keys, not a diff: the code `visibilityAt` stands for. */
export function codeAt(keys: TimeKeys, t: number): number {
	return VIS_CODE[visibilityAt(keys, t)];
}
