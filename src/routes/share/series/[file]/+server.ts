/**
 * The share image of a territory layer, prerendered: one PNG for the whole series
 * (`share/series/<layer>.png`, its last snapshot), which every piece's page names, instead of one
 * image per piece (a thousand near-identical maps).
 */
import { error } from '@sveltejs/kit';
import { seriesIds, seriesPng } from '$lib/server/share';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => seriesIds().map((id) => ({ file: `${id}.png` }));

export const GET: RequestHandler = ({ params }) => {
	const id = params.file.endsWith('.png') ? params.file.slice(0, -'.png'.length) : undefined;
	const png = id === undefined ? undefined : seriesPng(id);
	if (!png) error(404, `no share image ${params.file}`);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
