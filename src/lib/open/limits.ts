/**
 * What the page accepts when a reader opens their own files (README, "Your own data"). The files are
 * read in the reader's browser only; these limits keep a tab from running out of memory on a file
 * that is too large or a zip that inflates to far more than it weighs (a zip bomb).
 */

/** Largest file opened, and largest total of all the files once uncompressed (bytes). */
export const MAX_BYTES = 200 * 1024 * 1024;

/** Most entries a zip may hold (folders included). */
export const MAX_ZIP_ENTRIES = 1_000;

/** Zip input is inflated in slices of this size, so a lying zip is stopped soon after the limit. */
export const ZIP_SLICE_BYTES = 16 * 1024;

/** Errors shown per file before "and N more"; the count always covers them all. */
export const ERRORS_PER_FILE = 8;

/** Files listed with their errors before the rest are summed up in one line. */
export const ERROR_FILES_SHOWN = 12;

/** "200 MB": how a limit or a size is worded for a reader (1 MB = 1,048,576 bytes here). */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024).toLocaleString('en-GB')} KB`;
	const mb = bytes / (1024 * 1024);
	return `${mb < 10 ? mb.toFixed(1) : Math.round(mb).toLocaleString('en-GB')} MB`;
}
