/**
 * A reader's `.zip` of a data folder, opened in the browser with fflate. A zip can say it holds a few
 * kilobytes and inflate to gigabytes (a zip bomb), so it is read in two passes:
 * 1. the central directory only (no inflating): every entry's declared size; a zip whose declared
 *    total exceeds the limit, or with too many entries, is refused before anything is inflated;
 * 2. the entries, inflated as a stream in small slices, counting what comes out: an entry that
 *    inflates past its declared size, or a total past the limit, stops the inflating at once.
 */
import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from 'fflate';
import { formatBytes, MAX_BYTES, MAX_ZIP_ENTRIES, ZIP_SLICE_BYTES } from './limits';

export interface ZipEntry {
	/** The entry's path inside the zip, e.g. `geo/kursk.geojson`. */
	path: string;
	bytes: Uint8Array;
}

export interface ZipLimits {
	maxBytes: number;
	maxEntries: number;
	slice: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
	maxBytes: MAX_BYTES,
	maxEntries: MAX_ZIP_ENTRIES,
	slice: ZIP_SLICE_BYTES
};

/** A zip that cannot be opened: the message says why, in words for the reader. */
export class ZipRefused extends Error {}

interface Declared {
	path: string;
	originalSize: number;
	compression: number;
}

/** Folders, macOS resource forks and hidden files are not data. */
function isSkippable(path: string): boolean {
	const parts = path.split('/');
	const last = parts.at(-1) ?? '';
	return path.endsWith('/') || parts.includes('__MACOSX') || last.startsWith('.') || last === '';
}

function directory(bytes: Uint8Array): Declared[] {
	const entries: Declared[] = [];
	try {
		unzipSync(bytes, {
			filter: (f) => {
				entries.push({ path: f.name, originalSize: f.originalSize, compression: f.compression });
				return false;
			}
		});
	} catch (e) {
		throw new ZipRefused(
			`is not a zip archive that can be read (${e instanceof Error ? e.message : String(e)})`
		);
	}
	return entries;
}

/**
 * The entries a data folder's zip holds, inflated, with the ones that were skipped (folders, hidden
 * files). `wanted` picks the entries worth inflating by path. Throws {@link ZipRefused}.
 */
export function readZip(
	bytes: Uint8Array,
	wanted: (path: string) => boolean,
	limits: ZipLimits = DEFAULT_ZIP_LIMITS,
	onProgress?: (done: number, total: number) => void
): { entries: ZipEntry[]; skipped: string[] } {
	const declared = directory(bytes);
	if (declared.length > limits.maxEntries)
		throw new ZipRefused(
			`holds ${declared.length.toLocaleString('en-GB')} entries (at most ${limits.maxEntries.toLocaleString('en-GB')})`
		);
	const picked = declared.filter((d) => !isSkippable(d.path) && wanted(d.path));
	const skipped = declared.filter((d) => !isSkippable(d.path) && !wanted(d.path)).map((d) => d.path);
	const total = picked.reduce((n, d) => n + d.originalSize, 0);
	if (total > limits.maxBytes)
		throw new ZipRefused(
			`would inflate to ${formatBytes(total)}, more than the ${formatBytes(limits.maxBytes)} limit: nothing was inflated`
		);
	for (const d of picked)
		if (d.compression !== 0 && d.compression !== 8)
			throw new ZipRefused(
				`${d.path}: uses compression method ${d.compression}; only stored and deflated entries can be read`
			);

	const sizes = new Map(picked.map((d) => [d.path, d.originalSize]));
	const out: ZipEntry[] = [];
	let inflated = 0;
	let refused: string | null = null;
	const unzip = new Unzip();
	unzip.register(UnzipInflate);
	unzip.onfile = (file: UnzipFile) => {
		const declaredSize = sizes.get(file.name);
		if (declaredSize === undefined) return; // not wanted: its bytes are passed over, never inflated
		sizes.delete(file.name); // a second entry with the same name is not read
		const chunks: Uint8Array[] = [];
		let got = 0;
		file.ondata = (err, chunk, final) => {
			if (refused) return;
			if (err) {
				refused = `${file.name}: could not be inflated (${err.message})`;
				return;
			}
			got += chunk.length;
			inflated += chunk.length;
			if (got > declaredSize || inflated > limits.maxBytes) {
				refused =
					got > declaredSize
						? `${file.name}: inflates to more than the ${formatBytes(declaredSize)} the zip declares for it (a zip bomb?): inflating was stopped`
						: `inflates to more than the ${formatBytes(limits.maxBytes)} limit: inflating was stopped`;
				file.terminate();
				return;
			}
			chunks.push(chunk);
			if (final) out.push({ path: file.name, bytes: concat(chunks, got) });
		};
		file.start();
	};
	for (let at = 0; at < bytes.length && !refused; at += limits.slice) {
		const end = Math.min(bytes.length, at + limits.slice);
		unzip.push(bytes.subarray(at, end), end === bytes.length);
		onProgress?.(end, bytes.length);
	}
	if (refused) throw new ZipRefused(refused);
	return { entries: out, skipped };
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
	if (chunks.length === 1 && chunks[0]) return chunks[0];
	const all = new Uint8Array(length);
	let at = 0;
	for (const c of chunks) {
		all.set(c, at);
		at += c.length;
	}
	return all;
}
