/**
 * Rasterises the share cards (`share-card.ts`) to PNG at build time with resvg (`@resvg/resvg-js`, a
 * native renderer shipped in the npm package: no browser). The font is Noto Sans, the app's typeface,
 * from TTF files under the OFL (`@expo-google-fonts/noto-sans`: resvg reads TTF/OTF, not the woff2
 * the page uses); system fonts are never loaded, so a fresh machine draws the same image.
 * Server only: nothing here reaches the page.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { FeatureCollection } from 'geojson';
import type { Basemap, MeasureText, Weight } from './share-card';

const require = createRequire(join(process.cwd(), 'package.json'));

/** The TTF of each weight the cards use. */
export const FONT_FILES: Record<Weight, string> = {
	400: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
	600: require.resolve('@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf')
};

const OPTIONS: ResvgRenderOptions = {
	font: { loadSystemFonts: false, fontFiles: Object.values(FONT_FILES), defaultFontFamily: 'Noto Sans' },
	fitTo: { mode: 'original' },
	shapeRendering: 2,
	textRendering: 1
};

/** The PNG of an SVG card, at the card's own size. */
export function renderPng(svg: string): Buffer {
	return new Resvg(svg, OPTIONS).render().asPng();
}

/** Advance widths (px at 100 px) of the characters measured so far, by weight. */
const advances = new Map<string, number>();
const PROBE = 100;

/** The width of the ink of `text` at PROBE px, as resvg lays it out with the card's fonts. */
function inkWidth(text: string, weight: Weight): number {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200"><text x="0" y="150" font-family="Noto Sans" font-size="${PROBE}" font-weight="${weight}" xml:space="preserve">${text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')}</text></svg>`;
	return new Resvg(svg, OPTIONS).getBBox()?.width ?? 0;
}

/**
 * The width of a text in px, measured with the fonts the PNG is drawn with: each character's advance
 * is measured once (between two H's, so a space counts) and the advances are added up (kerning
 * aside, a pixel or two on a line).
 */
export const measureText: MeasureText = (text, size, weight) => {
	let width = 0;
	for (const ch of text) {
		const key = `${weight}:${ch}`;
		let a = advances.get(key);
		if (a === undefined) {
			a = inkWidth(`H${ch}H`, weight) - inkWidth('HH', weight);
			advances.set(key, a);
		}
		width += a;
	}
	return (width * size) / PROBE;
};

/** The basemap the app draws (static/basemap/), read once at build time. */
const raw = import.meta.glob('/static/basemap/*.geojson', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

function layer(name: string): FeatureCollection {
	const text = raw[`/static/basemap/${name}.geojson`];
	if (text === undefined)
		throw new Error(`static/basemap/${name}.geojson is missing (npm run basemap builds it)`);
	return JSON.parse(text) as FeatureCollection;
}

let basemap: Basemap | undefined;
export function loadBasemap(): Basemap {
	basemap ??= {
		countries: layer('countries'),
		admin1: layer('admin1'),
		admin1Lines: layer('admin1-lines'),
		borders: layer('borders'),
		places: layer('places')
	};
	return basemap;
}
