/**
 * The share image of each place and figure page, prerendered: the build writes `share/<id>.png` for
 * every id the data has, drawn in Node (`$lib/server/share.ts`), no browser. The pages name it in
 * their og:image tag when the site's public origin is configured (`$lib/server/meta.ts`).
 */
import { error } from '@sveltejs/kit';
import { shareIds, sharePng } from '$lib/server/share';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => shareIds().map((id) => ({ file: `${id}.png` }));

export const GET: RequestHandler = ({ params }) => {
	const id = params.file.endsWith('.png') ? params.file.slice(0, -'.png'.length) : undefined;
	const png = id === undefined ? undefined : sharePng(id);
	if (!png) error(404, `no share image ${params.file}`);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
