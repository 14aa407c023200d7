import { describe, expect, it } from 'vitest';
import type { TimelineFeature } from '$lib/data/types';
import { parseIsoDay, toIso } from '$lib/time/days';
import {
	figureFromPath,
	parseLocation,
	parseView,
	placeFromPath,
	roundCamera,
	serialiseView,
	urlContext,
	viewHref,
	type UrlContext
} from './url';
import type { ViewState } from './view';

/** The project's layer ids, as `geo/layers.json` declares them (any ids would do). */
const ALL_LAYERS: readonly string[] = ['kursk', 'pokrovsk', 'kupiansk', 'velyka-novosilka', 'strikes'];

function day(iso: string): number {
	const d = parseIsoDay(iso);
	if (d === null) throw new Error(iso);
	return d;
}

/** A small context like the real data's: two places, two figures, a range of a few months. */
const CTX: UrlContext = {
	places: new Map([
		['poltava-strike', day('2025-02-01')],
		['kursk-incursion', day('2024-08-06')]
	]),
	figures: new Map([
		['buk-m3-strike', day('2025-02-02')],
		['territory-gained-2024-12', day('2024-12-01')]
	]),
	range: { min: day('2024-08-06'), max: day('2025-03-31') },
	defaultDay: day('2025-03-31'),
	layers: ALL_LAYERS
};

function parse(query: string) {
	return parseView(new URLSearchParams(query), CTX);
}

describe('parseView', () => {
	it('reads the example link of the issue', () => {
		const { view, notices } = parse(
			'?date=2025-02-01&place=poltava-strike&layers=strikes,kursk&at=49.59,34.55,8.5'
		);
		expect(notices).toEqual([]);
		expect(view).toEqual({
			date: day('2025-02-01'),
			place: 'poltava-strike',
			layers: ['kursk', 'strikes'],
			camera: { lat: 49.59, lon: 34.55, zoom: 8.5 }
		});
	});

	it('opens on the defaults with no parameters', () => {
		expect(parse('')).toEqual({
			view: { date: CTX.defaultDay, place: null, layers: [...ALL_LAYERS], camera: null },
			notices: []
		});
	});

	it('opens a place-only link on the place’s day', () => {
		expect(parse('place=kursk-incursion').view.date).toBe(day('2024-08-06'));
		// An unusable date falls back to the place's day too, with a notice.
		const bad = parse('place=kursk-incursion&date=2025-13-45');
		expect(bad.view.date).toBe(day('2024-08-06'));
		expect(bad.notices).toEqual(['Ignored the date “2025-13-45”: not a calendar date (YYYY-MM-DD).']);
	});

	it('clamps a date outside the data into it, and says so', () => {
		const early = parse('date=2020-01-01');
		expect(early.view.date).toBe(CTX.range.min);
		expect(early.notices).toEqual(['The date 2020-01-01 is before the data begins; showing 2024-08-06.']);
		const late = parse('date=2030-06-15');
		expect(late.view.date).toBe(CTX.range.max);
		expect(late.notices[0]).toContain('after the data ends');
	});

	it('drops an unknown place with a notice', () => {
		expect(parse('place=atlantis')).toEqual({
			view: { date: CTX.defaultDay, place: null, layers: [...ALL_LAYERS], camera: null },
			notices: ['No place “atlantis” in the data; nothing is selected.']
		});
	});

	it('does not resolve prototype names as places', () => {
		for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
			expect(parse(`place=${id}`).view.place).toBeNull();
		}
	});

	it('keeps known layers in canonical order, drops unknown ones', () => {
		const r = parse('layers=strikes,moon,kursk,kursk');
		expect(r.view.layers).toEqual(['kursk', 'strikes']);
		expect(r.notices).toEqual(['Ignored unknown layers “moon”.']);
	});

	it('shows all layers when none of the asked layers exist', () => {
		const r = parse('layers=moon,mars');
		expect(r.view.layers).toEqual([...ALL_LAYERS]);
		expect(r.notices).toEqual(['No layers “moon, mars” in the data; showing all layers.']);
	});

	it('reads layers=none (and an empty value) as no layers', () => {
		expect(parse('layers=none').view.layers).toEqual([]);
		expect(parse('layers=').view.layers).toEqual([]);
		expect(parse('layers=,,').view.layers).toEqual([]);
		expect(parse('layers=,moon,').notices).toEqual(['No layers “moon” in the data; showing all layers.']);
	});

	it('ignores garbage coordinates', () => {
		for (const at of ['abc', '49.5,34.5', '49.5,,8', '1,2,3,4', 'NaN,1,2', 'Infinity,30,5', ' , , ']) {
			const r = parse(`at=${encodeURIComponent(at)}`);
			expect(r.view.camera, at).toBeNull();
			expect(r.notices, at).toHaveLength(1);
		}
	});

	it('clamps coordinates to the map and rounds them', () => {
		const r = parse('at=89.123456,-170,40');
		expect(r.view.camera).toEqual({ lat: 65, lon: 5, zoom: 12 });
		expect(r.notices).toEqual(['The map position was outside the map; moved it to the nearest edge.']);
		expect(parse('at=49.123456,34.987654,7.456').view.camera).toEqual({
			lat: 49.1235,
			lon: 34.9877,
			zoom: 7.46
		});
	});

	it('uses the first of repeated keys and says so only when they differ', () => {
		const r = parse('date=2025-01-01&date=2025-02-01');
		expect(r.view.date).toBe(day('2025-01-01'));
		expect(r.notices).toEqual(['The link gives “date” 2 times; used the first.']);
		expect(parse('date=2025-01-01&date=2025-01-01').notices).toEqual([]);
	});

	it('leaves unknown parameters out silently', () => {
		const r = parse('utm_source=x&fbclid=123&date=2025-01-10');
		expect(r.notices).toEqual([]);
		expect(serialiseView(r.view, ALL_LAYERS)).toBe('date=2025-01-10');
	});

	it('shortens a long junk value in its notice', () => {
		const r = parse(`place=${'x'.repeat(500)}`);
		expect(r.notices[0]!.length).toBeLessThan(120);
	});
});

describe('serialiseView', () => {
	const view: ViewState = {
		date: day('2025-02-01'),
		place: 'poltava-strike',
		layers: ['strikes', 'kursk'],
		camera: { lat: 49.593731, lon: 34.540729, zoom: 8.4999 }
	};

	it('writes a readable link, rounded, in canonical layer order', () => {
		expect(serialiseView(view, ALL_LAYERS)).toBe(
			'date=2025-02-01&place=poltava-strike&layers=kursk,strikes&at=49.5937,34.5407,8.5'
		);
	});

	it('omits defaults but always pins the date', () => {
		expect(
			serialiseView(
				{ date: day('2025-03-31'), place: null, layers: [...ALL_LAYERS], camera: null },
				ALL_LAYERS
			)
		).toBe('date=2025-03-31');
		expect(
			serialiseView({ date: day('2025-03-31'), place: null, layers: [], camera: null }, ALL_LAYERS)
		).toBe('date=2025-03-31&layers=none');
	});

	it('round-trips through parseView', () => {
		const { view: back, notices } = parse(serialiseView(view, ALL_LAYERS));
		expect(notices).toEqual([]);
		expect(back).toEqual({ ...view, layers: ['kursk', 'strikes'], camera: roundCamera(view.camera!) });
	});
});

describe('links to places', () => {
	const view: ViewState = {
		date: day('2025-02-01'),
		place: 'poltava-strike',
		layers: [...ALL_LAYERS],
		camera: { lat: 49.5937, lon: 34.5407, zoom: 8.5 }
	};

	it('links a selected place to its own page, other views to the root', () => {
		expect(viewHref(view, ALL_LAYERS)).toBe('/place/poltava-strike?date=2025-02-01&at=49.5937,34.5407,8.5');
		expect(viewHref({ ...view, place: null }, ALL_LAYERS)).toBe('/?date=2025-02-01&at=49.5937,34.5407,8.5');
		expect(viewHref({ ...view, place: null }, ALL_LAYERS, '/ft')).toBe(
			'/ft/?date=2025-02-01&at=49.5937,34.5407,8.5'
		);
	});

	it('reads the place from the path, and the path wins', () => {
		expect(placeFromPath('/place/poltava-strike')).toBe('poltava-strike');
		expect(placeFromPath('/ft/place/a%20b', '/ft')).toBe('a b');
		expect(placeFromPath('/place/%E0%A4%A')).toBe('%E0%A4%A');
		expect(placeFromPath('/')).toBeNull();
		expect(placeFromPath('/place/')).toBeNull();
		const r = parseLocation('/place/kursk-incursion', '?place=poltava-strike', CTX);
		expect(r.view.place).toBe('kursk-incursion');
	});

	it('round-trips the href form', () => {
		const href = new URL(viewHref(view, ALL_LAYERS), 'http://x');
		expect(parseLocation(href.pathname, href.search, CTX)).toEqual({ view, notices: [] });
	});

	it('opens a bare place page on the place’s day', () => {
		expect(parseLocation('/place/kursk-incursion', '', CTX).view.date).toBe(day('2024-08-06'));
	});
});

describe('links to figures', () => {
	const view: ViewState = {
		date: day('2025-02-02'),
		place: 'buk-m3-strike',
		layers: [...ALL_LAYERS],
		camera: null
	};
	const figures = CTX.figures;

	it('links a selected figure to its own page', () => {
		expect(viewHref(view, ALL_LAYERS, '', figures)).toBe('/figure/buk-m3-strike?date=2025-02-02');
		expect(viewHref(view, ALL_LAYERS, '/ft', figures)).toBe('/ft/figure/buk-m3-strike?date=2025-02-02');
		// Without knowing the figures, the id is a place's: the page is told which ids are figures.
		expect(viewHref(view, ALL_LAYERS)).toBe('/place/buk-m3-strike?date=2025-02-02');
	});

	it('reads the figure from the path, and the path wins', () => {
		expect(figureFromPath('/figure/buk-m3-strike')).toBe('buk-m3-strike');
		expect(figureFromPath('/ft/figure/a%20b', '/ft')).toBe('a b');
		expect(figureFromPath('/figure/')).toBeNull();
		expect(figureFromPath('/place/buk-m3-strike')).toBeNull();
		expect(placeFromPath('/figure/buk-m3-strike')).toBeNull();
		const r = parseLocation('/figure/buk-m3-strike', '?place=poltava-strike', CTX);
		expect(r).toEqual({ view, notices: [] });
	});

	it('opens a bare figure page on the figure’s first day, and a dated one on its date', () => {
		expect(parseLocation('/figure/territory-gained-2024-12', '', CTX).view.date).toBe(day('2024-12-01'));
		expect(parseLocation('/figure/buk-m3-strike', '?date=2025-01-05', CTX).view.date).toBe(day('2025-01-05'));
	});

	it('round-trips the href form', () => {
		const href = new URL(viewHref(view, ALL_LAYERS, '', figures), 'http://x');
		expect(parseLocation(href.pathname, href.search, CTX)).toEqual({ view, notices: [] });
	});

	it('accepts a figure in the place parameter (the selection holds either)', () => {
		expect(parse('place=buk-m3-strike')).toEqual({ view, notices: [] });
	});

	it('drops an unknown figure (or a place under /figure/) with a notice, and keeps the rest', () => {
		for (const id of ['atlantis-figure', 'poltava-strike', '__proto__']) {
			const r = parseLocation(`/figure/${id}`, '?date=2025-01-05&place=poltava-strike', CTX);
			expect(r.view.place).toBeNull();
			expect(r.view.date).toBe(day('2025-01-05'));
			expect(r.notices).toEqual([`No figure “${id}” in the data; nothing is selected.`]);
		}
	});
});

describe('urlContext', () => {
	it('builds the context from data', () => {
		const feature = (id: string, start: string, end?: string): TimelineFeature => ({
			type: 'Feature',
			id,
			geometry: { type: 'Point', coordinates: [30, 50] },
			properties: {
				name: id,
				layer: 'strikes',
				kind: 'area',
				summary: '',
				time: { start, precision: 'day', ...(end ? { end } : {}) },
				position: { precision: 'city', source: 'test' },
				schematic: false,
				claims: []
			}
		});
		const ctx = urlContext({
			layers: ALL_LAYERS.map((id) => ({ id, label: id, colour: '#1d2630' })),
			features: [feature('a', '2024-09-01', '2024-10-01'), feature('b', '2024-09-15')],
			figures: [
				{
					id: 'f',
					label: 'A figure',
					value: '3',
					time: { start: '2024-09-20', precision: 'day' },
					claims: []
				}
			]
		});
		expect(toIso(ctx.range.min)).toBe('2024-09-01');
		expect(toIso(ctx.range.max)).toBe('2024-10-01');
		expect(ctx.defaultDay).toBe(ctx.range.max);
		expect(toIso(ctx.places.get('b')!)).toBe('2024-09-15');
		expect(toIso(ctx.figures.get('f')!)).toBe('2024-09-20');
		expect(ctx.places.has('f')).toBe(false);
		expect(ctx.layers).toEqual(ALL_LAYERS);
	});
});
