/**
 * The yardstick for "open a 100k CSV" (issue #17): the least a page must do to have a table's rows.
 * A file input; on `change`, a new Web Worker (as the app starts one per opening) reads the file's
 * text and parses it with the app's CSV library and options (open-csv.worker.ts), and posts back the
 * number of rows. No column mapping, no conversion, no validation, no map: the bench times the app's
 * whole drop → map path against this. Bench build only (bench/pages/open-csv.html).
 */
import type { ParsedCsv } from './open-csv.worker';

/** What the bench reads once a file is parsed: when (performance.now()) and how many rows. */
export interface OpenCsvState {
	ready: boolean;
	parsed?: { at: number; rows: number; errors: number };
	error?: string;
}

const state: OpenCsvState = { ready: true };
(window as unknown as { __bench: OpenCsvState }).__bench = state;

const input = document.querySelector<HTMLInputElement>('#file')!;
const output = document.querySelector<HTMLOutputElement>('#result')!;

input.addEventListener('change', () => {
	const file = input.files?.[0];
	if (!file) return;
	delete state.parsed;
	const worker = new Worker(new URL('./open-csv.worker.ts', import.meta.url), { type: 'module' });
	worker.onmessage = (e: MessageEvent<ParsedCsv>) => {
		state.parsed = { at: performance.now(), rows: e.data.rows, errors: e.data.errors };
		output.textContent = `${e.data.rows} rows, ${e.data.errors} errors`;
		worker.terminate();
	};
	worker.onerror = (e) => {
		state.error = e.message || 'the worker stopped';
		worker.terminate();
	};
	worker.postMessage(file);
});
