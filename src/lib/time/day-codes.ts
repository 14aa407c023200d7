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
	/** The features' `TimeKeys` by id: s, w, r and e. */
	readonly #keys: readonly [Int32Array, Int32Array, Int32Array, Int32Array];
	readonly #codes: Uint8Array;
	#day = Number.NaN;

	/** `keys[i]` belongs to the feature whose numeric id is `i` (see `data/render.ts`). */
	constructor(keys: readonly TimeKeys[]) {
		const n = keys.length;
		const [s, w, r, e] = (this.#keys = [
			new Int32Array(n),
			new Int32Array(n),
			new Int32Array(n),
			new Int32Array(n)
		]);
		this.#codes = new Uint8Array(n);
		keys.forEach((k, i) => {
			s[i] = k.s;
			w[i] = k.w;
			r[i] = k.r;
			e[i] = k.e;
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
		const [s, w, r, e] = this.#keys;
		const codes = this.#codes;
		// `visibilityAt`'s steps, inlined; day-codes.spec.ts keeps the two in agreement. The comparisons
		// are multiplied, not branched on: which way each feature goes is close to random, so branches
		// were mispredicted often enough to make the pass about 1.5 times as long.
		for (let i = 0; i < codes.length; i++)
			codes[i] = (+(t >= s[i]!) & +(t <= e[i]!)) * (1 + +(t > w[i]!) * (1 + +(t > r[i]!)));
		this.#day = t;
		return codes;
	}
}
