import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { overlaps } from './territory-overlaps';
import { formatError, validateDataset, type DataFile } from './validate';

const GEO = join(process.cwd(), 'geo');
const BAD = join(process.cwd(), 'src/lib/data/fixtures/bad');

const readDir = (dir: string): DataFile[] =>
	readdirSync(dir)
		.filter((n) => n.endsWith('.geojson') || n.endsWith('.json'))
		.sort()
		.map((n) => ({ path: n, text: readFileSync(join(dir, n), 'utf8') }));

describe('geo/ (the real data)', () => {
	const { dataset, errors } = validateDataset(readDir(GEO));
	const byId = new Map(dataset.features.map((f) => [f.id, f]));

	it('passes the contract', () => {
		expect(errors.map(formatError)).toEqual([]);
	});

	it('has every place in the fact sheet', () => {
		// The article's facts: every layer but the territory series (checked in territory.spec.ts).
		const facts = dataset.features.filter((f) => f.properties.layer !== 'territory').map((f) => f.id);
		expect(facts.sort()).toEqual(
			[
				'kursk-incursion',
				'kursk-dprk-deployment',
				'kursk-dprk-absence',
				'kursk-dprk-casualties',
				'kursk-dprk-conduct',
				'kursk-dprk-reinforcements',
				'kursk-command-post-strike',
				'pokrovsk-battle',
				'pokrovsk-encirclement',
				'avdiivka-encirclement',
				'kupiansk-dvorichna-claim',
				'velyka-novosilka-capture',
				'poltava-strike',
				'volgograd-refinery-strike-1',
				'volgograd-refinery-strike-2',
				'astrakhan-gas-plant-strike'
			].sort()
		);
		const figures = dataset.figures.map((f) => f.id);
		expect(figures).toEqual(
			expect.arrayContaining(['combined-strike-2025-02-01', 'buk-m3-strike', 'pincer-width'])
		);
	});

	it('keeps the article’s numbers and qualifiers', () => {
		const poltava = byId.get('poltava-strike')?.properties.claims[0];
		expect(poltava?.claimant).toBe('Volodymyr Zelenskyy');
		expect(poltava?.text).toContain('14 killed, 22 injured');
		const dvorichna = byId.get('kupiansk-dvorichna-claim')?.properties.claims[0];
		expect(dvorichna?.status).toBe('claimed');
		expect(dvorichna?.qualifier).toContain('not yet borne out by geolocated footage');
		const casualties = byId
			.get('kursk-dprk-casualties')
			?.properties.claims.map((c) => c.text)
			.join(' ');
		expect(casualties).toContain('4,000');
		expect(casualties).toContain('3,000');
	});

	it('gives no URL it cannot show to be right', () => {
		expect(dataset.sources.filter((s) => s.url !== undefined)).toEqual([]);
	});

	it('draws the Pokrovsk arc clockwise from the south, 20–30 km across', () => {
		const arc = byId.get('pokrovsk-encirclement');
		const centre = byId.get('pokrovsk-battle');
		if (arc?.geometry.type !== 'LineString' || centre?.geometry.type !== 'Point') throw new Error('shapes');
		const [c0, c1] = centre.geometry.coordinates as [number, number];
		const pts = arc.geometry.coordinates as [number, number][];
		const [first, second, last] = [pts[0], pts[1], pts.at(-1)];
		if (!first || !second || !last) throw new Error('arc too short');
		expect(first[0]).toBeCloseTo(c0, 5); // due south of the centre…
		expect(first[1]).toBeLessThan(c1);
		expect(second[0]).toBeLessThan(first[0]); // …then turning west: clockwise on the map
		expect(last[1]).toBeGreaterThan(c1);
		const width = 2 * distance(centre.geometry.coordinates, first, { units: 'kilometers' });
		expect(width).toBeGreaterThanOrEqual(20);
		expect(width).toBeLessThanOrEqual(30);
		expect(arc.properties.schematic).toBe(true);
	});
});

describe('bad fixtures', () => {
	const expected = JSON.parse(readFileSync(join(BAD, 'expected.json'), 'utf8')) as Record<string, string>;
	const cases = readdirSync(BAD).filter((n) => statSync(join(BAD, n)).isDirectory());

	it('has an expectation for every case and at least 20 cases', () => {
		expect(cases.sort()).toEqual(Object.keys(expected).sort());
		expect(cases.length).toBeGreaterThanOrEqual(20);
	});

	it.each(cases)('%s is rejected with its message', (name) => {
		const dir = join(BAD, name);
		const files = readDir(dir).map((f) => ({ ...f, path: `${name}/${f.path}` }));
		// Cases share the registries unless they bring their own.
		for (const shared of ['sources.json', 'layers.json']) {
			if (!existsSync(join(dir, shared)))
				files.push({ path: shared, text: readFileSync(join(BAD, shared), 'utf8') });
		}
		const lines = validateDataset(files, { deep: overlaps }).errors.map(formatError);
		expect(
			lines.some((l) => l.includes(expected[name] ?? '(no expectation)')),
			lines.join('\n')
		).toBe(true);
	});
});

describe('validateDataset', () => {
	const sources: DataFile = {
		path: 'geo/sources.json',
		text: readFileSync(join(GEO, 'sources.json'), 'utf8')
	};
	const layers: DataFile = { path: 'geo/layers.json', text: readFileSync(join(GEO, 'layers.json'), 'utf8') };
	const feature = (id: string, geometry: object, start = '2025-02-01') => ({
		type: 'Feature',
		id,
		geometry,
		properties: {
			name: 'Test',
			layer: 'strikes',
			kind: 'strike',
			summary: 'Test.',
			time: { start, precision: 'day' },
			position: { precision: 'city', source: 'test' },
			schematic: false,
			claims: [
				{
					text: 'Test.',
					claimant: 'Test',
					reportedBy: ['Al Jazeera'],
					source: 'aljazeera-2025-02-06',
					date: '2025-02-06',
					datePrecision: 'day',
					status: 'reported'
				}
			]
		}
	});
	const layer = (...features: object[]): DataFile => ({
		path: 'geo/strikes.geojson',
		text: JSON.stringify({ type: 'FeatureCollection', features })
	});
	const point = { type: 'Point', coordinates: [34.54073, 49.59373] };

	it('formats errors as file: id: field: message', () => {
		const { errors } = validateDataset([
			sources,
			layers,
			layer(feature('poltava-strike', point, '2025-02-30'))
		]);
		expect(errors.map(formatError)).toEqual([
			"geo/strikes.geojson: poltava-strike: properties.time.start: '2025-02-30' is not a real date"
		]);
	});

	it('drops only the broken feature, so the rest can still be shown', () => {
		const { dataset, errors } = validateDataset([
			sources,
			layers,
			layer(feature('good-one', point), feature('bad-one', point, '2025-02-30'))
		]);
		expect(dataset.features.map((f) => f.id)).toEqual(['good-one']);
		expect(errors).toHaveLength(1);
	});

	it('collects every error, not just the first', () => {
		const { errors } = validateDataset([
			sources,
			layers,
			layer(feature('a-b', { type: 'Point', coordinates: [200, 95] }, '2025-13-01'))
		]);
		expect(errors.map((e) => e.field)).toEqual(
			expect.arrayContaining(['geometry.coordinates', 'properties.time.start'])
		);
		expect(errors.length).toBeGreaterThanOrEqual(3);
	});

	it('accepts a simple polygon with a hole (no false self-intersection)', () => {
		const ring = [
			[36, 51],
			[37, 51],
			[37, 52],
			[36, 52],
			[36, 51]
		];
		const hole = [
			[36.4, 51.4],
			[36.4, 51.6],
			[36.6, 51.6],
			[36.6, 51.4],
			[36.4, 51.4]
		];
		const { errors } = validateDataset([
			sources,
			layers,
			layer(feature('square', { type: 'Polygon', coordinates: [ring, hole] }))
		]);
		expect(errors.map(formatError)).toEqual([]);
	});

	it('accepts an open end at the source’s date and an undated fact reported on the source’s date', () => {
		const withTime = (id: string, kind: string, time: object) => {
			const f = feature(id, point);
			return { ...f, properties: { ...f.properties, kind, time } };
		};
		const { dataset, errors } = validateDataset([
			sources,
			layers,
			layer(
				withTime('open-battle', 'battle', {
					start: '2025-01-01',
					end: '2025-02-06',
					precision: 'month',
					ongoing: true
				}),
				withTime('undated-report', 'report', { start: '2025-02-06', precision: 'undated' })
			)
		]);
		expect(errors.map(formatError)).toEqual([]);
		expect(dataset.features.map((f) => f.id)).toEqual(['open-battle', 'undated-report']);
	});

	it('keeps claims dated: a claim’s date precision cannot be undated', () => {
		const f = feature('undated-claim', point);
		const claim = { ...f.properties.claims[0], datePrecision: 'undated' };
		const { errors } = validateDataset([
			sources,
			layers,
			layer({ ...f, properties: { ...f.properties, claims: [claim] } })
		]);
		expect(errors.map(formatError)).toEqual([
			"geo/strikes.geojson: undated-claim: properties.claims[0].datePrecision: 'undated' is not a known date precision (day, week, month)"
		]);
	});

	it('rejects an open end on a figure, which has no kind that lasts', () => {
		const figures: DataFile = {
			path: 'geo/figures.json',
			text: JSON.stringify({
				figures: [
					{
						id: 'open-figure',
						label: 'L',
						value: '1',
						time: { start: '2025-01-01', end: '2025-02-06', precision: 'month', ongoing: true },
						claims: feature('x', point).properties.claims
					}
				]
			})
		};
		const { errors } = validateDataset([sources, layers, figures]);
		expect(errors.filter((e) => e.file === 'geo/figures.json').map(formatError)).toEqual([
			'geo/figures.json: open-figure: time.ongoing: is only for a state that lasts (a feature of kind area, battle, movement), not a figure'
		]);
	});

	it('accepts https URLs and rejects other schemes', () => {
		const registry = (url: string): DataFile => ({
			path: 'sources.json',
			text: JSON.stringify({
				sources: [{ id: 's1', publisher: 'P', title: 'T', date: '2025-02-06', kind: 'news-report', url }]
			})
		});
		expect(validateDataset([registry('https://example.org/a')]).errors).toEqual([]);
		for (const url of ['data:text/html,x', 'ftp://example.org', 'not a url']) {
			expect(validateDataset([registry(url)]).errors.map((e) => e.field)).toEqual(['url']);
		}
	});
});
