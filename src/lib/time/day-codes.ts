/**
 * The visibility rule (`visibilityAt`) for every feature at once, over typed arrays. Two consumers
 * need it on every scrub step: the map (which features changed state) and the list, count and layer
 * toggles (what is on the map). They share one `DayCodes`, so at 100,000 events a step evaluates the
 * rule once per feature, not once per consumer.
 */
import type { TimeKeys, Visibility } from './visibility';

/** Visibilities by code: the number a feature's code stands for, here and in the map's paint. */
export const VISIBILITIES: readonly Visibility[] = ['hidden', 'uncertain', 'recent', 'shown'];

export class DayCodes {
	readonly #s: Int32Array;
	readonly #w: Int32Array;
	readonly #r: Int32Array;
	readonly #e: Int32Array;
	readonly #codes: Uint8Array;
	#day = Number.NaN;

	/** `keys[i]` belongs to the feature whose numeric id is `i` (see `data/render.ts`). */
	constructor(keys: readonly TimeKeys[]) {
		const n = keys.length;
		this.#s = new Int32Array(n);
		this.#w = new Int32Array(n);
		this.#r = new Int32Array(n);
		this.#e = new Int32Array(n);
		this.#codes = new Uint8Array(n);
		keys.forEach((k, i) => {
			this.#s[i] = k.s;
			this.#w[i] = k.w;
			this.#r[i] = k.r;
			this.#e[i] = k.e;
		});
	}

	get size(): number {
		return this.#codes.length;
	}

	/**
	 * Every feature's code on day `t`, by id (an index into VISIBILITIES). Computed once per day and
	 * shared by whoever asks for the same day. The array is reused for the next day asked for: read
	 * it, or copy it, before asking again.
	 */
	at(t: number): Readonly<Uint8Array> {
		if (t === this.#day) return this.#codes;
		const s = this.#s,
			w = this.#w,
			r = this.#r,
			e = this.#e,
			codes = this.#codes;
		// `visibilityAt`'s steps, inlined; day-codes.spec.ts keeps the two in agreement.
		for (let i = 0; i < codes.length; i++)
			codes[i] = t < s[i]! || t > e[i]! ? 0 : t <= w[i]! ? 1 : t <= r[i]! ? 2 : 3;
		this.#day = t;
		return codes;
	}
}
