/**
 * One prerendered page per feature, so a shared link to a place unfurls with what it shows. The data
 * is read from `geo/` at build time and validated the same way the app validates it at run time;
 * only the page's title and description reach the browser (a server load, so the data files are not
 * bundled into the page's code). The App itself reads the place from the address once it has loaded.
 */
import { error } from '@sveltejs/kit';
import { validateDataset } from '$lib/data/validate';
import { placeMeta } from './meta';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

const raw = import.meta.glob('/geo/*.{geojson,json}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const { dataset } = validateDataset(Object.entries(raw).map(([path, text]) => ({ path, text })));
const features = new Map(dataset.features.map((f) => [f.id, f]));

export const entries: EntryGenerator = () => [...features.keys()].map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const feature = features.get(params.id);
	if (!feature) error(404, `no place ${params.id}`);
	return { meta: placeMeta(feature) };
};
