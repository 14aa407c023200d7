/**
 * Where the app reads its data: the site it is served from. The benchmark build replaces this
 * module with `scripts/bench/data-base.ts` (which can point at a synthetic data set instead), so
 * nothing of the benchmark is in the app's build.
 */
export function dataBase(origin: string): string {
	return origin;
}
