/**
 * Opens a reader's files off the main thread: reads them (with progress), unzips, decodes, parses and
 * validates (`open.ts`), and posts back the valid part and every error. A table is held here between
 * its parsing and the reader's column mapping, so its rows cross to the page only once, as features.
 */
/// <reference lib="webworker" />
import { gather, openData, openTable, OpenRefused, summarise, type InputFile, type Stage } from './open';
import type { FromWorker, ToWorker } from './protocol';
import { guessColumns, parseTable, type ParsedTable } from './table';
import { formatBytes, MAX_BYTES } from './limits';

declare const self: DedicatedWorkerGlobalScope;

let held: {
	name: string;
	table: ParsedTable;
	files: { name: string; bytes: number }[];
	notes: string[];
} | null = null;

const post = (m: FromWorker): void => self.postMessage(m);

async function read(files: File[]): Promise<InputFile[]> {
	const total = files.reduce((n, f) => n + f.size, 0);
	for (const f of files)
		if (f.size > MAX_BYTES)
			throw new OpenRefused(
				`${f.name}: is ${formatBytes(f.size)}, more than the ${formatBytes(MAX_BYTES)} a file may be. Nothing was opened.`
			);
	let done = 0;
	const out: InputFile[] = [];
	for (const f of files) {
		const bytes = new Uint8Array(f.size);
		const reader = f.stream().getReader();
		let at = 0;
		for (;;) {
			const { done: end, value } = await reader.read();
			if (end) break;
			bytes.set(value, at);
			at += value.length;
			done += value.length;
			post({ type: 'progress', stage: 'reading', done, total });
		}
		out.push({ name: f.name, bytes: bytes.subarray(0, at) });
	}
	return out;
}

const progress = (stage: Stage, done: number, total: number): void =>
	post({ type: 'progress', stage, done, total });

async function handle(msg: ToWorker): Promise<void> {
	if (msg.type === 'open') {
		held = null;
		const inputs = await read(msg.files);
		const files = msg.files.map((f) => ({ name: f.name, bytes: f.size }));
		const gathered = gather(inputs, progress);
		if (gathered.kind === 'table') {
			const table = parseTable(gathered.name, gathered.text, (d, t) => progress('parsing', d, t));
			held = { name: gathered.name, table, files, notes: gathered.notes };
			post({
				type: 'table',
				name: gathered.name,
				headers: table.headers,
				guess: guessColumns(table.headers),
				sample: table.rows.slice(0, 3),
				rows: table.filled
			});
			return;
		}
		const { dataset, errors, notes } = openData(gathered.files, gathered.notes, msg.fallback, progress);
		post({ type: 'result', result: { dataset, errors, summary: summarise(files, dataset, notes) } });
		return;
	}
	if (!held) throw new OpenRefused('No table is waiting for its columns: open the file again.');
	const { dataset, errors, rows } = openTable(held.name, held.table, msg.map, progress);
	post({
		type: 'result',
		result: { dataset, errors, summary: summarise(held.files, dataset, held.notes, rows) }
	});
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
	handle(e.data).catch((err: unknown) => {
		const message =
			err instanceof OpenRefused
				? err.message
				: `The files could not be opened: ${err instanceof Error ? err.message : String(err)}`;
		post({ type: 'refused', message });
	});
};
