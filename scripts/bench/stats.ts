/** Summaries the benchmark reports: robust ones (median, p95) and the worst case (max). */

export interface Summary {
	n: number;
	median: number;
	p95: number;
	max: number;
}

/** Nearest-rank percentile of a sample; p in 0..100. */
export function percentile(sorted: readonly number[], p: number): number {
	if (sorted.length === 0) return NaN;
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarise(values: readonly number[]): Summary {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length / 2;
	const median =
		sorted.length === 0
			? NaN
			: sorted.length % 2
				? sorted[Math.floor(mid)]!
				: (sorted[mid - 1]! + sorted[mid]!) / 2;
	return { n: sorted.length, median, p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN };
}

/** `count` evenly spaced whole days from `from` to `to` inclusive (either direction). */
export function sweep(from: number, to: number, count: number): number[] {
	if (count <= 1) return [to];
	return Array.from({ length: count }, (_, i) => Math.round(from + ((to - from) * i) / (count - 1)));
}

/**
 * The order in which `count` pages take their cold loads in round `round` (from 0): forwards, then
 * backwards, so over two rounds each page has as many loads early in a round as late in one.
 */
export function turnOrder(count: number, round: number): number[] {
	const order = Array.from({ length: count }, (_, k) => k);
	return round % 2 === 1 ? order.reverse() : order;
}
