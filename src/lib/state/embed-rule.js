/**
 * The embed's address rule (state/embed.ts reads it from here), and the one script the page runs
 * before it is drawn. Plain JavaScript with JSDoc types, so svelte.config.js can hash that script for
 * the page's Content Security Policy without a build step (as ui/metrics.js is read there).
 */

/** The query parameter that asks for the embed. */
export const EMBED_PARAM = 'embed';

/** Values that leave the parameter off (`?embed=0` is the full page), as people write them. */
export const EMBED_OFF = Object.freeze(['0', 'false', 'no', 'off']);

/** The attribute the script below puts on `<html>` when the address asks for the embed. */
export const EMBED_ATTR = 'data-embed';

/**
 * Written into the head of every prerendered page (src/hooks.server.ts), allowed by its hash in the
 * CSP (svelte.config.js). Every page is prerendered as the full page and switches to the embed's parts
 * when the app mounts; the attribute lets the page stay hidden until then (App.svelte) instead of
 * showing an article's frame the masthead and the side column for a moment. The same rule as
 * `isEmbed` (state/embed.ts), which embed.spec.ts checks on many addresses.
 */
export const EMBED_BOOT_SCRIPT =
	`(function(){var v=new URLSearchParams(location.search).get(${JSON.stringify(EMBED_PARAM)});` +
	`if(v!==null&&${JSON.stringify(EMBED_OFF)}.indexOf(v.trim().toLowerCase())<0)` +
	`document.documentElement.setAttribute(${JSON.stringify(EMBED_ATTR)},'')})()`;
