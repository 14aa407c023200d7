/**
 * Embed mode: the map as a newsroom puts it in an article's iframe. Any page of the site opens as an
 * embed when its address carries `?embed` (`/?embed&date=…`, `/place/<id>?embed`), so an embed
 * honours every link parameter the full map does (the link parser, `url.ts`, leaves `embed` alone as
 * it does any parameter it does not know) and loads exactly the full page's code.
 *
 * Which parts of the page show, and how the flag rides along in the embed's own address, live here;
 * the links an embed gives out (Copy link, "Open the full map") are the full map's, written by
 * `viewHref` without it. Pure: no DOM, never throws.
 */

import { EMBED_OFF, EMBED_PARAM } from './embed-rule.js';

export { EMBED_PARAM };

/** Values that leave the parameter off (`?embed=0` is the full page), as people write them. */
const OFF = new Set(EMBED_OFF);

/** Whether a query string (with or without its `?`) asks for the embed: `?embed`, `?embed=1`, … */
export function isEmbed(search: string): boolean {
	const value = new URLSearchParams(search).get(EMBED_PARAM);
	return value !== null && !OFF.has(value.trim().toLowerCase());
}

/**
 * `href` (a path with an optional query and hash) with `embed` added to its query, so the embed's
 * address bar keeps it while the view changes (a reload in the frame stays an embed). Written bare
 * (`?embed`, `&embed`), the way the README's snippet writes it; an `href` that has it already is
 * returned unchanged.
 */
export function withEmbed(href: string): string {
	const hashAt = href.indexOf('#');
	const hash = hashAt === -1 ? '' : href.slice(hashAt);
	const rest = hashAt === -1 ? href : href.slice(0, hashAt);
	const queryAt = rest.indexOf('?');
	const search = queryAt === -1 ? '' : rest.slice(queryAt);
	if (isEmbed(search)) return href;
	return `${rest}${queryAt === -1 ? '?' : search === '?' ? '' : '&'}${EMBED_PARAM}${hash}`;
}

/** The parts of the page, each shown or not. */
export interface Parts {
	/** The site's title over the map. */
	masthead: boolean;
	/** The layers, the key and the event list (a drawer on phones), with its toggle. */
	side: boolean;
	/** Opening one's own data files. */
	openData: boolean;
	/** Copy link / Share, in the toolbar (an embed has it in its menu). */
	share: boolean;
	/** The embed's bar: "Open the full map" and the menu (downloads, Copy link). */
	embedBar: boolean;
	/** The credits stay on screen under an open details sheet (phones), rather than hide behind it. */
	creditsUnderSheet: boolean;
}

/** The full page: everything but the embed's own bar. */
const FULL: Readonly<Parts> = Object.freeze({
	masthead: true,
	side: true,
	openData: true,
	share: true,
	embedBar: false,
	creditsUnderSheet: false
});

/**
 * The embed: the map, the slider and the details (always there, so not listed), its bar, and the
 * credits always in sight; no masthead (the article has a headline), no side column (an iframe is too
 * small for it; the full map has it one click away), no opening of files.
 */
const EMBED: Readonly<Parts> = Object.freeze({
	masthead: false,
	side: false,
	openData: false,
	share: false,
	embedBar: true,
	creditsUnderSheet: true
});

/** What shows on the full page (`embed` false) or in an embed. */
export function partsFor(embed: boolean): Readonly<Parts> {
	return embed ? EMBED : FULL;
}
