/**
 * The project's data (`geo/`), read at build time and validated the same way the app validates it at
 * run time, for the server modules that write what a page unfurls with (its head tags, its share
 * image). Server only: the page fetches the data itself.
 */
import type { Dataset } from '$lib/data/types';
import { validateDataset } from '$lib/data/validate';

const raw = import.meta.glob('/geo/*.{geojson,json}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export const dataset: Dataset = validateDataset(
	Object.entries(raw).map(([path, text]) => ({ path, text }))
).dataset;
