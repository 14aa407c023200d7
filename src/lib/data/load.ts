/**
 * Loads the dataset in the browser from the static files the build copies out of geo/.
 * A newsroom reader on a flaky connection must still get the map: a file that fails to load or
 * validate is reported and left out, and everything else is shown.
 *
 * Files that are byte for byte what the build validated (the manifest's digests, checked.ts) are
 * assembled without validating them again; anything else loads the validator and goes through it.
 */
import { allChecked, assembleChecked, checkedDigests, digestOf, type CheckedDigests } from './checked';
import { isDataFileName, type DataFile } from './files';
import type { Dataset } from './types';

/** What `${base}/data/index.json` holds. */
export interface DataManifest {
	/** The data file names, e.g. `["kursk.geojson", "sources.json"]`. */
	files: string[];
	/** Set by the build when every listed file passed the validator together (stamp.ts). */
	checked?: CheckedDigests;
}

export const MANIFEST_PATH = 'data/index.json';

/**
 * Builds the manifest from a directory listing, so the route that serves it and the loader agree
 * on which names are data (anything else in geo/, like README.md, is not served).
 */
export function manifestFor(fileNames: string[]): DataManifest {
	return { files: fileNames.filter(isDataFileName).sort() };
}

type FetchFn = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'arrayBuffer'>>;

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * A data file as read: its text, its parsed JSON (`json` left undefined when the text is not JSON:
 * the validator says why) and the digest of its bytes, made only when the manifest vouches for the
 * file (`checked`), since nothing else reads it.
 */
interface ReadFile extends DataFile {
	name: string;
	digest: string | null;
}

async function readFile(
	fetchFn: FetchFn,
	root: string,
	name: string,
	checked?: CheckedDigests
): Promise<ReadFile> {
	const res = await fetchFn(`${root}/${name}`);
	if (!res.ok) throw new Error(`HTTP ${res.status}`);
	const bytes = new Uint8Array(await res.arrayBuffer());
	const text = new TextDecoder().decode(bytes);
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		// Left undefined: the validator says what is wrong with it.
	}
	return { name, path: `data/${name}`, text, json, digest: checked?.[name] ? await digestOf(bytes) : null };
}

export interface Loaded {
	dataset: Dataset;
	/** Formatted lines, ready to show to readers. */
	errors: string[];
}

/**
 * Never throws: a missing manifest gives an empty dataset and one error; a missing file gives an
 * error naming it and the rest still loads.
 */
export async function loadDataset(base: string, fetchFn: FetchFn = (url) => fetch(url)): Promise<Loaded> {
	const root = `${base.replace(/\/+$/, '')}/data`;
	const errors: string[] = [];
	let manifest: unknown;
	try {
		// Not JSON: it lists no files, and the error below says so.
		manifest = (await readFile(fetchFn, root, 'index.json')).json;
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

	// Each file is decoded, digested and parsed as it arrives, while the larger ones still stream in:
	// at 100,000 events that takes most of this work out of the wait after the last byte.
	const checked = checkedDigests(manifest);
	const results = await Promise.allSettled(names.map((name) => readFile(fetchFn, root, name, checked)));
	const files: ReadFile[] = [];
	results.forEach((r, i) => {
		if (r.status === 'fulfilled') files.push(r.value);
		else errors.push(`data/${names[i]}: could not be loaded (${reason(r.reason)})`);
	});

	if (errors.length === 0 && allChecked(files, checked)) {
		try {
			return { dataset: assembleChecked(files), errors };
		} catch {
			// Not the shape the build checked after all: the validator says what is wrong.
		}
	}
	const { validateDataset, formatError } = await import('./validate');
	const { dataset, errors: invalid } = validateDataset(files);
	return { dataset, errors: [...errors, ...invalid.map(formatError)] };
}
