import Papa from 'papaparse';
import { booleanPointInPolygon, length, lineSlice, point, pointToLineDistance } from '@turf/turf';
import type { LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Dataset, Figure, TimelineFeature } from '$lib/data/types';
import { appOn, realDataset } from '../../../test/geo-data';
import { neutralise } from './csv';
import { COLUMNS, dayCsv, representativePoint } from './day-csv';
import { shownDay } from './shown';

const real = realDataset();

const shownOn = (dataset: Dataset, date: string) => {
	const app = appOn(dataset, date);
	return shownDay(dataset, app.view.date, app.dayInFull(), app.figuresDay);
};

/** Reads the file as a reader's tool would (PapaParse), one object per row keyed by the header. */
function read(text: string): Record<string, string>[] {
	const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
	expect(result.errors).toEqual([]);
	expect(result.meta.fields).toEqual([...COLUMNS]);
	return result.data;
}

describe('the day as CSV', () => {
	it('has the issue’s columns first, in its order', () => {
		expect(COLUMNS.slice(0, 17)).toEqual([
			'id',
			'name',
			'layer',
			'kind',
			'date',
			'date precision',
			'longitude',
			'latitude',
			'position precision',
			'claimant',
			'reported by',
			'status',
			'qualifier',
			'source title',
			'publisher',
			'source date',
			'URL'
		]);
	});

	it('is one row per claim of every fact and figure on 2025-02-06 (real data), and round-trips', () => {
		const shown = shownOn(real, '2025-02-06');
		const rows = read(dayCsv(shown));
		const items = [
			...shown.features.map((f) => ({ id: f.id, claims: f.properties.claims, feature: f })),
			...shown.figures.map((f) => ({ id: f.id, claims: f.claims, figure: f }))
		];
		expect(rows).toHaveLength(items.reduce((n, i) => n + i.claims.length, 0));
		expect([...new Set(rows.map((r) => r['id']))]).toEqual(items.map((i) => i.id));
		const sources = new Map(real.sources.map((s) => [s.id, s]));
		let r = 0;
		for (const item of items)
			for (const claim of item.claims) {
				const row = rows[r++]!;
				const source = sources.get(claim.source)!;
				expect(row).toMatchObject({
					id: item.id,
					claimant: neutralise(claim.claimant),
					'reported by': claim.reportedBy.join(' → '),
					status: claim.status,
					qualifier: claim.qualifier ?? '',
					'source title': source.title,
					publisher: source.publisher,
					'source date': source.date,
					URL: source.url ?? '',
					claim: neutralise(claim.text),
					'claim date': claim.date,
					'claim date precision': claim.datePrecision
				});
				if ('feature' in item && item.feature) {
					const p = item.feature.properties;
					expect(row).toMatchObject({
						name: p.name,
						layer: p.layer,
						kind: p.kind,
						date: p.time.start,
						'date precision': p.time.precision,
						'end date': p.time.end ?? '',
						ongoing: p.time.ongoing ? 'yes' : '',
						'position precision': p.position.precision,
						value: ''
					});
					const at = representativePoint(item.feature.geometry)!;
					expect([Number(row['longitude']), Number(row['latitude'])]).toEqual(at);
				} else {
					const f = (item as { figure: Figure }).figure;
					expect(row).toMatchObject({
						name: f.label,
						layer: '',
						kind: 'figure',
						date: f.time.start,
						'date precision': f.time.precision,
						longitude: '',
						latitude: '',
						'position precision': '',
						value: f.value
					});
				}
			}
		expect(rows.some((row) => row['kind'] === 'figure')).toBe(true);
		expect(rows.some((row) => row['date precision'] === 'undated')).toBe(true);
	});

	it('neutralises hostile cells and keeps quotes, commas, newlines and markup through a round trip', () => {
		const base = real.features.find((f) => f.id === 'poltava-strike')!;
		const claim = base.properties.claims[0]!;
		const hostile: TimelineFeature = {
			...base,
			properties: {
				...base.properties,
				name: '=HYPERLINK("http://evil.example","click")',
				claims: [
					{
						...claim,
						claimant: "+cmd|' /C calc'!A0",
						reportedBy: ['@SUM(1,2)', ...claim.reportedBy],
						qualifier: '-2+3, "quoted",\nnew line <script>alert(1)</script>',
						text: '\t=1+1'
					}
				]
			}
		};
		const dataset: Dataset = { ...real, features: [hostile], figures: [], territory: [] };
		const [row] = read(dayCsv(shownOn(dataset, '2025-02-06')));
		expect(row).toMatchObject({
			name: `'=HYPERLINK("http://evil.example","click")`,
			claimant: `'+cmd|' /C calc'!A0`,
			'reported by': `'@SUM(1,2) → ${claim.reportedBy.join(' → ')}`,
			qualifier: `'-2+3, "quoted",\nnew line <script>alert(1)</script>`,
			claim: `'\t=1+1`
		});
	});
});

describe('representativePoint: the longitude and latitude of a row', () => {
	it('is a point’s own position', () => {
		expect(representativePoint({ type: 'Point', coordinates: [37.1, 48.3] })).toEqual([37.1, 48.3]);
		expect(
			representativePoint({
				type: 'MultiPoint',
				coordinates: [
					[30, 50],
					[31, 51]
				]
			})
		).toEqual([30, 50]);
	});

	it('is on a line, halfway along it (the Pokrovsk arc of the real data)', () => {
		const arc = real.features.find((f) => f.geometry.type === 'LineString')!.geometry as LineString;
		const at = representativePoint(arc)!;
		expect(pointToLineDistance(point(at), arc, { units: 'meters' })).toBeLessThan(2);
		const half = length(lineSlice(point(arc.coordinates[0]!), point(at), arc));
		expect(half / length({ type: 'Feature', geometry: arc, properties: {} })).toBeCloseTo(0.5, 2);
	});

	it('is inside an area, even a C-shaped one whose centroid is outside', () => {
		const c: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[30, 50],
					[33, 50],
					[33, 50.5],
					[30.5, 50.5],
					[30.5, 51.5],
					[33, 51.5],
					[33, 52],
					[30, 52],
					[30, 50]
				]
			]
		};
		const at = representativePoint(c)!;
		expect(booleanPointInPolygon(point(at), c)).toBe(true);
	});
});
