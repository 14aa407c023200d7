/**
 * The page's side of opening files: one Web Worker per opening (`open.worker.ts`), its replies as
 * promises, its progress as a callback. Cancelling ends the worker, and with it whatever it was doing.
 */
import type { Fallback } from './open';
import type { FromWorker, ToWorker } from './protocol';
import type { ColumnMap } from './table';

export type Reply = Exclude<FromWorker, { type: 'progress' }>;
export type OnProgress = (p: Extract<FromWorker, { type: 'progress' }>) => void;

export class OpenJob {
	#worker: Worker;
	#waiting: ((r: Reply) => void) | null = null;

	constructor(onProgress: OnProgress) {
		this.#worker = new Worker(new URL('./open.worker.ts', import.meta.url), { type: 'module' });
		this.#worker.onmessage = (e: MessageEvent<FromWorker>) => {
			if (e.data.type === 'progress') onProgress(e.data);
			else this.#answer(e.data);
		};
		this.#worker.onerror = (e) => {
			e.preventDefault();
			this.#answer({
				type: 'refused',
				message: `The files could not be opened: ${e.message || 'the reader stopped'}`
			});
		};
	}

	#answer(r: Reply): void {
		const w = this.#waiting;
		this.#waiting = null;
		w?.(r);
	}

	#ask(msg: ToWorker): Promise<Reply> {
		return new Promise((resolve) => {
			this.#waiting = resolve;
			this.#worker.postMessage(msg);
		});
	}

	open(files: File[], fallback: Fallback): Promise<Reply> {
		return this.#ask({ type: 'open', files, fallback });
	}

	map(map: ColumnMap): Promise<Reply> {
		return this.#ask({ type: 'map', map: { ...map } });
	}

	/** Ends the worker; a pending reply never comes. */
	cancel(): void {
		this.#waiting = null;
		this.#worker.terminate();
	}
}
