/**
 * Turns the visibility rule into per-feature state changes for MapLibre. A scrub step re-evaluates
 * the rule for every feature in typed arrays (a few integer compares each) and reports only the
 * features whose state changed, so the map receives a handful of `setFeatureState` calls instead of
 * a re-filter that would make its worker re-tile the whole source (seconds at 100,000 events).
 * No MapLibre import: this is plain data, tested on its own.
 */
import { visibilityAt, type TimeKeys, type Visibility } from '$lib/time/visibility';

/** Feature-state code per visibility; paint expressions read these numbers. */
export const VIS_CODE: Readonly<Record<Visibility, number>> = {
	hidden: 0,
	uncertain: 1,
	recent: 2,
	shown: 3
};

/**
 * What a feature without feature-state is drawn as. "shown" is the common case late in the range
 * (events stay as history), so opening on the latest day sets state on few features.
 */
export const DEFAULT_CODE = VIS_CODE.shown;

const CODES: readonly Visibility[] = ['hidden', 'uncertain', 'recent', 'shown'];

export class VisibilityDiff {
	readonly #s: Int32Array;
	readonly #w: Int32Array;
	readonly #r: Int32Array;
	readonly #e: Int32Array;
	readonly #codes: Uint8Array;

	/**
	 * `keys[i]` belongs to the feature whose numeric id is `i` (see `data/render.ts`). With `day`, the
	 * features start in their state on that day (the code the map's data carries as `v0`, see
	 * `source-data.ts`); without it, every feature starts as DEFAULT_CODE.
	 */
	constructor(keys: readonly TimeKeys[], day?: number) {
		const n = keys.length;
		this.#s = new Int32Array(n);
		this.#w = new Int32Array(n);
		this.#r = new Int32Array(n);
		this.#e = new Int32Array(n);
		this.#codes = new Uint8Array(n).fill(DEFAULT_CODE);
		keys.forEach((k, i) => {
			this.#s[i] = k.s;
			this.#w[i] = k.w;
			this.#r[i] = k.r;
			this.#e[i] = k.e;
		});
		if (day !== undefined) this.update(day, () => {});
	}

	/** The current code of feature `id`. */
	code(id: number): number {
		return this.#codes[id] ?? DEFAULT_CODE;
	}

	/**
	 * Moves to day `t`, calling `changed(id, code)` for each feature whose state differs from the day
	 * before. Returns how many changed. Same steps as `visibilityAt`, inlined for speed; the spec keeps
	 * the two in agreement.
	 */
	update(t: number, changed: (id: number, code: number) => void): number {
		const s = this.#s,
			w = this.#w,
			r = this.#r,
			e = this.#e,
			codes = this.#codes;
		let count = 0;
		for (let i = 0; i < codes.length; i++) {
			const code = t < s[i]! || t > e[i]! ? 0 : t <= w[i]! ? 1 : t <= r[i]! ? 2 : 3;
			if (code !== codes[i]) {
				codes[i] = code;
				changed(i, code);
				count++;
			}
		}
		return count;
	}

	/** The current state of feature `id`, as the map draws it. */
	visibility(id: number): Visibility {
		return CODES[this.#codes[id] ?? DEFAULT_CODE]!;
	}
}

/** For tests and callers that hold keys, not a diff: the code `visibilityAt` stands for. */
export function codeAt(keys: TimeKeys, t: number): number {
	return VIS_CODE[visibilityAt(keys, t)];
}
