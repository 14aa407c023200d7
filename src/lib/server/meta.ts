/**
 * What a shared `/place/<id>` link unfurls with: the place's name, its date at the precision the
 * source allows, and its summary — all from the data, so a preview never says more than the map.
 * A `/figure/<id>` link likewise: the figure's label, its time, its value and the claim that gives it.
 * Each also names its share image (`/share/<id>.png`, drawn at build time: `share-card.ts`), which
 * chat apps show only from an absolute URL: see {@link linkTags} and {@link publicOrigin}.
 */
import type { Figure, LayerSpec, TimelineFeature } from '$lib/data/types';
import { formatTime } from '$lib/time/format';

export interface PlaceMeta {
	id: string;
	/** Document and og:title. */
	title: string;
	/** Meta description and og:description. */
	description: string;
	/** The site-relative path of the page (og:url). */
	path: string;
	/** The site-relative path of the page's share image (og:image), and its alt text. */
	image: { path: string; alt: string };
}

/** The site's name, as titles and share images print it. */
export const SITE_NAME = 'Frontline Timeline';

/** The share image's size (`share-card.ts` draws it; the tags state it). */
export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/** The site-relative path of the share image of a place or figure (one id space for both). */
export function shareImagePath(id: string): string {
	return `/share/${encodeURIComponent(id)}.png`;
}

/** The share image of every piece of a territory layer: the layer's own (`share.ts` `seriesPng`). */
export function seriesImagePath(layer: string): string {
	return `/share/series/${encodeURIComponent(layer)}.png`;
}

/** `layer` is the feature's layer declaration (its label names the layer in the preview). */
export function placeMeta(feature: TimelineFeature, layer?: LayerSpec): PlaceMeta {
	const p = feature.properties;
	const series = layer?.style === 'territory';
	return {
		id: feature.id,
		title: `${p.name} — ${SITE_NAME}`,
		description: `${formatTime(p.time)} · ${layer?.label ?? p.layer}. ${p.summary}`,
		path: `/place/${encodeURIComponent(feature.id)}`,
		image: series
			? {
					path: seriesImagePath(p.layer),
					alt: `Map of ${layer?.label ?? p.layer}, as of its last snapshot`
				}
			: {
					path: shareImagePath(feature.id),
					alt: `Map of ${p.name} (${layer?.label ?? p.layer}), ${formatTime(p.time)}`
				}
	};
}

/** The head tags of a figure's page: its label, when it holds, its value as printed and who says it. */
export function figureMeta(figure: Figure): PlaceMeta {
	const claim = figure.claims[0];
	return {
		id: figure.id,
		title: `${figure.label} — ${SITE_NAME}`,
		description: `${formatTime(figure.time)} · Figure: ${figure.value}.${claim ? ` ${claim.text}` : ''}`,
		path: `/figure/${encodeURIComponent(figure.id)}`,
		image: {
			path: shareImagePath(figure.id),
			alt: `${figure.label}: ${figure.value} (${formatTime(figure.time)})`
		}
	};
}

/**
 * The site's public origin, e.g. `https://example.org`, from `FT_PUBLIC_ORIGIN` at build time, or
 * undefined when it is not set: a build never makes one up. Only an origin (scheme, host, port); the
 * path a site is published under is the base path (`FT_BASE_PATH`). Throws on anything else, so a
 * mistyped setting stops the build instead of writing broken links.
 */
export function publicOrigin(
	value: string | undefined = process.env['FT_PUBLIC_ORIGIN']
): string | undefined {
	const text = value?.trim().replace(/\/+$/, '') ?? '';
	if (text === '') return undefined;
	let url: URL | undefined;
	try {
		url = new URL(text);
	} catch {
		url = undefined;
	}
	if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== text) {
		throw new Error(
			`FT_PUBLIC_ORIGIN must be an origin like https://example.org (scheme and host, no path: the path goes in FT_BASE_PATH), not "${value}"`
		);
	}
	return url.origin;
}

/** One head tag: `<meta property|name="key" content="content">`. */
export interface MetaTag {
	attr: 'property' | 'name';
	key: string;
	content: string;
}

/**
 * The tags of a page's link preview that need its absolute URL: og:url, og:image (size, type, alt)
 * and the large Twitter card. Without a public origin there is no absolute URL, so none of them is
 * written, and the card is the plain summary (title and description still unfurl). `base` is the
 * base path the site is built for ('' at a host's root).
 */
export function linkTags(meta: PlaceMeta, origin: string | undefined, base: string): MetaTag[] {
	if (origin === undefined) return [{ attr: 'name', key: 'twitter:card', content: 'summary' }];
	const image = `${origin}${base}${meta.image.path}`;
	return [
		{ attr: 'property', key: 'og:url', content: `${origin}${base}${meta.path}` },
		{ attr: 'property', key: 'og:image', content: image },
		{ attr: 'property', key: 'og:image:type', content: SHARE_IMAGE.type },
		{ attr: 'property', key: 'og:image:width', content: String(SHARE_IMAGE.width) },
		{ attr: 'property', key: 'og:image:height', content: String(SHARE_IMAGE.height) },
		{ attr: 'property', key: 'og:image:alt', content: meta.image.alt },
		{ attr: 'name', key: 'twitter:card', content: 'summary_large_image' },
		{ attr: 'name', key: 'twitter:image', content: image },
		{ attr: 'name', key: 'twitter:image:alt', content: meta.image.alt }
	];
}
