/**
 * Data the build has already validated. The build runs the validator (validate.ts) over the
 * project's data and, when it finds nothing wrong, writes each file's SHA-256 digest into the data
 * manifest (`checked`, see stamp.ts). A browser that receives exactly those bytes does not need to
 * validate them again: it assembles the dataset directly and never loads the validator's code.
 * Anything else goes through the validator as before: a file edited on the host after the build, a
 * proxy that rewrites it, a file the manifest does not vouch for, or a page without Web Crypto (it is
 * only given to secure contexts: https and localhost).
 *
 * Browser-safe and small: it is part of the code every map page loads.
 */
import type { Dataset, Figure, LayerSpec, Source, TerritorySnapshot, TimelineFeature } from './types';
import { FIGURES_FILE, LAYERS_FILE, SOURCES_FILE, baseName, layerOfFile } from './files';

/** File name → lower-case hex SHA-256 of the file's bytes, as the build served them. */
export type CheckedDigests = Record<string, string>;

const hex = (buf: ArrayBuffer): string =>
	Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, '0')).join('');

/** The digest the manifest records for a file, or null where Web Crypto is not available. */
export async function digestOf(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
	const subtle = globalThis.crypto?.subtle;
	if (!subtle) return null;
	return hex(await subtle.digest('SHA-256', bytes));
}

/** Reads the manifest's `checked` table: a map of names to hex digests, or undefined. */
export function checkedDigests(manifest: unknown): CheckedDigests | undefined {
	const table = (manifest as { checked?: unknown } | null)?.checked;
	if (typeof table !== 'object' || table === null || Array.isArray(table)) return undefined;
	const out: CheckedDigests = {};
	for (const [name, digest] of Object.entries(table))
		if (typeof digest === 'string' && /^[0-9a-f]{64}$/.test(digest)) out[name] = digest;
	return out;
}

/**
 * Whether every one of these files is byte for byte what the build validated: all of them named in
 * `checked` with the same digest, and none of the checked files missing (ids and source references
 * are checked across files, so a subset of a valid dataset is not known to be valid).
 */
export function allChecked(
	files: readonly { name: string; digest: string | null }[],
	checked: CheckedDigests | undefined
): boolean {
	if (!checked || files.length === 0 || files.length !== Object.keys(checked).length) return false;
	return files.every((f) => f.digest !== null && checked[f.name] === f.digest);
}

/**
 * The dataset of files the validator has passed whole, in the order and shape `validateDataset`
 * gives for them (checked.spec.ts compares the two on the project's data): the registries, then each
 * file's figures or features, and each territory layer's table of snapshots. Throws on a file that is
 * not JSON of the expected shape, which checked files never are; the caller then validates instead.
 * A file's `json` is its text already parsed (the loader parses each file as it arrives); without
 * it, the text is parsed here.
 */
export function assembleChecked(files: readonly { path: string; text: string; json?: unknown }[]): Dataset {
	const dataset: Dataset = { layers: [], features: [], sources: [], figures: [], territory: [] };
	const parsed = files.map((f) => ({
		name: baseName(f.path),
		json: f.json ?? (JSON.parse(f.text) as unknown)
	}));
	const list = <T>(json: unknown, key: string): T[] => {
		const items = (json as Record<string, unknown>)[key];
		if (!Array.isArray(items)) throw new Error(`no ${key} array`);
		return items as T[];
	};
	for (const f of parsed)
		if (f.name === SOURCES_FILE) dataset.sources.push(...list<Source>(f.json, 'sources'));
	for (const f of parsed)
		if (f.name === LAYERS_FILE) dataset.layers.push(...list<LayerSpec>(f.json, 'layers'));
	const territory = new Set(dataset.layers.filter((l) => l.style === 'territory').map((l) => l.id));
	for (const f of parsed) {
		if (f.name === SOURCES_FILE || f.name === LAYERS_FILE) continue;
		if (f.name === FIGURES_FILE) {
			dataset.figures.push(...list<Figure>(f.json, 'figures'));
			continue;
		}
		const layer = layerOfFile(f.name);
		if (layer === undefined) throw new Error(`${f.name} is not a layer file`);
		const features = list<TimelineFeature>(f.json, 'features');
		if (territory.has(layer))
			dataset.territory.push({ layer, snapshots: list<TerritorySnapshot>(f.json, 'snapshots') });
		dataset.features.push(...features);
	}
	return dataset;
}
