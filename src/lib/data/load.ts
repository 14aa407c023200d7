/**
 * Loads the dataset in the browser from the static files the build copies out of geo/.
 * A newsroom reader on a flaky connection must still get the map: a file that fails to load or
 * validate is reported and left out, and everything else is shown.
 */
import type { Dataset } from './types';
import { formatError, isDataFileName, validateDataset, type DataFile } from './validate';

/** What `${base}/data/index.json` holds: the data file names, e.g. `["kursk.geojson", "sources.json"]`. */
export interface DataManifest {
	files: string[];
}

export const MANIFEST_PATH = 'data/index.json';

/**
 * Builds the manifest from a directory listing, so the route that serves it and the loader agree
 * on which names are data (anything else in geo/, like README.md, is not served).
 */
export function manifestFor(fileNames: string[]): DataManifest {
	return { files: fileNames.filter(isDataFileName).sort() };
}

type FetchFn = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

async function fetchText(fetchFn: FetchFn, url: string): Promise<string> {
	const res = await fetchFn(url);
	if (!res.ok) throw new Error(`HTTP ${res.status}`);
	return res.text();
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Never throws: a missing manifest gives an empty dataset and one error; a missing file gives an
 * error naming it and the rest still loads. Errors are formatted lines, ready to show to readers.
 */
export async function loadDataset(
	base: string,
	fetchFn: FetchFn = (url) => fetch(url)
): Promise<{ dataset: Dataset; errors: string[] }> {
	const root = `${base.replace(/\/+$/, '')}/data`;
	const errors: string[] = [];
	let manifest: unknown;
	try {
		manifest = JSON.parse(await fetchText(fetchFn, `${root}/index.json`));
	} catch (e) {
		return {
			dataset: { layers: [], features: [], sources: [], figures: [], territory: [] },
			errors: [`data/index.json: could not be loaded (${reason(e)})`]
		};
	}
	const listed =
		typeof manifest === 'object' && manifest !== null && Array.isArray((manifest as DataManifest).files)
			? (manifest as DataManifest).files
			: [];
	if (listed.length === 0) errors.push('data/index.json: lists no data files ({ "files": [...] })');
	const names: string[] = [];
	for (const name of listed) {
		if (typeof name === 'string' && isDataFileName(name)) names.push(name);
		else errors.push(`data/index.json: ${JSON.stringify(name)} is not a data file name`);
	}

	const results = await Promise.allSettled(names.map((name) => fetchText(fetchFn, `${root}/${name}`)));
	const files: DataFile[] = [];
	results.forEach((r, i) => {
		const path = `data/${names[i]}`;
		if (r.status === 'fulfilled') files.push({ path, text: r.value });
		else errors.push(`${path}: could not be loaded (${reason(r.reason)})`);
	});

	const { dataset, errors: invalid } = validateDataset(files);
	return { dataset, errors: [...errors, ...invalid.map(formatError)] };
}
