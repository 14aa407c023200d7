import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/lib/data/validate';
import { generateAcledCsv } from './acled-csv';
import { acledDatasetFiles } from './acled-dataset';

describe('the ACLED-layout table as a bench data set', () => {
	it('holds every row as a valid feature, as Open data converts it', () => {
		const { files, features } = acledDatasetFiles('synthetic.csv', generateAcledCsv(300, 7));
		expect(features).toBe(300);
		expect([...files.keys()].sort()).toEqual(expect.arrayContaining(['layers.json', 'sources.json']));
		const { dataset, errors } = validateDataset([...files].map(([path, text]) => ({ path, text })));
		expect(errors).toEqual([]);
		expect(dataset.features).toHaveLength(300);
		expect(dataset.features.every((f) => f.id.startsWith('syn'))).toBe(true);
	});

	it('refuses a table with rows it cannot convert, naming the row', () => {
		const csv = generateAcledCsv(5, 7).replace(/\n(SYN\d+),[^,]*,/, '\n$1,32 Smarch 2025,');
		expect(() => acledDatasetFiles('bad.csv', csv)).toThrow(/bad\.csv: 1 rows were not converted.*row/);
	});
});
