import type {
	ExpressionSpecification,
	FilterSpecification,
	FontFacesSpecification,
	LayerSpecification,
	StyleSpecification
} from 'maplibre-gl';

/**
 * The offline basemap style: GeoJSON built by `scripts/build-basemap.ts` into `static/basemap/`,
 * fonts from `static/fonts/`, nothing fetched from another origin.
 *
 * Cartography is deliberately quiet (print-like greys and creams) because the data layers drawn on
 * top use strong reds, oranges and blues; the basemap must never compete with them.
 */

/** Source ids, for data layers that need to reference or query the basemap. */
export const BASEMAP_COUNTRIES_SOURCE = 'countries';
export const BASEMAP_BORDERS_SOURCE = 'borders';
export const BASEMAP_ADMIN1_SOURCE = 'admin1';
export const BASEMAP_ADMIN1_LINES_SOURCE = 'admin1-lines';
export const BASEMAP_ADMIN1_LABELS_SOURCE = 'admin1-labels';
export const BASEMAP_PLACES_SOURCE = 'places';

/** Layer ids. */
export const BACKGROUND_LAYER = 'background';
export const LAND_LAYER = 'land';
export const UKRAINE_TINT_LAYER = 'land-ukraine';
/** Invisible admin-1 fill: lets the app hit-test regions (hover, click) with queryRenderedFeatures. */
export const ADMIN1_FILL_LAYER = 'admin1-fill';
export const ADMIN1_LINE_LAYER = 'admin1-line';
export const COUNTRY_BORDER_LAYER = 'country-border';
export const ADMIN1_LABEL_LAYER = 'admin1-label';

/**
 * Insert data layers with `map.addLayer(layer, LABEL_LAYER_BEFORE)`: they then sit above land and
 * borders but below every place dot and label, so names stay readable over filled areas.
 */
export const LABEL_LAYER_BEFORE = 'place-dot-minor';

/** Font names usable in `text-font`; each is a key of the style's `font-faces`. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_SEMIBOLD = 'Noto Sans SemiBold';

/**
 * Unicode ranges of the @fontsource/noto-sans subsets shipped in `static/fonts/` (its
 * `unicode.json`; the spec checks they still match). latin-ext is shipped besides latin and
 * cyrillic because place names in Poland, Romania and Hungary (Łódź, Brașov, Pécs) need it.
 */
export const UNICODE_RANGES = {
	latin:
		'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
	'latin-ext':
		'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
	cyrillic: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116'
} as const;

/** Palette, kept together so contrast can be checked in one place (see style.spec.ts). */
export const COLORS = {
	sea: '#dfe6ea',
	land: '#f2efe8',
	ukraine: '#f5f1e4',
	border: '#8c8780',
	admin1: '#b3ada4',
	placeDot: '#4d4a46',
	placeText: '#2e2c29',
	admin1Text: '#66625c',
	halo: '#f7f5f0'
} as const;

function fontFaces(root: string): FontFacesSpecification {
	const faces = (weight: 400 | 600) =>
		(Object.keys(UNICODE_RANGES) as (keyof typeof UNICODE_RANGES)[]).map((subset) => ({
			url: `${root}/fonts/noto-sans-${subset}-${weight}-normal.woff2`,
			'unicode-range': UNICODE_RANGES[subset].split(',')
		}));
	return { [FONT_REGULAR]: faces(400), [FONT_SEMIBOLD]: faces(600) };
}

/**
 * Place tiers, most important first. Each tier is its own pair of layers with a `minzoom`,
 * because that is how MapLibre hides features below a zoom without zoom-dependent filters; and
 * because symbol layers higher in the stack win collisions, the tiers are stacked in this order.
 * `focus` places (front-line towns the product names) come first so they are never crowded out.
 */
const PLACE_TIERS: {
	id: string;
	filter: FilterSpecification;
	minzoom: number;
	font: string;
	size: ExpressionSpecification | number;
	radius: number;
}[] = [
	{
		id: 'focus',
		filter: ['all', ['==', ['get', 'focus'], 1], ['>', ['get', 'rank'], 2]],
		minzoom: 6,
		font: FONT_SEMIBOLD,
		size: ['interpolate', ['linear'], ['zoom'], 6, 11, 10, 14],
		radius: 3
	},
	{
		id: 'major',
		filter: ['<=', ['get', 'rank'], 2],
		minzoom: 4,
		font: FONT_SEMIBOLD,
		size: [
			'interpolate',
			['linear'],
			['zoom'],
			4,
			['match', ['get', 'rank'], 1, 13, 11],
			10,
			['match', ['get', 'rank'], 1, 18, 15]
		],
		radius: 3.5
	},
	{
		id: 'town',
		filter: ['all', ['==', ['get', 'rank'], 3], ['==', ['get', 'focus'], 0]],
		minzoom: 7,
		font: FONT_REGULAR,
		size: ['interpolate', ['linear'], ['zoom'], 7, 11, 10, 13],
		radius: 2.5
	},
	{
		id: 'minor',
		filter: ['all', ['==', ['get', 'rank'], 4], ['==', ['get', 'focus'], 0]],
		minzoom: 8,
		font: FONT_REGULAR,
		size: 11,
		radius: 2
	}
];

/**
 * Builds the basemap style.
 *
 * @param root the site's root URL: the page's origin and the base path, no trailing slash
 *   (`siteRoot()` from `$lib/site`). MapLibre resolves source and font URLs outside the page, so
 *   relative paths do not work; everything is made absolute under the site's own root, which keeps
 *   the app fully offline and same-origin, at a host's root or under a sub-path.
 */
export function buildStyle(root: string): StyleSpecification {
	const geojson = (file: string, attribution: string) => ({
		type: 'geojson' as const,
		data: `${root}/basemap/${file}`,
		attribution
	});
	const naturalEarth = '© Natural Earth';
	const textHalo = { 'text-color': COLORS.placeText, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.5 };

	const layers: LayerSpecification[] = [
		{ id: BACKGROUND_LAYER, type: 'background', paint: { 'background-color': COLORS.sea } },
		{ id: LAND_LAYER, type: 'fill', source: BASEMAP_COUNTRIES_SOURCE, paint: { 'fill-color': COLORS.land } },
		{
			id: UKRAINE_TINT_LAYER,
			type: 'fill',
			source: BASEMAP_COUNTRIES_SOURCE,
			filter: ['==', ['get', 'name'], 'Ukraine'],
			paint: { 'fill-color': COLORS.ukraine }
		},
		{
			id: ADMIN1_FILL_LAYER,
			type: 'fill',
			source: BASEMAP_ADMIN1_SOURCE,
			paint: { 'fill-color': COLORS.land, 'fill-opacity': 0 }
		},
		{
			id: ADMIN1_LINE_LAYER,
			type: 'line',
			source: BASEMAP_ADMIN1_LINES_SOURCE,
			minzoom: 4,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': COLORS.admin1,
				'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.4, 8, 1],
				'line-dasharray': [4, 2]
			}
		},
		{
			id: COUNTRY_BORDER_LAYER,
			type: 'line',
			source: BASEMAP_BORDERS_SOURCE,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': COLORS.border,
				'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.6, 8, 1.6]
			}
		},
		// Data layers go here (LABEL_LAYER_BEFORE is the first layer after this point).
		...[...PLACE_TIERS].reverse().map((tier): LayerSpecification => ({
			id: `place-dot-${tier.id}`,
			type: 'circle',
			source: BASEMAP_PLACES_SOURCE,
			filter: tier.filter,
			minzoom: tier.minzoom,
			paint: {
				'circle-radius': tier.radius,
				'circle-color': COLORS.placeDot,
				'circle-stroke-color': COLORS.halo,
				'circle-stroke-width': 1
			}
		})),
		{
			id: ADMIN1_LABEL_LAYER,
			type: 'symbol',
			source: BASEMAP_ADMIN1_LABELS_SOURCE,
			minzoom: 3.5,
			layout: {
				'text-field': ['get', 'label'],
				'text-font': [FONT_REGULAR],
				'text-size': ['interpolate', ['linear'], ['zoom'], 3.5, 8.5, 9, 13],
				'text-transform': 'uppercase',
				'text-letter-spacing': 0.15,
				'text-max-width': 8,
				// A region's label point is often next to its capital; let it step aside rather than vanish.
				'text-variable-anchor': ['center', 'top', 'bottom'],
				'text-radial-offset': 1.2
			},
			paint: { 'text-color': COLORS.admin1Text, 'text-halo-color': COLORS.halo, 'text-halo-width': 1.2 }
		},
		...[...PLACE_TIERS].reverse().map((tier): LayerSpecification => ({
			id: `place-label-${tier.id}`,
			type: 'symbol',
			source: BASEMAP_PLACES_SOURCE,
			filter: tier.filter,
			minzoom: tier.minzoom,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [tier.font],
				'text-size': tier.size,
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.5,
				'text-justify': 'auto',
				'symbol-sort-key': ['-', 0, ['get', 'population']]
			},
			paint: textHalo
		}))
	];

	return {
		version: 8,
		name: 'Frontline Timeline basemap',
		'font-faces': fontFaces(root),
		sources: {
			[BASEMAP_COUNTRIES_SOURCE]: geojson('countries.geojson', naturalEarth),
			[BASEMAP_BORDERS_SOURCE]: geojson('borders.geojson', naturalEarth),
			[BASEMAP_ADMIN1_SOURCE]: geojson('admin1.geojson', naturalEarth),
			[BASEMAP_ADMIN1_LINES_SOURCE]: geojson('admin1-lines.geojson', naturalEarth),
			[BASEMAP_ADMIN1_LABELS_SOURCE]: geojson('admin1-labels.geojson', naturalEarth),
			[BASEMAP_PLACES_SOURCE]: geojson('places.geojson', 'GeoNames (CC BY 4.0)')
		},
		layers
	};
}
