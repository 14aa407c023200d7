/**
 * The baseline's worker: the file's text (`File.text()`, UTF-8), parsed by PapaParse with the options
 * of the app's worker (src/lib/open/table.ts, parseTable: delimiter detected for a `.csv`, empty
 * lines kept, one `step` callback per row that keeps the row), and the row count posted back.
 */
/// <reference lib="webworker" />
import Papa from 'papaparse';

declare const self: DedicatedWorkerGlobalScope;

export interface ParsedCsv {
	/** Rows after the header that are not blank (the file's last line break gives a blank one). */
	rows: number;
	/** Rows PapaParse reported errors on. */
	errors: number;
}

self.onmessage = async (e: MessageEvent<File>) => {
	const file = e.data;
	const text = await file.text();
	const rows: string[][] = [];
	let errors = 0;
	Papa.parse<string[]>(text, {
		delimiter: /\.tsv$/i.test(file.name) ? '\t' : '',
		skipEmptyLines: false,
		step(result) {
			rows.push(result.data);
			if (result.errors.length > 0) errors++;
		}
	});
	const filled = rows.slice(1).filter((r) => r.some((c) => c.trim() !== '')).length;
	self.postMessage({ rows: filled, errors } satisfies ParsedCsv);
};
