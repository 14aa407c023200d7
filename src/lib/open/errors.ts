/**
 * The validator's errors as a reader sees them after opening files: grouped by file, in the
 * validator's own words (`feature id: field: message`), a few per file and a count of the rest, so a
 * file with a hundred thousand broken rows still gives a short, readable list.
 */
import type { DataError } from '$lib/data/validate';
import { ERROR_FILES_SHOWN, ERRORS_PER_FILE } from './limits';

export interface ErrorGroup {
	file: string;
	/** Every error of the file. */
	count: number;
	/** The first ones, each `feature id: field: message`. */
	lines: string[];
	/** How many more the file has. */
	more: number;
}

export interface GroupedErrors {
	total: number;
	groups: ErrorGroup[];
	/** Files with errors not listed, and their errors. */
	moreFiles: number;
	moreFilesErrors: number;
}

const line = (e: DataError): string =>
	[e.featureId, e.field, e.message].filter((p) => p !== undefined && p !== '').join(': ');

export function groupErrors(
	errors: readonly DataError[],
	perFile = ERRORS_PER_FILE,
	filesShown = ERROR_FILES_SHOWN
): GroupedErrors {
	const byFile = new Map<string, DataError[]>();
	for (const e of errors) {
		const list = byFile.get(e.file);
		if (list) list.push(e);
		else byFile.set(e.file, [e]);
	}
	const all = [...byFile.entries()];
	const groups = all.slice(0, filesShown).map(([file, list]) => ({
		file,
		count: list.length,
		lines: list.slice(0, perFile).map(line),
		more: Math.max(0, list.length - perFile)
	}));
	const rest = all.slice(filesShown);
	return {
		total: errors.length,
		groups,
		moreFiles: rest.length,
		moreFilesErrors: rest.reduce((n, [, list]) => n + list.length, 0)
	};
}

/** "and 1,234 more" */
export const andMore = (n: number): string => `and ${n.toLocaleString('en-GB')} more`;
