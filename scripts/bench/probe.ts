/**
 * Code the benchmark runs inside the page. Kept as plain functions (no imports, no closures over
 * Node values) because Playwright serialises them into the browser.
 */
import type { TEST_HOOKS_FLAG, TestHooks } from '../../src/lib/test-hooks';

/** What the probe exposes on `window.__benchProbe`. */
export interface ProbeState {
	/** ms since navigation start when the map first settled with the data layers drawn. */
	drawnAt: number | null;
	longtasks: { start: number; duration: number }[];
}

/**
 * Installed before any page script (addInitScript): records long tasks, and the moment the map first
 * settles (MapLibre `idle`: nothing loading, nothing left to draw) once the page says its data layers
 * are in — the app when its view has a date, a baseline page when it says it is ready.
 */
export function installProbe(): void {
	type M = {
		loaded(): boolean;
		isMoving(): boolean;
		getSource(id: string): unknown;
		on(e: string, f: () => void): void;
		_frameRequest?: unknown;
	};
	const w = window as unknown as {
		__benchProbe: ProbeState;
		__frontline?: { map?: M; app?: Pick<NonNullable<TestHooks['app']>, 'view'> };
		__bench?: { ready?: boolean };
	} & Record<typeof TEST_HOOKS_FLAG, boolean>;
	// Ask the app for its hooks (`window.__frontline`, src/lib/test-hooks.ts) before its scripts run.
	const flag: typeof TEST_HOOKS_FLAG = '__frontlineTestHooks';
	w[flag] = true;
	const probe: ProbeState = { drawnAt: null, longtasks: [] };
	w.__benchProbe = probe;
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) probe.longtasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// No long-task timing in this browser: the report then shows none measured.
	}
	const ready = (): boolean => {
		const map = w.__frontline?.map;
		if (!map || !map.getSource('ft-data')) return false;
		return (w.__frontline?.app?.view.date ?? 0) > 0 || w.__bench?.ready === true;
	};
	const settled = (map: M) => !map._frameRequest && map.loaded() && !map.isMoving();
	let hooked = false;
	const poll = () => {
		if (probe.drawnAt !== null) return;
		const map = w.__frontline?.map;
		if (map && !hooked) {
			hooked = true;
			map.on('idle', () => {
				if (probe.drawnAt === null && ready()) probe.drawnAt = performance.now();
			});
		}
		if (map && ready() && settled(map)) probe.drawnAt = performance.now();
		else setTimeout(poll, 20);
	};
	poll();
}

export interface StepSample {
	/** input → map idle (or → settled with nothing to draw). */
	idle: number;
	/** input → the animation frame after idle: the change is on screen. */
	frame: number;
	/** Whether the map had to draw at all. */
	drew: boolean;
}

/** One scrub step per day in `days`: dispatch `input` on the page's date slider and time the map. */
export async function scrubSteps(args: {
	selector: string;
	days: number[];
	timeoutMs: number;
}): Promise<StepSample[]> {
	type M = {
		loaded(): boolean;
		isMoving(): boolean;
		once(e: string, f: () => void): void;
		on(e: string, f: () => void): void;
		off(e: string, f: () => void): void;
		_frameRequest?: unknown;
	};
	const map = (window as unknown as { __frontline: { map: M } }).__frontline.map;
	const slider = document.querySelector<HTMLInputElement>(args.selector);
	if (!slider) throw new Error(`no slider ${args.selector}`);
	const raf = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
	const out: StepSample[] = [];
	for (const day of args.days) {
		let drew = false;
		const onRender = () => (drew = true);
		map.on('render', onRender);
		const t0 = performance.now();
		slider.value = String(day);
		slider.dispatchEvent(new Event('input', { bubbles: true }));
		const idleAt = await new Promise<number>((resolve, reject) => {
			let done = false;
			const finish = (t: number) => {
				if (done) return;
				done = true;
				map.off('idle', onIdle);
				resolve(t);
			};
			const onIdle = () => finish(performance.now());
			map.on('idle', onIdle);
			let frames = 0;
			// Nothing to draw: no render follows the input and the map stays settled for two frames.
			const check = () => {
				if (done) return;
				frames++;
				const calm = !map._frameRequest && map.loaded() && !map.isMoving() && !drew;
				if (calm && frames >= 2) finish(performance.now());
				else if (performance.now() - t0 > args.timeoutMs) reject(new Error(`step to ${day} never settled`));
				else requestAnimationFrame(check);
			};
			requestAnimationFrame(check);
		});
		const frameAt = await raf();
		map.off('render', onRender);
		out.push({ idle: idleAt - t0, frame: frameAt - t0, drew });
	}
	return out;
}

export interface DragResult {
	frames: number;
	/** Animation frames per second the page kept while an input arrived every frame. */
	fps: number;
	/** Map renders per second from the first input until the map settled after the last. */
	mapFps: number;
	/** ms from the last input until the map settled. */
	settle: number;
	durationMs: number;
	/** Long tasks (> 50 ms) on the main thread during the drag. */
	longtasks: number[];
}

/** A fast drag: one slider input per animation frame through `days`, as a hand dragging the thumb. */
export async function fastDrag(args: {
	selector: string;
	days: number[];
	timeoutMs: number;
	/** Stop dispatching after this long (a page at 1 fps would otherwise take minutes). */
	maxMs: number;
}): Promise<DragResult> {
	type M = {
		loaded(): boolean;
		isMoving(): boolean;
		on(e: string, f: () => void): void;
		off(e: string, f: () => void): void;
		_frameRequest?: unknown;
	};
	const w = window as unknown as { __frontline: { map: M }; __benchProbe: ProbeState };
	const map = w.__frontline.map;
	const slider = document.querySelector<HTMLInputElement>(args.selector)!;
	const raf = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
	let renders = 0;
	const onRender = () => renders++;
	map.on('render', onRender);
	const t0 = await raf();
	let frames = 0;
	for (const day of args.days) {
		if (performance.now() - t0 > args.maxMs) break;
		slider.value = String(day);
		slider.dispatchEvent(new Event('input', { bubbles: true }));
		frames++;
		await raf();
	}
	const tLast = performance.now();
	for (;;) {
		await raf();
		if (!map._frameRequest && map.loaded() && !map.isMoving()) break;
		if (performance.now() - tLast > args.timeoutMs) throw new Error('drag never settled');
	}
	const tEnd = performance.now();
	map.off('render', onRender);
	await new Promise((r) => setTimeout(r, 100)); // let the long-task observer deliver
	const longtasks = w.__benchProbe.longtasks
		.filter((l) => l.start >= t0 && l.start <= tEnd)
		.map((l) => Math.round(l.duration));
	return {
		frames,
		fps: frames / ((tLast - t0) / 1000),
		mapFps: renders / ((tEnd - t0) / 1000),
		settle: tEnd - tLast,
		durationMs: tEnd - t0,
		longtasks
	};
}

/** One "open a table" in the app, timed in the page from the drop. */
export interface OpenCsvSample {
	/** drop → the map settled with the table's events drawn (the column step confirmed at once). */
	total: number;
	/** drop → the column mapping step ready (read, decoded, parsed in the app's worker). */
	toColumns: number;
	/** "Open N rows" → the map settled with them (converted, validated, sent to the map, drawn). */
	toMap: number;
	/** The rows the mapping step says it will open. */
	rows: number;
	/** The table's events among the features drawn once settled (a sanity check). */
	drawn: number;
}

/**
 * In the app (opened and settled): fetches the bench's table (untimed), drops it on the map as a
 * reader would (a `drop` event carrying the file, as e2e/open-data.e2e.ts does), clicks "Open N rows"
 * as soon as the column step offers it (the guess is ACLED's columns: nothing to choose), and waits
 * until the banner says the map shows the reader's data and the map has settled (nothing loading,
 * no frame pending) with the table's events among the drawn features.
 */
export async function openCsvInApp(args: {
	url: string;
	name: string;
	/** The start of the table's ids as the app writes them (lower case). */
	idPrefix: string;
	timeoutMs: number;
}): Promise<OpenCsvSample> {
	type M = {
		loaded(): boolean;
		isMoving(): boolean;
		getStyle(): { layers: { id: string; source?: string }[] };
		queryRenderedFeatures(o: { layers: string[] }): { properties: Record<string, unknown> }[];
		_frameRequest?: unknown;
	};
	const map = (window as unknown as { __frontline: { map: M } }).__frontline.map;
	const blob = await (await fetch(args.url)).blob();
	const dt = new DataTransfer();
	dt.items.add(new File([blob], args.name, { type: 'text/csv' }));
	const canvas = document.querySelector('.maplibregl-canvas')!;
	const $ = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
	const failed = () => $('open-refused') ?? $('open-errors') ?? $('mapping-problems');
	const until = <T>(test: () => T | null | undefined, what: string, t0: number) =>
		new Promise<T>((resolve, reject) => {
			const tick = () => {
				const bad = failed();
				if (bad) return reject(new Error(`${what}: the app says "${bad.textContent?.trim().slice(0, 300)}"`));
				const v = test();
				if (v !== null && v !== undefined) return resolve(v);
				if (performance.now() - t0 > args.timeoutMs) return reject(new Error(`${what}: timed out`));
				requestAnimationFrame(tick);
			};
			tick();
		});
	const t0 = performance.now();
	canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
	canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
	const button = await until(
		() => {
			const b = $('open-table') as HTMLButtonElement | null;
			return b && !b.disabled ? b : null;
		},
		'the column step',
		t0
	);
	const t1 = performance.now();
	const rows = Number((button.textContent ?? '').replace(/[^0-9]/g, ''));
	button.click();
	const layers = () =>
		map
			.getStyle()
			.layers.filter((l) => l.source === 'ft-data')
			.map((l) => l.id);
	let checkedAt = -1;
	const drawn = await until(
		() => {
			if (!$('own-data-banner')) return null;
			if (map._frameRequest || !map.loaded() || map.isMoving()) return null;
			// Settled: are the table's events what is drawn? (At most once per 100 ms: the query is not free.)
			if (performance.now() - checkedAt < 100) return null;
			checkedAt = performance.now();
			const n = map
				.queryRenderedFeatures({ layers: layers() })
				.filter((f) => String(f.properties['id']).startsWith(args.idPrefix)).length;
			return n > 0 ? n : null;
		},
		'the map with the table',
		t0
	);
	const t2 = performance.now();
	return { total: t2 - t0, toColumns: t1 - t0, toMap: t2 - t1, rows, drawn };
}

/** The baseline page (bench/pages/open-csv.html): the same file through its file input, timed to the parse's end. */
export async function openCsvInBaseline(args: {
	url: string;
	name: string;
	timeoutMs: number;
}): Promise<{ total: number; rows: number }> {
	type S = { parsed?: { at: number; rows: number; errors: number }; error?: string };
	const state = (window as unknown as { __bench: S }).__bench;
	const blob = await (await fetch(args.url)).blob();
	const dt = new DataTransfer();
	dt.items.add(new File([blob], args.name, { type: 'text/csv' }));
	const input = document.querySelector<HTMLInputElement>('#file')!;
	input.files = dt.files;
	const t0 = performance.now();
	input.dispatchEvent(new Event('change', { bubbles: true }));
	const parsed = await new Promise<{ at: number; rows: number; errors: number }>((resolve, reject) => {
		const tick = () => {
			if (state.error) return reject(new Error(state.error));
			if (state.parsed) return resolve(state.parsed);
			if (performance.now() - t0 > args.timeoutMs) return reject(new Error('the parse timed out'));
			setTimeout(tick, 5);
		};
		tick();
	});
	if (parsed.errors > 0) throw new Error(`PapaParse reported ${parsed.errors} rows with errors`);
	return { total: parsed.at - t0, rows: parsed.rows };
}
