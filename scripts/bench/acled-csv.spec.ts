import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../src/lib/open/open';
import { guessColumns, parseTable, readTableDate, ROLES } from '../../src/lib/open/table';
import { ACLED_COLUMNS, generateAcledCsv, ID_PREFIX, SPAN } from './acled-csv';
import { REGION } from './synthetic';

describe('synthetic ACLED-layout table', () => {
	const text = generateAcledCsv(4000, 11);
	const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

	it('is deterministic for a seed and differs for another', () => {
		expect(generateAcledCsv(4000, 11)).toBe(text);
		expect(generateAcledCsv(4000, 12)).not.toBe(text);
	});

	it("has ACLED's columns, which the app's Open data recognises, one row per event", () => {
		expect(rows.errors).toEqual([]);
		expect(rows.meta.fields).toEqual([...ACLED_COLUMNS]);
		expect(Object.keys(guessColumns([...ACLED_COLUMNS])).sort()).toEqual([...ROLES].sort());
		expect(rows.data).toHaveLength(4000);
		expect(rows.data[0]!['event_id_cnty']).toBe(`${ID_PREFIX}1`);
	});

	it('says it is synthetic in every row and names nothing real', () => {
		for (const r of rows.data) {
			expect(r['notes']).toMatch(/^Synthetic benchmark row \d+, not a real event/);
			expect(r['location']).toMatch(/^Synthetic place \d+$/);
			expect(r['admin1']).toMatch(/^Synthetic region \d+$/);
			expect(r['actor1']).toMatch(/^Synthetic actor \d+$/);
			expect(r['source']).toMatch(/^Synthetic source \d+(; Synthetic source \d+)?$/);
		}
	});

	it('uses every precision code, both date forms, spread over three years and the region', () => {
		const distinct = (col: string) => new Set(rows.data.map((r) => r[col])).size;
		expect(distinct('time_precision')).toBe(3);
		expect(distinct('geo_precision')).toBe(3);
		expect(distinct('event_type')).toBe(6);
		const iso = rows.data.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r['event_date']!)).length;
		const words = rows.data.filter((r) => /^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(r['event_date']!)).length;
		expect(iso + words).toBe(rows.data.length);
		expect(Math.min(iso, words)).toBeGreaterThan(rows.data.length * 0.4);
		const days = rows.data.map((r) => {
			const d = readTableDate(r['event_date']!);
			if ('error' in d) throw new Error(d.error);
			return d.day;
		});
		expect(Math.min(...days)).toBeGreaterThanOrEqual(SPAN.first);
		expect(Math.max(...days)).toBeLessThan(SPAN.first + SPAN.days);
		const years = new Set(days.map((d) => new Date(d * 86_400_000).getUTCFullYear()));
		expect(years.size).toBe(3);
		for (const r of rows.data) {
			const [lat, lon] = [Number(r['latitude']), Number(r['longitude'])];
			expect(lon).toBeGreaterThanOrEqual(REGION.west);
			expect(lon).toBeLessThanOrEqual(REGION.east);
			expect(lat).toBeGreaterThanOrEqual(REGION.south);
			expect(lat).toBeLessThanOrEqual(REGION.north);
		}
	});

	it("opens through the app's own table reader and validator with no error, every row kept", () => {
		const name = 'synthetic.csv';
		const table = parseTable(name, text);
		const { dataset, errors, rows: n } = openTable(name, table, guessColumns(table.headers));
		expect(errors).toEqual([]);
		expect(n).toBe(4000);
		expect(dataset.features).toHaveLength(4000);
		const precisions = new Set(
			dataset.features.map((f) => `${f.properties.time.precision}/${f.properties.position.precision}`)
		);
		expect(precisions.size).toBe(9);
	});
});
