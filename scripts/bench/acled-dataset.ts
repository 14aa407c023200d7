/**
 * The bench's synthetic table in ACLED's layout (acled-csv.ts) converted as Open data converts a
 * dropped table in the browser (src/lib/open/table.ts, with the columns guessed as the column step
 * guesses them), and written as a data set under the bench build (`?dataset=acled-100k`). The scrub
 * at 100k is then also measured on the table's own events, the app against the best bare page on the
 * same features (issue #17: "scrubbing it meets the 100k budgets").
 */
import { guessColumns } from '../../src/lib/open/columns';
import { convertTable, parseTable } from '../../src/lib/open/table';
import { writeStampedDataSet } from './stamped-data-set';

/** The data set's files (base name → JSON text), as the app holds them after opening `name`. */
export function acledDatasetFiles(
	name: string,
	csv: string
): { files: Map<string, string>; features: number } {
	const table = parseTable(name, csv);
	const { files, errors, rows } = convertTable(name, table, guessColumns(table.headers));
	if (errors.length > 0)
		throw new Error(`${name}: ${errors.length} rows were not converted, e.g. ${JSON.stringify(errors[0])}`);
	return {
		files: new Map(files.map((f) => [f.path.split('/').pop()!, JSON.stringify(f.json)])),
		features: rows
	};
}

/** Writes `<dir>/data/` (./stamped-data-set.ts); returns the count of features and the bytes. */
export function writeAcledDataset(
	dir: string,
	name: string,
	csv: string
): { features: number; bytes: number } {
	const { files, features } = acledDatasetFiles(name, csv);
	return { features, bytes: writeStampedDataSet(dir, files, `${name}, converted`) };
}
