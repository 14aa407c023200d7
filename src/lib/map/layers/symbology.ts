/**
 * The colours and sizes of the data symbols, in one place so the map layers and the legend draw the
 * same thing. No MapLibre here: the legend (outside `src/lib/map`) imports it too.
 *
 * Colours are chosen to stay apart on the calm basemap and from each other: crimson strikes, a dark
 * ink for captures and claims (filled vs hollow), amber for reports and areas, an orange-brown ring
 * for battles, slate for schematic movements. Each kind has an edge colour with at least 3:1 contrast
 * against every basemap fill (symbology.spec.ts): the symbol itself, its stroke, or for uncertain dates
 * a thin outer ring.
 */
export const INK = '#1d2630';
export const WHITE = '#ffffff';

export const COLOURS = {
	strikeRecent: '#d0102b',
	strikeHistory: '#a8515e',
	capture: INK,
	claim: INK,
	report: '#e08600',
	reportStroke: '#7a4600',
	area: '#e08600',
	areaStroke: '#7a4600',
	battle: '#b54a00',
	movement: '#37474f',
	precision: '#1d2630'
} as const;

/** Base circle radii (px at zoom ~6) by kind; recent strikes grow so a new strike catches the eye. */
export const RADII = {
	strikeRecent: 7,
	strikeHistory: 4.5,
	capture: 6.5,
	claim: 6.5,
	report: 5.5,
	area: 8,
	battle: 9,
	movement: 5
} as const;

/** Fill opacity by how a feature is shown on the day: uncertain dates are faded and look hollow. */
export const FILL_OPACITY = { recent: 1, shown: 0.8, strikeHistory: 0.6, uncertain: 0.4 } as const;

/** Kilometres a city-precision position can be off by, drawn as a faint ring around the point. */
export const CITY_RING_KM = 15;
