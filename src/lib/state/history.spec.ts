import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '$lib/data/types';
import { parseIsoDay } from '$lib/time/days';
import { FIXTURE, FIXTURE_LAYERS } from '$lib/timeline/fixture';
import { AppState, PROJECT_DATA, type OwnData } from './app.svelte';
import { FILES_GONE_NOTICE, UrlSync } from './history';
import { urlContext, type UrlContext } from './url';
import type { Camera } from './view';

/** The project's layer ids, as `geo/layers.json` declares them (any ids would do). */
const ALL_LAYERS: readonly string[] = ['kursk', 'pokrovsk', 'kupiansk', 'velyka-novosilka', 'strikes'];

/**
 * The history as the browser would keep it: entries, their states and the current index; and Kit's
 * `page.state`, which Kit sets for the entry Back/Forward reaches before the app's listener runs.
 */
const browser = vi.hoisted(() => ({
	entries: [] as string[],
	states: [] as App.PageState[],
	index: 0,
	target: new EventTarget(),
	page: { state: {} as App.PageState }
}));

function current(): URL {
	return new URL(browser.entries[browser.index] ?? '/', 'http://example.test');
}

vi.mock('$app/navigation', () => ({
	pushState: vi.fn((href: string, state: App.PageState) => {
		browser.entries = [...browser.entries.slice(0, browser.index + 1), href];
		browser.states = [...browser.states.slice(0, browser.index + 1), state];
		browser.index += 1;
		browser.page.state = state;
	}),
	replaceState: vi.fn((href: string, state: App.PageState) => {
		browser.entries[browser.index] = href;
		browser.states[browser.index] = state;
		browser.page.state = state;
	})
}));

vi.mock('$app/state', () => ({ page: browser.page }));

vi.mock('$app/paths', () => ({ resolve: (path: string) => path }));

const nav = await import('$app/navigation');

function day(iso: string): number {
	const d = parseIsoDay(iso);
	if (d === null) throw new Error(iso);
	return d;
}

const CTX: UrlContext = {
	places: new Map([
		['poltava-strike', day('2025-02-01')],
		['kursk-incursion', day('2024-08-06')]
	]),
	figures: new Map(),
	range: { min: day('2024-08-06'), max: day('2025-03-31') },
	defaultDay: day('2025-03-31'),
	layers: ALL_LAYERS
};

function open(start: string): void {
	browser.entries = [start];
	browser.states = [{}];
	browser.index = 0;
	browser.page.state = {};
}

function setup(start: string, embed = false) {
	open(start);
	const app = new AppState();
	// Layers only: these tests are about the history, not about what a selection reveals (app.spec.ts).
	app.setDataset(
		{
			layers: ALL_LAYERS.map((id) => ({ id, label: id, colour: '#1d2630' })),
			features: [],
			sources: [],
			figures: [],
			territory: []
		},
		[]
	);
	// What the map would be told: every camera the view state holds after a change by a link or Back.
	const jumps: (Camera | null)[] = [];
	app.onViewChange(({ view, by }) => {
		if (by !== 'person') jumps.push(view.camera);
	});
	const sync = new UrlSync({ app, ctx: CTX, embed });
	sync.start();
	return { app, sync, jumps };
}

function back(): void {
	go(-1);
}

function forward(): void {
	go(1);
}

function go(delta: number): void {
	browser.index += delta;
	browser.page.state = browser.states[browser.index] ?? {};
	browser.target.dispatchEvent(new Event('popstate'));
}

beforeEach(() => {
	vi.useFakeTimers();
	vi.stubGlobal('location', {
		get pathname() {
			return current().pathname;
		},
		get search() {
			return current().search;
		}
	});
	vi.stubGlobal('addEventListener', browser.target.addEventListener.bind(browser.target));
	vi.stubGlobal('removeEventListener', browser.target.removeEventListener.bind(browser.target));
	vi.mocked(nav.pushState).mockClear();
	vi.mocked(nav.replaceState).mockClear();
});

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('UrlSync', () => {
	it('restores the link on start, reports what it ignored, and writes the canonical address', () => {
		const { app, jumps, sync } = setup('/?date=2025-13-45&place=poltava-strike&at=49.59,34.55,8.5&utm=x');
		expect(app.view).toEqual({
			date: day('2025-02-01'),
			place: 'poltava-strike',
			layers: [...ALL_LAYERS],
			camera: { lat: 49.59, lon: 34.55, zoom: 8.5 }
		});
		expect(app.notices).toEqual(['Ignored the date “2025-13-45”: not a calendar date (YYYY-MM-DD).']);
		expect(jumps).toEqual([{ lat: 49.59, lon: 34.55, zoom: 8.5 }]);
		expect(browser.entries).toEqual(['/place/poltava-strike?date=2025-02-01&at=49.59,34.55,8.5']);
		expect(nav.pushState).not.toHaveBeenCalled();
		sync.destroy();
	});

	it('writes a scrub into the entry once it rests, not while it moves', () => {
		const { app, sync } = setup('/?date=2025-01-01');
		vi.mocked(nav.replaceState).mockClear();
		for (let i = 0; i < 40; i++) {
			app.setDate(day('2025-01-01') + i + 1);
			vi.advanceTimersByTime(25);
		}
		// 1 second of scrubbing, a step every 25 ms: the address is left alone until 250 ms after the last.
		expect(nav.replaceState).not.toHaveBeenCalled();
		vi.advanceTimersByTime(224);
		expect(nav.replaceState).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(nav.replaceState).toHaveBeenCalledTimes(1);
		expect(browser.entries).toEqual(['/?date=2025-02-10']);
		// Steps further apart than the rest (playback at a day per second) are each written.
		app.setDate(day('2025-02-11'));
		vi.advanceTimersByTime(1000);
		app.setDate(day('2025-02-12'));
		vi.advanceTimersByTime(1000);
		expect(nav.replaceState).toHaveBeenCalledTimes(3);
		expect(browser.entries).toEqual(['/?date=2025-02-12']);
		expect(nav.pushState).not.toHaveBeenCalled();
		sync.destroy();
	});

	it('pushes a step for select and layers, settling a pending scrub first', () => {
		const { app, sync } = setup('/?date=2025-01-01');
		app.setDate(day('2025-01-05'));
		app.select('poltava-strike');
		app.toggleLayer('kursk');
		expect(browser.entries).toEqual([
			'/?date=2025-01-05',
			'/place/poltava-strike?date=2025-01-05',
			'/place/poltava-strike?date=2025-01-05&layers=pokrovsk,kupiansk,velyka-novosilka,strikes'
		]);
		sync.destroy();
	});

	it('steps Back and Forward through the states without writing history', () => {
		const { app, sync, jumps } = setup('/?date=2025-01-01');
		app.select('poltava-strike');
		app.setCamera({ lat: 49.593731, lon: 34.540729, zoom: 8.4999 });
		vi.advanceTimersByTime(300);
		app.select('kursk-incursion');
		const entries = [...browser.entries];
		vi.mocked(nav.pushState).mockClear();
		vi.mocked(nav.replaceState).mockClear();

		back();
		expect(app.view.place).toBe('poltava-strike');
		expect(app.view.camera).toEqual({ lat: 49.5937, lon: 34.5407, zoom: 8.5 });
		expect(jumps.at(-1)).toEqual({ lat: 49.5937, lon: 34.5407, zoom: 8.5 });
		back();
		expect(app.view).toEqual({ date: day('2025-01-01'), place: null, layers: [...ALL_LAYERS], camera: null });
		expect(jumps.at(-1)).toBeNull();
		forward();
		forward();
		expect(app.view.place).toBe('kursk-incursion');
		vi.advanceTimersByTime(1000);
		expect(nav.pushState).not.toHaveBeenCalled();
		expect(nav.replaceState).not.toHaveBeenCalled();
		expect(browser.entries).toEqual(entries);
		sync.destroy();
	});

	it('stops listening when destroyed', () => {
		const { app, sync } = setup('/?date=2025-01-01');
		sync.destroy();
		app.select('poltava-strike');
		browser.target.dispatchEvent(new Event('popstate'));
		expect(nav.pushState).not.toHaveBeenCalled();
		expect(app.view.place).toBe('poltava-strike');
	});
});

describe('UrlSync and the camera', () => {
	it('records a camera a person chose, rounded, in the current entry', () => {
		const { app, sync } = setup('/?date=2025-01-01');
		app.setCamera({ lat: 48.000049, lon: 37.5, zoom: 6 });
		vi.advanceTimersByTime(1000);
		expect(app.view.camera).toEqual({ lat: 48, lon: 37.5, zoom: 6 });
		expect(browser.entries).toEqual(['/?date=2025-01-01&at=48,37.5,6']);
		sync.destroy();
	});

	it('writes nothing for the opening link or for Back, which are already in the history', () => {
		const { app, sync, jumps } = setup('/?date=2025-01-01&at=48,37.5,6');
		expect(jumps).toEqual([{ lat: 48, lon: 37.5, zoom: 6 }]);
		expect(app.lastChange?.by).toBe('link');
		vi.advanceTimersByTime(1000);
		expect(nav.pushState).not.toHaveBeenCalled();
		expect(browser.entries).toEqual(['/?date=2025-01-01&at=48,37.5,6']);
		sync.destroy();
	});
});

describe('UrlSync in an embed', () => {
	it('keeps ?embed in every address it writes, and reads the rest of the link as usual', () => {
		const { app, sync } = setup('/?embed&date=2025-01-05&layers=strikes', true);
		expect(app.view.layers).toEqual(['strikes']);
		expect(app.notices).toEqual([]);
		expect(browser.entries).toEqual(['/?date=2025-01-05&layers=strikes&embed']);
		app.select('poltava-strike');
		expect(browser.entries.at(-1)).toBe('/place/poltava-strike?date=2025-01-05&layers=strikes&embed');
		sync.destroy();
	});

	it('keeps working when the frame refuses history changes', () => {
		vi.mocked(nav.pushState).mockImplementationOnce(() => {
			throw new DOMException('refused', 'SecurityError');
		});
		const { app, sync } = setup('/?embed&date=2025-01-05', true);
		expect(() => app.select('poltava-strike')).not.toThrow();
		expect(app.view.place).toBe('poltava-strike');
		sync.destroy();
	});
});

describe('UrlSync across a switch of data', () => {
	const project: Dataset = {
		layers: FIXTURE_LAYERS.map((id) => ({ id, label: id, colour: '#1d2630' })),
		features: FIXTURE,
		sources: [],
		figures: [],
		territory: []
	};
	/** A reader's files: one layer and one event of their own (invented for this test). */
	const theirs: Dataset = {
		layers: [{ id: 'mine', label: 'Mine', colour: '#1d2630' }],
		features: [
			{ ...FIXTURE[1]!, id: 'their-event', properties: { ...FIXTURE[1]!.properties, layer: 'mine' } }
		],
		sources: [],
		figures: [],
		territory: []
	};
	const own: OwnData = {
		files: [{ name: 'mine.geojson', bytes: 10 }],
		features: 1,
		figures: 0,
		layers: 1,
		rows: 0,
		leftOut: 0
	};
	const theirView = { date: day('2025-01-31'), place: null, camera: null, layers: ['mine'] };

	function started(start: string) {
		open(start);
		const app = new AppState();
		app.setDataset(project, []);
		const sync = new UrlSync({ app, ctx: urlContext(project) });
		sync.start();
		return { app, sync };
	}

	it("adds a step for the reader's files; Back shows the project's data and view again, Forward theirs", () => {
		const { app, sync } = started('/?date=2025-02-01');
		app.select('strike-b');
		app.setDate(day('2025-02-02'));
		// Opened before the scrub's write was due: the scrubbed entry is settled with the project's data.
		app.replaceDataset('own-1', theirs, [], own, theirView);
		expect(browser.entries).toEqual([
			'/?date=2025-02-01',
			'/place/strike-b?date=2025-02-02',
			'/?date=2025-01-31'
		]);
		expect(browser.states).toEqual([{ data: PROJECT_DATA }, { data: PROJECT_DATA }, { data: 'own-1' }]);
		app.select('their-event');
		expect(browser.entries.at(-1)).toBe('/place/their-event?date=2025-01-31');
		vi.mocked(nav.pushState).mockClear();
		vi.mocked(nav.replaceState).mockClear();
		const theirRender = app.render;

		go(-2);
		expect(app.dataKey).toBe(PROJECT_DATA);
		expect(app.dataset).toBe(project);
		expect(app.own).toBeNull();
		expect(app.view).toEqual({
			date: day('2025-02-02'),
			place: 'strike-b',
			camera: null,
			layers: [...FIXTURE_LAYERS]
		});
		expect(app.notices).toEqual([]);
		go(2);
		expect(app.dataKey).toBe('own-1');
		expect(app.dataset).toBe(theirs);
		// Built once: Back and Forward show the held data without building it again.
		expect(app.render).toBe(theirRender);
		expect(app.own).toEqual(own);
		expect(app.view).toEqual({ ...theirView, place: 'their-event' });
		expect(app.notices).toEqual([]);
		vi.advanceTimersByTime(1000);
		expect(nav.pushState).not.toHaveBeenCalled();
		expect(nav.replaceState).not.toHaveBeenCalled();
		// The way back to the project's data is a step too, and Back from it finds the files still held.
		app.replaceDataset(PROJECT_DATA, project, [], null, { ...theirView, layers: [...FIXTURE_LAYERS] });
		expect(app.dataKey).toBe(PROJECT_DATA);
		back();
		expect(app.dataKey).toBe('own-1');
		expect(app.view.place).toBe('their-event');
		expect(app.notices).toEqual([]);
		sync.destroy();
	});

	it('says so, instead of naming unknown places, when Back reaches files the page let go', () => {
		const { app, sync } = started('/?date=2025-02-01');
		app.replaceDataset('own-1', theirs, [], own, theirView);
		app.select('their-event');
		// Other files opened since: only the latest opening is held.
		app.replaceDataset('own-2', { ...theirs, features: [] }, [], { ...own, features: 0 }, theirView);
		back();
		expect(app.dataKey).toBe('own-2');
		expect(app.notices).toEqual([FILES_GONE_NOTICE]);
		back();
		back();
		expect(app.dataKey).toBe(PROJECT_DATA);
		expect(app.view.date).toBe(day('2025-02-01'));
		expect(app.notices).toEqual([FILES_GONE_NOTICE]);
		sync.destroy();
	});
});
