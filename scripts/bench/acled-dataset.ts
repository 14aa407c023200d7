/**
 * The bench's synthetic table in ACLED's layout (acled-csv.ts) converted as Open data converts a
 * dropped table in the browser (src/lib/open/table.ts, with the columns guessed as the column step
 * guesses them), and written as a data set under the bench build (`?dataset=acled-100k`). The scrub
 * at 100k is then also measured on the table's own events, the app against the best bare page on the
 * same features (issue #17: "scrubbing it meets the 100k budgets").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stampManifest } from '../../src/lib/data/stamp';
import { guessColumns } from '../../src/lib/open/columns';
import { convertTable, parseTable } from '../../src/lib/open/table';

/** The data set's files (base name → JSON text), as the app holds them after opening `name`. */
export function acledDatasetFiles(name: string, csv: string): Map<string, string> {
	const table = parseTable(name, csv);
	const { files, errors } = convertTable(name, table, guessColumns(table.headers));
	if (errors.length > 0)
		throw new Error(`${name}: ${errors.length} rows were not converted, e.g. ${JSON.stringify(errors[0])}`);
	return new Map(files.map((f) => [f.path.split('/').pop()!, JSON.stringify(f.json)]));
}

/** Writes `<dir>/data/` (the files and their stamped index.json); returns the count of features. */
export function writeAcledDataset(
	dir: string,
	name: string,
	csv: string
): { features: number; bytes: number } {
	const texts = acledDatasetFiles(name, csv);
	const manifest = stampManifest(texts);
	if (!manifest.checked) throw new Error(`${name}: the converted table does not pass the validator`);
	const data = join(dir, 'data');
	mkdirSync(data, { recursive: true });
	let bytes = 0;
	let features = 0;
	for (const [file, text] of texts) {
		writeFileSync(join(data, file), text);
		bytes += Buffer.byteLength(text);
		if (file.endsWith('.geojson')) features += (JSON.parse(text) as { features: unknown[] }).features.length;
	}
	writeFileSync(join(data, 'index.json'), JSON.stringify(manifest));
	return { features, bytes };
}
