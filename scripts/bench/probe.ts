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
