import { describe, expect, it } from 'vitest';
import type { Dataset } from '$lib/data/types';
import { formatError, validateDataset, type DataFile } from '$lib/data/validate';
import { appOn, realDataset } from '../../../test/geo-data';
import { dayCollection, dayGeoJson, type DayCollection } from './geojson';
import { shownDay } from './shown';

const real = realDataset();

const shownOn = (dataset: Dataset, date: string) => {
	const app = appOn(dataset, date);
	return shownDay(dataset, app.view.date, app.dayInFull(), app.figuresDay);
};

/**
 * A downloaded file split back into the contract's files: one `<layer>.geojson` per layer (a plain
 * FeatureCollection), layers.json, figures.json and sources.json.
 */
function split(c: DayCollection): DataFile[] {
	const byLayer = new Map<string, unknown[]>();
	for (const f of c.features)
		byLayer.set(f.properties.layer, [...(byLayer.get(f.properties.layer) ?? []), f]);
	const json = (v: unknown) => JSON.stringify(v);
	return [
		{ path: 'layers.json', text: json({ layers: c.layers }) },
		{ path: 'sources.json', text: json({ sources: c.sources }) },
		{ path: 'figures.json', text: json({ figures: c.figures }) },
		...[...byLayer].map(([layer, features]) => ({
			path: `${layer}.geojson`,
			text: json({ type: 'FeatureCollection', features })
		}))
	];
}

describe('the day as GeoJSON', () => {
	for (const date of ['2025-02-06', '2025-02-01', '2024-08-15']) {
		it(`passes the project's validator when split back into files (${date}, real data)`, () => {
			const text = dayGeoJson(shownOn(real, date));
			const parsed = JSON.parse(text) as DayCollection;
			const { dataset, errors } = validateDataset(split(parsed));
			expect(errors.map(formatError)).toEqual([]);
			// Every feature passes (the split files group them by layer, so compare as sets).
			expect(dataset.features.map((f) => f.id).sort()).toEqual(parsed.features.map((f) => f.id).sort());
			expect(dataset.figures.map((f) => f.id)).toEqual(parsed.figures.map((f) => f.id));
			expect(parsed.features.length + parsed.figures.length).toBeGreaterThan(0);
		});
	}

	it('is an RFC 7946 FeatureCollection of the data’s own features, dated, with the contract as foreign members', () => {
		const shown = shownOn(real, '2025-02-06');
		const parsed = JSON.parse(dayGeoJson(shown)) as DayCollection;
		expect(parsed).toEqual(dayCollection(shown));
		expect(Object.keys(parsed).sort()).toEqual([
			'date',
			'features',
			'figures',
			'layers',
			'name',
			'sources',
			'type'
		]);
		expect(parsed.type).toBe('FeatureCollection');
		expect(parsed.date).toBe('2025-02-06');
		for (const f of parsed.features) expect(f).toEqual(real.features.find((r) => r.id === f.id));
		expect(parsed.sources.map((s) => s.id)).toContain('aljazeera-2025-02-06');
	});

	it('keeps hostile text as text, and still validates', () => {
		const base = real.features.find((f) => f.id === 'poltava-strike')!;
		const hostile = {
			...base,
			properties: {
				...base.properties,
				name: '=HYPERLINK("http://evil.example","x") <script>alert(1)</script>',
				summary: '"quoted", commas, <img src=x onerror=alert(1)> and ‘curly’ quotes'
			}
		};
		const dataset: Dataset = { ...real, features: [hostile], figures: [], territory: [] };
		const parsed = JSON.parse(dayGeoJson(shownOn(dataset, '2025-02-06'))) as DayCollection;
		expect(parsed.features[0]!.properties.name).toBe(hostile.properties.name);
		expect(validateDataset(split(parsed)).errors).toEqual([]);
	});

	it('is an empty, still valid collection on a day with nothing on the map', () => {
		const parsed = JSON.parse(dayGeoJson(shownOn(real, '2020-01-01'))) as DayCollection;
		expect(parsed.features).toEqual([]);
		expect(parsed.figures).toEqual([]);
		expect(validateDataset(split(parsed)).errors).toEqual([]);
	});
});
