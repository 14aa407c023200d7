/**
 * The bench build's `src/lib/data/base.ts` (vite.config.ts swaps the module when FT_BENCH=1, see
 * ./data-base-plugin.ts): where the app and the baseline pages read their data.
 *
 * `?dataset=<name>` picks a data set the bench wrote under `/bench-data/<name>/`, so the benchmark
 * measures the app's real load path with 100,000 synthetic events, or with the site's data minus the
 * territory layer (scripts/bench/without-territory.ts). The choice is kept for the tab
 * (sessionStorage): the app's address-bar sync drops parameters it does not know, and a reload
 * should stay on the same data. `?dataset=` with any other value (e.g. `real`) goes back to the
 * site's own data.
 */
export const BENCH_DATASETS: readonly string[] = ['synthetic-100k', 'real-no-territory', 'acled-100k'];

const KEY = 'ft-bench-dataset';

export function dataBase(origin: string): string {
	const asked = new URLSearchParams(location.search).get('dataset');
	let name = asked;
	try {
		if (asked !== null) sessionStorage.setItem(KEY, asked);
		else name = sessionStorage.getItem(KEY);
	} catch {
		// Storage unavailable: the address alone decides.
	}
	return name !== null && BENCH_DATASETS.includes(name) ? `${origin}/bench-data/${name}` : origin;
}
