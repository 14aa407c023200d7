/**
 * Writes, at prerender time, where `src/app.html` marks them: each place or figure page's head tags
 * (see `$lib/server/places.ts`), and on every page the embed's early script (state/embed-rule.js). An
 * address for a place or figure the data does not know still opens the app (which says so in a
 * notice), with a 404 status and a "Not found" title.
 */
import type { Handle } from '@sveltejs/kit';
import { figureMetaFor, NOT_FOUND_HEAD, placeHead, placeMetaFor } from '$lib/server/places';
import { EMBED_BOOT_SCRIPT } from '$lib/state/embed-rule.js';

/** The markers in src/app.html's head. */
const HEAD_MARK = '<!--ft:place-head-->';
const EMBED_MARK = '<!--ft:embed-boot-->';

export const handle: Handle = async ({ event, resolve }) => {
	const route = event.route.id;
	const isPlace = route === '/place/[id]' || route === '/figure/[id]';
	const metaFor = route === '/figure/[id]' ? figureMetaFor : placeMetaFor;
	const meta = isPlace ? metaFor(event.params['id'] ?? '') : undefined;
	const head = !isPlace ? '' : meta ? placeHead(meta) : NOT_FOUND_HEAD;
	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace(HEAD_MARK, head).replace(EMBED_MARK, `<script>${EMBED_BOOT_SCRIPT}</script>`)
	});
	if (isPlace && !meta) return new Response(response.body, { status: 404, headers: response.headers });
	return response;
};
