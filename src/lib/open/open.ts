/**
 * Opening a reader's own files, start to end, with no DOM: what the Web Worker runs (`open.worker.ts`)
 * and what the unit tests call directly. Files are checked by the one validator (`validateDataset`,
 * the same code as `npm run check:data`); a table of events goes through a column mapping first
 * (`table.ts`). Nothing here touches the app: the page decides what to do with the result.
 */
import type { Dataset } from '$lib/data/types';
import {
	isDataFileName,
	LAYERS_FILE,
	SOURCES_FILE,
	validateDataset,
	type DataError,
	type DataFile
} from '$lib/data/validate';
import { decodeText } from './decode';
import { formatBytes, MAX_BYTES } from './limits';
import { byRow, convertTable, parseTable, type ColumnMap, type ParsedTable } from './table';
import { DEFAULT_ZIP_LIMITS, readZip, ZipRefused, type ZipLimits } from './zip';

export interface InputFile {
	name: string;
	bytes: Uint8Array;
}

/** The project's own registries (their JSON text), used when a reader's files do not bring theirs. */
export interface Fallback {
	layers?: string;
	sources?: string;
}

export type Stage = 'reading' | 'unzipping' | 'parsing' | 'checking';
export type Progress = (stage: Stage, done: number, total: number) => void;

/** Files that cannot be opened at all: the message names the file and says why. */
export class OpenRefused extends Error {}

export interface OpenSummary {
	/** The files the reader gave (a zip counts as one), with their sizes. */
	files: { name: string; bytes: number }[];
	features: number;
	figures: number;
	layers: number;
	sources: number;
	/** Rows of a table (0 for data files). */
	rows: number;
	/** Entries passed over (a README in a zipped folder), and what was borrowed from the project. */
	notes: string[];
}

export interface OpenResult {
	dataset: Dataset;
	errors: DataError[];
	summary: OpenSummary;
}

/** What the files are, once read: a data folder's files, or one table waiting for its column mapping. */
export type Gathered =
	| { kind: 'data'; files: DataFile[]; notes: string[] }
	| { kind: 'table'; name: string; text: string; notes: string[] };

const base = (path: string): string => path.split(/[\\/]/).pop() ?? path;
const isTable = (name: string): boolean => /\.(csv|tsv)$/i.test(name);
const isJson = (name: string): boolean => /\.(geo)?json$/i.test(name);
/** A served folder's manifest: not needed here, since every file given is read. */
const MANIFEST = 'index.json';
/** How the project's registries are named in errors when they stand in for a reader's. */
const PROJECT = "the project's data";

/** Decodes, unzips and sorts the reader's files; throws {@link OpenRefused}. */
export function gather(
	inputs: InputFile[],
	onProgress?: Progress,
	zipLimits: ZipLimits = DEFAULT_ZIP_LIMITS
): Gathered {
	if (inputs.length === 0) throw new OpenRefused('No files were given.');
	const notes: string[] = [];
	const entries: { path: string; bytes: Uint8Array }[] = [];
	let total = 0;
	for (const input of inputs) {
		if (input.bytes.length > zipLimits.maxBytes)
			throw new OpenRefused(
				`${input.name}: is ${formatBytes(input.bytes.length)}, more than the ${formatBytes(zipLimits.maxBytes)} a file may be. Nothing was opened.`
			);
		if (/\.zip$/i.test(input.name)) {
			let read;
			try {
				read = readZip(
					input.bytes,
					(p) => isTable(base(p)) || isJson(base(p)),
					{ ...zipLimits, maxBytes: zipLimits.maxBytes - total },
					(d, t) => onProgress?.('unzipping', d, t)
				);
			} catch (e) {
				if (e instanceof ZipRefused)
					throw new OpenRefused(`${input.name}: ${e.message}. Nothing was opened.`);
				throw e;
			}
			for (const s of read.skipped) notes.push(`${input.name}: ${s} is not a data file and was passed over.`);
			for (const e of read.entries) {
				total += e.bytes.length;
				entries.push({ path: `${input.name}/${e.path}`, bytes: e.bytes });
			}
		} else {
			total += input.bytes.length;
			entries.push({ path: input.name, bytes: input.bytes });
		}
		if (total > zipLimits.maxBytes)
			throw new OpenRefused(
				`These files come to ${formatBytes(total)}, more than the ${formatBytes(zipLimits.maxBytes)} limit. Nothing was opened.`
			);
	}

	const tables = entries.filter((e) => isTable(base(e.path)));
	const data = entries.filter((e) => !isTable(base(e.path)));
	if (tables.length > 1 || (tables.length === 1 && data.some((d) => isJson(base(d.path)))))
		throw new OpenRefused(
			`A table of events is opened on its own: ${[...tables, ...data].map((e) => e.path).join(', ')} were given together. Open one table, or a folder of data files.`
		);
	const decode = (path: string, bytes: Uint8Array): string => {
		const d = decodeText(bytes);
		if ('error' in d) throw new OpenRefused(`${path}: ${d.error}.`);
		return d.text;
	};
	const table = tables[0];
	if (table) return { kind: 'table', name: base(table.path), text: decode(table.path, table.bytes), notes };

	const files: DataFile[] = [];
	for (const e of data) {
		const name = base(e.path);
		if (name === MANIFEST)
			notes.push(`${e.path}: a served folder's manifest, not needed here (every file given is read).`);
		else if (!isJson(name))
			notes.push(
				`${e.path}: not a data file (.geojson, layers.json, sources.json, figures.json, .csv or .tsv); passed over.`
			);
		else files.push({ path: e.path, text: decode(e.path, e.bytes) });
	}
	if (files.length === 0)
		throw new OpenRefused(
			`${inputs.map((i) => i.name).join(', ')}: no data file among them (.geojson layers with a layers.json and sources.json, a .zip of such a folder, or a .csv/.tsv table of events).`
		);
	return { kind: 'data', files, notes };
}

/** Validates a folder's data files, borrowing the project's registries for the ones it lacks. */
export function openData(
	files: DataFile[],
	notes: string[],
	fallback: Fallback = {},
	onProgress?: Progress
): Omit<OpenResult, 'summary'> & { notes: string[] } {
	// Parsed once here, so a file that is not JSON, or not GeoJSON, is said to be so first (in the
	// validator's words) rather than being an undeclared layer; the validator reads the parsed JSON.
	const early: DataError[] = [];
	const given: DataFile[] = [];
	for (const f of files) {
		let json: unknown;
		try {
			json = JSON.parse(f.text);
		} catch (e) {
			early.push({
				file: f.path,
				field: '',
				message: `is not valid JSON (${e instanceof Error ? e.message : String(e)})`
			});
			continue;
		}
		const o = json as { type?: unknown } | null;
		if (
			base(f.path).endsWith('.geojson') &&
			(typeof o !== 'object' || o === null || o.type !== 'FeatureCollection')
		) {
			early.push({ file: f.path, field: 'type', message: 'must be a GeoJSON FeatureCollection' });
			continue;
		}
		given.push({ path: f.path, text: '', json });
	}
	const names = new Set(files.map((f) => base(f.path)));
	const layerIds = [...names]
		.filter((n) => isDataFileName(n) && n.endsWith('.geojson'))
		.map((n) => n.slice(0, -'.geojson'.length));
	const out = [...notes];
	if (!names.has(LAYERS_FILE) && fallback.layers && layerIds.length > 0) {
		// Only the declarations of the layers the reader's files hold: the project's others stay out.
		let layers: unknown[] = [];
		try {
			const parsed = JSON.parse(fallback.layers) as { layers?: { id?: unknown }[] };
			layers = (parsed.layers ?? []).filter((l) => layerIds.includes(String(l.id)));
		} catch {
			/* the project's own file: validated before it was served */
		}
		if (layers.length > 0) {
			given.push({ path: `${PROJECT}/${LAYERS_FILE}`, text: '', json: { layers } });
			out.push(
				`No ${LAYERS_FILE} among your files: the project's declaration${layers.length === 1 ? ' of that layer was' : 's of those layers were'} used.`
			);
		}
	}
	if (!names.has(SOURCES_FILE) && fallback.sources && given.length > 0) {
		given.push({ path: `${PROJECT}/${SOURCES_FILE}`, text: fallback.sources });
		out.push(`No ${SOURCES_FILE} among your files: claims were checked against the project's sources.`);
	}
	onProgress?.('checking', 0, 1);
	const { dataset, errors } = validateDataset(given);
	onProgress?.('checking', 1, 1);
	return { dataset, errors: [...early, ...errors], notes: out };
}

/** Converts and validates a table with the reader's column mapping. */
export function openTable(
	name: string,
	table: ParsedTable,
	map: ColumnMap,
	onProgress?: Progress
): Omit<OpenResult, 'summary'> & { rows: number } {
	onProgress?.('checking', 0, 1);
	const converted = convertTable(name, table, map);
	const { dataset, errors } = validateDataset(converted.files);
	onProgress?.('checking', 1, 1);
	return {
		dataset,
		errors: [...converted.errors, ...byRow(name, converted, table.headers, map, errors)],
		rows: converted.rows
	};
}

export { parseTable };

/** The counts the banner and the review show. */
export function summarise(
	inputs: { name: string; bytes: number }[],
	dataset: Dataset,
	notes: string[],
	rows = 0
): OpenSummary {
	const series = new Set(dataset.layers.filter((l) => l.style === 'territory').map((l) => l.id));
	return {
		files: inputs,
		features: dataset.features.filter((f) => !series.has(f.properties.layer)).length,
		figures: dataset.figures.length,
		layers: dataset.layers.length,
		sources: dataset.sources.length,
		rows,
		notes
	};
}

export { MAX_BYTES };
