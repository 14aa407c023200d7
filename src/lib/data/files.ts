/**
 * The names of the data files and the shape of a validator's error: what the loader, the validator
 * and a reader's files share, kept apart from validate.ts so that code that only names files or
 * prints errors does not carry the validator with it.
 */

export interface DataFile {
	/** As shown in errors, e.g. `geo/strikes.geojson`; only the base name carries meaning. */
	path: string;
	text: string;
	/**
	 * The text already parsed (by the loader as each file arrives, or a reader's table converted in the
	 * browser): `text` is then not read.
	 */
	json?: unknown;
}

export interface DataError {
	file: string;
	/** The feature, figure or source id (or `features[3]` when it has none). */
	featureId?: string;
	/** Dotted path of the offending field, e.g. `properties.time.start`; empty for a whole file. */
	field: string;
	message: string;
}

export const SOURCES_FILE = 'sources.json';
export const FIGURES_FILE = 'figures.json';
export const LAYERS_FILE = 'layers.json';
const LAYER_EXT = '.geojson';

/** An id: kebab-case, at most {@link ID_MAX} characters. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX = 80;

/**
 * Only these names may appear in a data manifest, so a manifest cannot point outside the data folder:
 * the three registries and `<kebab-case id>.geojson`. Whether a layer file is declared in
 * `layers.json` is the validator's question, not the manifest's.
 */
export function isDataFileName(name: string): boolean {
	if (name === SOURCES_FILE || name === FIGURES_FILE || name === LAYERS_FILE) return true;
	const id = layerOfFile(name);
	return id !== undefined && KEBAB.test(id) && id.length <= ID_MAX;
}

/** The layer id a file name stands for (`kursk.geojson` → `kursk`), or undefined. */
export function layerOfFile(name: string): string | undefined {
	return name.endsWith(LAYER_EXT) ? name.slice(0, -LAYER_EXT.length) : undefined;
}

/** `geo/kursk.geojson` → `kursk.geojson`. */
export function baseName(path: string): string {
	return path.split(/[\\/]/).pop() ?? path;
}

/**
 * One line per error, in the same shape everywhere (CLI, tests, the in-app data-problems panel),
 * so a message can be pasted into a search of the repo: `file: id: field: message`.
 */
export function formatError(e: DataError): string {
	return [e.file, e.featureId, e.field, e.message].filter((p) => p !== undefined && p !== '').join(': ');
}
