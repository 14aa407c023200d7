/**
 * Where the site lives: its base path (`FT_BASE_PATH` at build time, see svelte.config.js) and, in
 * the browser, its root URL. Every URL the app fetches (data, basemap, fonts) or writes (links) is
 * under the root, so a build works at a host's root or under the sub-path it was built for.
 */
import { resolve } from '$app/paths';
import { figureFromPath, placeFromPath } from '$lib/state/url';

/** The base path: '' for a site at the root of its host, else e.g. `/maps/frontline` (no trailing slash). */
export function basePath(): string {
	return resolve('/').replace(/\/$/, '');
}

/** The site's root URL without a trailing slash, e.g. `https://example.org/maps/frontline`. Browser only. */
export function siteRoot(): string {
	return `${location.origin}${basePath()}`;
}

/** Longest piece of a bad address quoted back in the notice. */
const QUOTE_MAX = 60;

/**
 * The notice for an address the site has no page for, or undefined when `pathname` is the site's
 * root or a place or figure link (an unknown id there gets the link parser's own notice). A host
 * serves such an address its fallback page (404.html, 200.html or index.html), which opens the map.
 */
export function notFoundNotice(pathname: string, base: string): string | undefined {
	if (pathname === base || pathname === `${base}/`) return undefined;
	if (placeFromPath(pathname, base) !== null || figureFromPath(pathname, base) !== null) return undefined;
	const quoted = pathname.length > QUOTE_MAX ? `${pathname.slice(0, QUOTE_MAX)}…` : pathname;
	return `There is no page at “${quoted}”; showing the whole map.`;
}
