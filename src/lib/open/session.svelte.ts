/**
 * One reader's opening of their own files, from the drop to the map: the phases the dialog shows
 * (working with progress, the column mapping of a table, the review of errors, a refusal) and the
 * switch of the app's data. The switch is the only change to the app, made once the files are read
 * and validated and the reader has chosen to open them: until then, and on any failure, the map,
 * the date, the selection and the camera stay exactly as they were.
 */
import { formatError } from '$lib/data/files';
import type { Dataset } from '$lib/data/types';
import { PROJECT_DATA, type AppState, type OwnData } from '$lib/state/app.svelte';
import { urlContext } from '$lib/state/url';
import type { ViewState } from '$lib/state/view';
import { OpenJob, type Reply } from './client';
import type { OpenResult, Stage } from './open';
import type { ColumnMap } from './table';

export type Phase =
	| { kind: 'idle' }
	| { kind: 'working'; names: string[]; stage: Stage; done: number; total: number }
	| { kind: 'mapping'; name: string; headers: string[]; map: ColumnMap; sample: string[][]; rows: number }
	| { kind: 'review'; result: OpenResult }
	| { kind: 'refused'; message: string };

/** What the project's data was, to go back to it as it was left. */
interface Saved {
	dataset: Dataset;
	errors: string[];
	view: ViewState;
}

const copyView = (v: ViewState): ViewState => ({
	date: v.date,
	place: v.place,
	camera: v.camera && { ...v.camera },
	layers: [...v.layers],
	...(v.window ? { window: { ...v.window } } : {})
});

/** Openings in this page, for a key of each (with the time, so keys stay apart across a reload). */
let openings = 0;

export class OpenSession {
	phase = $state<Phase>({ kind: 'idle' });
	#app: AppState;
	#job: OpenJob | null = null;
	#project: Saved | null = null;

	constructor(app: AppState) {
		this.#app = app;
	}

	get busy(): boolean {
		return this.phase.kind !== 'idle';
	}

	/** The project's registries, for files that do not bring their own. */
	#fallback() {
		const project = this.#project?.dataset ?? this.#app.dataset;
		if (!project) return {};
		return {
			layers: JSON.stringify({ layers: project.layers }),
			sources: JSON.stringify({ sources: project.sources })
		};
	}

	async open(files: File[]): Promise<void> {
		if (files.length === 0) return;
		this.#job?.cancel();
		const names = files.map((f) => f.name);
		this.phase = {
			kind: 'working',
			names,
			stage: 'reading',
			done: 0,
			total: files.reduce((n, f) => n + f.size, 0)
		};
		const job = new OpenJob((p) => {
			if (this.#job === job)
				this.phase = { kind: 'working', names, stage: p.stage, done: p.done, total: p.total };
		});
		this.#job = job;
		this.#reply(job, await job.open(files, this.#fallback()));
	}

	async map(map: ColumnMap): Promise<void> {
		const job = this.#job;
		if (!job || this.phase.kind !== 'mapping') return;
		const names = [this.phase.name];
		this.phase = { kind: 'working', names, stage: 'checking', done: 0, total: 1 };
		this.#reply(job, await job.map(map));
	}

	#reply(job: OpenJob, r: Reply): void {
		if (this.#job !== job) return; // cancelled, or replaced by a newer opening
		if (r.type === 'refused') {
			this.#end();
			this.phase = { kind: 'refused', message: r.message };
		} else if (r.type === 'table') {
			this.phase = {
				kind: 'mapping',
				name: r.name,
				headers: r.headers,
				map: r.guess,
				sample: r.sample,
				rows: r.rows
			};
		} else if (
			r.result.errors.length === 0 &&
			r.result.dataset.features.length + r.result.dataset.figures.length > 0
		) {
			this.#end();
			this.#show(r.result);
		} else {
			this.#end();
			this.phase = { kind: 'review', result: r.result };
		}
	}

	#end(): void {
		this.#job?.cancel();
		this.#job = null;
	}

	/** The reader chose to open the valid part of what they reviewed. */
	accept(): void {
		if (this.phase.kind !== 'review') return;
		this.#show(this.phase.result);
	}

	/** Closes the dialog; an opening under way is stopped and nothing changes. */
	close(): void {
		this.#end();
		this.phase = { kind: 'idle' };
	}

	#show(result: OpenResult): void {
		const app = this.#app;
		if (app.dataKey === PROJECT_DATA && app.dataset)
			this.#project = { dataset: app.dataset, errors: app.loadErrors, view: copyView(app.view) };
		const { dataset, errors, summary } = result;
		const own: OwnData = {
			files: summary.files,
			features: summary.features,
			figures: summary.figures,
			layers: summary.layers,
			rows: summary.rows,
			leftOut: errors.length
		};
		const ctx = urlContext(dataset);
		const notes = [
			...(errors.length > 0
				? [
						`${errors.length.toLocaleString('en-GB')} problem${errors.length === 1 ? '' : 's'} in your files: what they concern was left out. The first: ${formatError(errors[0]!)}`
					]
				: []),
			...summary.notes
		];
		app.replaceDataset(`own-${++openings}-${Date.now().toString(36)}`, dataset, notes, own, {
			date: ctx.defaultDay,
			place: null,
			camera: app.view.camera && { ...app.view.camera },
			layers: [...ctx.layers]
		});
		this.phase = { kind: 'idle' };
	}

	/** Back to the project's data, on the view the reader left it. */
	backToProject(): void {
		const saved = this.#project;
		if (!saved) return;
		this.#project = null;
		this.#app.replaceDataset(PROJECT_DATA, saved.dataset, saved.errors, null, saved.view);
	}
}
