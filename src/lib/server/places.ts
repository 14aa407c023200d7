/**
 * The places a `/place/<id>` page exists for (and the figures a `/figure/<id>` page exists for), and
 * the head tags each page unfurls with. Read from
 * `geo/` at build time and validated the same way the app validates it at run time; only the tags
 * reach the page. Written into the HTML by `hooks.server.ts` rather than returned from a route
 * `load`: a server load would make SvelteKit ship its server-data client (a `__data.json` fetcher
 * and a deserialiser) to every reader of a static site that never fetches server data.
 */
import { basePath } from '$lib/site';
import { dataset } from './dataset';
import { figureMeta, linkTags, placeMeta, publicOrigin, SITE_NAME, type PlaceMeta } from './meta';

const layers = new Map(dataset.layers.map((l) => [l.id, l]));
const metas = new Map<string, PlaceMeta>(
	dataset.features.map((f) => [f.id, placeMeta(f, layers.get(f.properties.layer))])
);

const figureMetas = new Map<string, PlaceMeta>(dataset.figures.map((f) => [f.id, figureMeta(f)]));

/** Figure ids with a page. */
export function figureIds(): string[] {
	return [...figureMetas.keys()];
}

/** The meta of a figure, or undefined when the data has no such figure. */
export function figureMetaFor(id: string): PlaceMeta | undefined {
	return figureMetas.get(id);
}

/** Ids with a page. */
export function placeIds(): string[] {
	return [...metas.keys()];
}

/** The meta of a place, or undefined when the data has no such place. */
export function placeMetaFor(id: string): PlaceMeta | undefined {
	return metas.get(id);
}

/** Text safe inside an element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
}

/**
 * The title, description and Open Graph and Twitter tags of a place or figure page; data is escaped,
 * never markup. The page's URL and share image are named only with the site's public origin
 * (`FT_PUBLIC_ORIGIN`), under the base path the site is published at (`FT_BASE_PATH`): see `linkTags`.
 */
export function placeHead(meta: PlaceMeta, origin = publicOrigin(), base = basePath()): string {
	const title = escapeHtml(meta.title);
	const description = escapeHtml(meta.description);
	return [
		`<title>${title}</title>`,
		`<meta name="description" content="${description}" />`,
		`<meta property="og:title" content="${title}" />`,
		`<meta property="og:description" content="${description}" />`,
		'<meta property="og:type" content="article" />',
		`<meta property="og:site_name" content="${SITE_NAME}" />`,
		...linkTags(meta, origin, base).map(
			(t) => `<meta ${t.attr}="${t.key}" content="${escapeHtml(t.content)}" />`
		)
	].join('\n\t\t');
}

/** What a `/place/<id>` address the data does not know gets in its head. */
export const NOT_FOUND_HEAD =
	'<title>Not found — Frontline Timeline</title>\n\t\t<meta name="robots" content="noindex" />';
