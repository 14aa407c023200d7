import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseIsoDay } from '$lib/time/days';
import { AppState } from './app.svelte';
import { UrlSync } from './history';
import type { UrlContext } from './url';
import type { Camera } from './view';

/** The project's layer ids, as `geo/layers.json` declares them (any ids would do). */
const ALL_LAYERS: readonly string[] = ['kursk', 'pokrovsk', 'kupiansk', 'velyka-novosilka', 'strikes'];

/** The history as the browser would keep it: entries and the current index. */
const browser = vi.hoisted(() => ({
	entries: [] as string[],
	index: 0,
	target: new EventTarget()
}));

function current(): URL {
	return new URL(browser.entries[browser.index] ?? '/', 'http://example.test');
}

vi.mock('$app/navigation', () => ({
	pushState: vi.fn((href: string) => {
		browser.entries = [...browser.entries.slice(0, browser.index + 1), href];
		browser.index += 1;
	}),
	replaceState: vi.fn((href: string) => {
		browser.entries[browser.index] = href;
	})
}));

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

function setup(start: string, embed = false) {
	browser.entries = [start];
	browser.index = 0;
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
	browser.index -= 1;
	browser.target.dispatchEvent(new Event('popstate'));
}

function forward(): void {
	browser.index += 1;
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

	it('throttles scrubbing into trailing replaceState calls, at most 4 per second', () => {
		const { app, sync } = setup('/?date=2025-01-01');
		vi.mocked(nav.replaceState).mockClear();
		for (let i = 0; i < 40; i++) {
			app.setDate(day('2025-01-01') + i + 1);
			vi.advanceTimersByTime(25);
		}
		// 1 second of scrubbing: 4 writes, the last of them the latest day.
		expect(nav.replaceState).toHaveBeenCalledTimes(4);
		vi.advanceTimersByTime(250);
		expect(nav.replaceState).toHaveBeenCalledTimes(4);
		expect(browser.entries).toEqual(['/?date=2025-02-10']);
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
