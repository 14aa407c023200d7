import { describe, expect, it } from 'vitest';
import type { Figure, LayerSpec, TimelineFeature } from '$lib/data/types';
import { formatTime } from '$lib/time/format';
import {
	CARD_HEIGHT,
	CARD_WIDTH,
	CLIP_MARGIN,
	MAP_BOX,
	BASEMAP_CREDIT,
	figureSvg,
	keepDatesWhole,
	fitView,
	placeCard,
	placeSvg,
	project,
	viewBounds,
	wrap
} from './share-card';
import { loadBasemap, measureText } from './share-render';

const layer: LayerSpec = { id: 'strikes', label: 'Strikes', colour: '#b3122e', description: 'Strikes.' };

function feature(
	over: Partial<TimelineFeature> & { props?: Partial<TimelineFeature['properties']> }
): TimelineFeature {
	return {
		type: 'Feature',
		id: 'test-place',
		geometry: over.geometry ?? { type: 'Point', coordinates: [34.55, 49.59] },
		properties: {
			name: 'Strike & <b>',
			layer: 'strikes',
			kind: 'strike',
			summary: 'Something the source says.',
			time: { start: '2025-02-01', precision: 'day' },
			position: { precision: 'city', source: 'test' },
			schematic: false,
			claims: [],
			...over.props
		}
	};
}

const basemap = loadBasemap();
const draw = (f: TimelineFeature) => placeSvg(f, placeCard(f, layer), basemap, measureText);

/** Every coordinate pair of the basemap paths (those marked class="basemap"). */
function basemapPoints(svg: string): [number, number][] {
	const points: [number, number][] = [];
	for (const m of svg.matchAll(/class="basemap" d="([^"]*)"/g)) {
		for (const p of (m[1] ?? '').matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g))
			points.push([Number(p[1]), Number(p[2])]);
	}
	return points;
}

describe('placeSvg', () => {
	it('prints the place name (escaped), its date as the app words it, its layer, the site and the basemap credit', () => {
		const f = feature({});
		const { svg } = draw(f);
		expect(svg).toContain('>Strike &amp; &lt;b&gt;</text>');
		expect(svg).not.toContain('<b>');
		expect(formatTime(f.properties.time)).toBe('Sat 1 Feb 2025');
		expect(svg).toContain('>Sat\u00a01\u00a0Feb\u00a02025</text>'); // one date, never broken across lines
		expect(svg).toContain('>STRIKES</text>');
		expect(svg).toContain('>Frontline Timeline</text>');
		expect(svg).toContain(BASEMAP_CREDIT.replaceAll('&', '&amp;'));
		expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`));
	});

	it('draws the basemap around the place, clipped to the crop', () => {
		const { svg } = draw(feature({}));
		const points = basemapPoints(svg);
		// Land, Ukraine's tint, admin-1 lines and borders near Poltava: hundreds of vertices, not the world's.
		expect(points.length).toBeGreaterThan(100);
		expect(points.length).toBeLessThan(5000);
		const slack = CLIP_MARGIN + 1;
		for (const [x, y] of points) {
			expect(x).toBeGreaterThanOrEqual(MAP_BOX.x - slack);
			expect(x).toBeLessThanOrEqual(MAP_BOX.x + MAP_BOX.width + slack);
			expect(y).toBeGreaterThanOrEqual(MAP_BOX.y - slack);
			expect(y).toBeLessThanOrEqual(MAP_BOX.y + MAP_BOX.height + slack);
		}
		// Points reach the crop's edges: the basemap fills the map, cut at its frame.
		expect(Math.min(...points.map((p) => p[0]))).toBeLessThan(MAP_BOX.x);
		expect(Math.max(...points.map((p) => p[1]))).toBeGreaterThan(MAP_BOX.height);
	});

	it('puts a point in the middle of the map, with its approximate-area ring', () => {
		const f = feature({});
		const { svg, view } = draw(f);
		const [x, y] = project(view, [34.55, 49.59]);
		expect(x).toBeCloseTo(MAP_BOX.x + MAP_BOX.width / 2, 0);
		expect(y).toBeCloseTo(MAP_BOX.height / 2, 0);
		expect(svg).toContain(`<circle cx="${Math.round(x * 10) / 10}" cy="${Math.round(y * 10) / 10}"`);
		expect(svg).toMatch(/fill="#1a5fb4" fill-opacity="0.08" stroke="#1a5fb4"/); // the city ring, as the selection draws it
	});

	it("outlines a region-precision place's region and fits the view to it", () => {
		const f = feature({
			geometry: { type: 'Point', coordinates: [36.19, 51.73] },
			props: { position: { precision: 'region', region: 'Kursk Oblast', source: 'test' } }
		});
		const { svg, view } = draw(f);
		expect(svg).toMatch(/fill="none" stroke="#1a5fb4" stroke-width="3" stroke-opacity="0.9"/);
		const [w, s, e, n] = viewBounds(view);
		// Kursk Oblast spans about 34.1–38.5 °E, 50.9–52.4 °N.
		expect(w).toBeLessThan(34.2);
		expect(e).toBeGreaterThan(38.4);
		expect(s).toBeLessThan(50.9);
		expect(n).toBeGreaterThan(52.4);
	});

	it('draws a movement line with an arrowhead, and says a schematic shape is schematic', () => {
		const line: TimelineFeature['geometry'] = {
			type: 'LineString',
			coordinates: [
				[37.0, 48.2],
				[37.1, 48.35],
				[37.3, 48.4]
			]
		};
		const f = feature({
			geometry: line,
			props: { kind: 'movement', schematic: true, position: { precision: 'schematic', source: 'test' } }
		});
		const { svg } = draw(f);
		expect(svg).toMatch(/stroke="#37474f" stroke-width="[\d.]+" stroke-opacity="0.75" stroke-dasharray/);
		expect(svg).toContain('stroke-linecap="round" stroke-linejoin="round"/>'); // the arrowhead
		expect(svg).toContain('>Schematic shape</text>');
	});

	it('fits an area in the view and draws it filled', () => {
		const area: TimelineFeature['geometry'] = {
			type: 'Polygon',
			coordinates: [
				[
					[37.5, 47.5],
					[38.0, 47.5],
					[38.0, 48.0],
					[37.5, 48.0],
					[37.5, 47.5]
				]
			]
		};
		const f = feature({
			geometry: area,
			props: { kind: 'gain', position: { precision: 'mapped', source: 'test' } }
		});
		const { svg, view } = draw(f);
		const [w, s, e, n] = viewBounds(view);
		expect(w).toBeLessThan(37.5);
		expect(e).toBeGreaterThan(38.0);
		expect(s).toBeLessThan(47.5);
		expect(n).toBeGreaterThan(48.0);
		expect(svg).toMatch(/fill="#b8322a" fill-opacity="0.5"/);
		expect(svg).not.toContain('class="small-shape"');
	});

	it('rings a shape too small to see at the closest zoom, as the selection rings a point', () => {
		const speck: TimelineFeature['geometry'] = {
			type: 'Polygon',
			coordinates: [
				[
					[37.5, 47.5],
					[37.51, 47.5],
					[37.51, 47.51],
					[37.5, 47.5]
				]
			]
		};
		const f = feature({
			geometry: speck,
			props: { kind: 'gain', position: { precision: 'mapped', source: 'test' } }
		});
		const { svg, view } = draw(f);
		expect(view.zoom).toBe(8);
		expect(svg).toContain('class="small-shape"');
	});
});

describe('fitView', () => {
	it('shows a point at a fixed zoom and a large shape as close as it fits', () => {
		expect(fitView([30, 50, 30, 50], true).zoom).toBe(7);
		const wide = fitView([22, 44, 40, 52], false);
		expect(wide.zoom).toBeLessThan(6);
		const [w, s, e, n] = viewBounds(wide);
		expect(w).toBeLessThan(22);
		expect(e).toBeGreaterThan(40);
		expect(s).toBeLessThan(44);
		expect(n).toBeGreaterThan(52);
	});
});

describe('wrap', () => {
	const fits = (max: number) => (l: string) => l.length <= max;
	it('breaks between words and keeps every line within the width', () => {
		expect(wrap('one two three four', 3, fits(9))).toEqual(['one two', 'three', 'four']);
	});
	it('ends the last line with an ellipsis when the text needs more lines', () => {
		const lines = wrap('one two three four five six', 2, fits(9));
		expect(lines).toHaveLength(2);
		expect(lines[1]?.endsWith('…')).toBe(true);
		for (const l of lines) expect(fits(9)(l)).toBe(true);
	});
	it('fits long real titles in the text column, measured with the card font', () => {
		const f = feature({
			props: { name: 'Ukrainian counterinvasion of the Kursk region, with a much longer name than any' }
		});
		const { svg } = draw(f);
		const titles = [...svg.matchAll(/font-size="(\d+)" font-weight="600" fill="#2e2c29">([^<]*)<\/text>/g)];
		expect(titles.length).toBeGreaterThan(1);
		for (const t of titles) expect(measureText(t[2] ?? '', Number(t[1]), 600)).toBeLessThanOrEqual(440 - 96);
	});
});

describe('keepDatesWhole', () => {
	it('joins the words of each date with no-break spaces, so wrap never splits one', () => {
		const text = keepDatesWhole('undated; reported by 6 Feb 2025');
		expect(text).toBe('undated; reported by 6\u00a0Feb\u00a02025');
		expect(wrap(text, 3, (l) => l.length <= 24)).toEqual(['undated; reported by', '6\u00a0Feb\u00a02025']);
		expect(keepDatesWhole('since January 2025, still going on at Sat 1 Feb 2025')).toBe(
			'since January\u00a02025, still going on at Sat\u00a01\u00a0Feb\u00a02025'
		);
	});
});

describe('figureSvg', () => {
	it('is a plain card with the label, the value and the date', () => {
		const figure: Figure = {
			id: 'test-figure',
			label: 'Drones launched in a week',
			value: '660 drones',
			time: { start: '2025-01-27', end: '2025-02-02', precision: 'week' },
			claims: []
		};
		const svg = figureSvg(figure, measureText);
		expect(svg).toContain('>660 drones</text>');
		expect(svg).toContain('>Drones launched in a week</text>');
		expect(formatTime(figure.time)).toBe('week of 27 Jan 2025');
		expect(svg).toContain('>week of 27\u00a0Jan\u00a02025</text>');
		expect(svg).not.toContain('class="basemap"');
	});
});
