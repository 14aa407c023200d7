/** The messages between the page and the worker that opens a reader's files (`open.worker.ts`). */
import type { Fallback, OpenResult, Stage } from './open';
import type { ColumnMap } from './table';

export type ToWorker =
	| { type: 'open'; files: File[]; fallback: Fallback }
	/** The reader's column mapping for the table the worker holds. */
	| { type: 'map'; map: ColumnMap };

export type FromWorker =
	| { type: 'progress'; stage: Stage; done: number; total: number }
	/** A table was read: the page asks the reader which column is what. */
	| { type: 'table'; name: string; headers: string[]; guess: ColumnMap; sample: string[][]; rows: number }
	| { type: 'result'; result: OpenResult }
	/** Nothing can be opened: the message says which file and why. */
	| { type: 'refused'; message: string };
