import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatError, validateDataset } from '$lib/data/validate';
import { realDataset, servedFiles } from '../../../test/geo-data';
import { dataFolder } from './data-folder';
import { DATA_ZIP_FOLDER, README_NAME, dataReadme, dataZip, type DataText } from './zip';

const real = realDataset();
const served = servedFiles();
const ROOT = 'https://news.example/maps/frontline';

/** A site serving geo/ at <ROOT>/data/ as the build does (manifest included); `missing` answer 404. */
function site(missing: string[] = []) {
	const requested: string[] = [];
	const fetchFn = async (url: string) => {
		requested.push(url);
		const name = url.slice(`${ROOT}/data/`.length);
		const text = missing.includes(name)
			? undefined
			: name === 'index.json'
				? JSON.stringify({ files: [...served.keys()].filter((n) => !n.endsWith('.LICENSE')) })
				: served.get(name);
		return { ok: text !== undefined, status: text === undefined ? 404 : 200, text: async () => text ?? '' };
	};
	return { fetchFn, requested };
}

async function zipOf(
	missing: string[] = []
): Promise<{ entries: Record<string, string>; bytes: Uint8Array }> {
	const { files, licences } = await dataFolder(ROOT, real.layers, site(missing).fetchFn);
	const readme: DataText = {
		name: README_NAME,
		text: dataReadme(
			real.layers,
			real.sources,
			files.map((f) => f.name),
			licences.map((f) => f.name)
		)
	};
	const bytes = dataZip([...files, ...licences, readme]);
	const entries = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
	return { entries, bytes };
}

describe('the whole dataset as a zip', () => {
	it('holds every served data file byte for byte, the licence files and a README, in one folder', async () => {
		const { entries } = await zipOf();
		const expected = [...served.keys(), README_NAME].map((n) => `${DATA_ZIP_FOLDER}/${n}`).sort();
		expect(Object.keys(entries).sort()).toEqual(expected);
		expect(Object.keys(entries)).toContain(`${DATA_ZIP_FOLDER}/territory.LICENSE`);
		for (const [name, text] of served) expect(entries[`${DATA_ZIP_FOLDER}/${name}`], name).toBe(text);
	});

	it('unzips to a folder the project’s validator accepts, as `npm run check:data -- <folder>` reads it', async () => {
		const { entries } = await zipOf();
		const files = Object.entries(entries)
			.filter(([n]) => n.endsWith('.json') || n.endsWith('.geojson'))
			.map(([path, text]) => ({ path, text }));
		const { dataset, errors } = validateDataset(files);
		expect(errors.map(formatError)).toEqual([]);
		expect(dataset.features).toHaveLength(real.features.length);
		expect(dataset.figures).toHaveLength(real.figures.length);
	});

	it('credits every layer and source, with each licence and where its text is', async () => {
		const readme = (await zipOf()).entries[`${DATA_ZIP_FOLDER}/${README_NAME}`]!;
		for (const l of real.layers) {
			expect(readme).toContain(l.label);
			if (l.credit) expect(readme).toContain(`Credit: ${l.credit}`);
			if (l.licence) expect(readme).toContain(`Licence: ${l.licence}, full text in ${l.id}.LICENSE`);
		}
		for (const s of real.sources) {
			expect(readme).toContain(s.title);
			expect(readme).toContain(s.publisher);
		}
	});

	it('names a licence without its text when the site does not serve the file', async () => {
		const { entries } = await zipOf(['territory.LICENSE']);
		expect(Object.keys(entries)).not.toContain(`${DATA_ZIP_FOLDER}/territory.LICENSE`);
		const readme = entries[`${DATA_ZIP_FOLDER}/${README_NAME}`]!;
		const territory = real.layers.find((l) => l.licence)!;
		expect(readme).toContain(`Licence: ${territory.licence}\n`);
	});

	it('is the same bytes for the same data', async () => {
		expect((await zipOf()).bytes).toEqual((await zipOf()).bytes);
	});

	it('fails naming the file when a data file cannot be loaded', async () => {
		await expect(dataFolder(ROOT, real.layers, site(['strikes.geojson']).fetchFn)).rejects.toThrow(
			'data/strikes.geojson could not be loaded (HTTP 404)'
		);
		await expect(dataFolder(ROOT, real.layers, site(['index.json']).fetchFn)).rejects.toThrow(
			'data/index.json could not be loaded'
		);
	});

	it('refuses a name that is not a file of the folder', () => {
		expect(() => dataZip([{ name: '../evil.geojson', text: '' }])).toThrow();
		expect(() => dataZip([{ name: '.hidden', text: '' }])).toThrow();
	});
});
