import { describe, expect, it } from 'vitest';
import type { Dataset, Figure, TimeSpec } from '$lib/data/types';
import { toDay } from '$lib/time/days';
import { FIXTURE, FIXTURE_LAYERS } from '$lib/timeline/fixture';
import { AppState, type ViewChange } from './app.svelte';

/** Invented figures for tests only: one held over a month, one on a day. */
function figure(id: string, time: TimeSpec): Figure {
	return { id, label: id, value: '1', time, claims: [] };
}
const FIGURES: Figure[] = [
	figure('figure-month', { start: '2024-12-01', end: '2024-12-31', precision: 'month' }),
	figure('figure-day', { start: '2025-02-02', precision: 'day' })
];

const DATASET: Dataset = {
	layers: FIXTURE_LAYERS.map((id) => ({ id, label: id.toUpperCase(), colour: '#1d2630' })),
	features: FIXTURE,
	sources: [],
	figures: FIGURES,
	territory: []
};

function loaded(date: string): { app: AppState; changes: ViewChange[] } {
	const app = new AppState();
	app.setDataset(DATASET, []);
	app.restore({ date: toDay(date), place: null, camera: null, layers: [...FIXTURE_LAYERS] }, 'link');
	const changes: ViewChange[] = [];
	app.onViewChange((c) => changes.push(c));
	return { app, changes };
}

describe('AppState', () => {
	it('sets the track window as one replacing change that leaves the date alone, and clears it', () => {
		const { app, changes } = loaded('2025-02-03');
		const win = { min: toDay('2025-01-01'), max: toDay('2025-01-31') };
		app.setWindow(win);
		app.setWindow({ ...win });
		expect(changes).toHaveLength(1);
		expect(changes[0]).toMatchObject({ mode: 'replace', by: 'person', view: { window: win } });
		expect(changes[0]?.before.window).toBeUndefined();
		expect(app.view.date).toBe(toDay('2025-02-03'));
		app.setWindow(undefined);
		expect(app.view.window).toBeUndefined();
		expect(changes).toHaveLength(2);
	});

	it('takes its layers from the data: every declared layer on, in order, with its declaration', () => {
		const { app } = loaded('2025-02-01');
		expect(app.layerIds).toEqual(FIXTURE_LAYERS);
		expect(app.layer('strikes')?.label).toBe('STRIKES');
		expect(app.layer('donbas')).toBeUndefined();
		app.setLayers(['strikes', 'donbas', 'kursk']);
		expect(app.view.layers).toEqual(['kursk', 'strikes']);
	});

	it('selecting a place the map shows leaves the date alone: one change, pushed, by a person', () => {
		const { app, changes } = loaded('2025-02-03');
		app.select('strike-a');
		expect(app.view.date).toBe(toDay('2025-02-03'));
		expect(changes).toHaveLength(1);
		expect(changes[0]).toMatchObject({ mode: 'push', by: 'person', view: { place: 'strike-a' } });
		expect(app.revealed).toBeNull();
	});

	it('selecting a place still to come moves the date to its first day in the same change', () => {
		const { app, changes } = loaded('2025-01-15');
		app.select('strike-b');
		expect(changes).toHaveLength(1);
		expect(changes[0]?.before).toMatchObject({ place: null, date: toDay('2025-01-15') });
		expect(changes[0]?.view).toMatchObject({ place: 'strike-b', date: toDay('2025-02-01') });
		expect(app.revealed).toEqual({ place: 'strike-b', from: toDay('2025-01-15'), to: toDay('2025-02-01') });
		// The next selection clears what the last one did.
		app.select(null);
		expect(app.revealed).toBeNull();
	});

	it('selecting a state that has ended moves the date back to its last day', () => {
		const area = FIXTURE.find((f) => f.id === 'area-a');
		const { app } = loaded('2025-03-01');
		app.select('area-a');
		expect(app.view.date).toBe(toDay(area?.properties.time.end ?? ''));
	});

	it('finds a figure by id, and a feature’s id is not a figure', () => {
		const { app } = loaded('2025-02-01');
		expect(app.figure('figure-day')).toBe(FIGURES[1]);
		expect(app.figure('strike-a')).toBeUndefined();
		expect(app.figure(null)).toBeUndefined();
		expect(app.feature('figure-day')).toBeUndefined();
	});

	it('links to its view under the base path: a place’s page, a figure’s page, or the map', () => {
		const { app } = loaded('2025-02-01');
		expect(app.href('/sub')).toMatch(/^\/sub\/\?date=2025-02-01/);
		app.select('strike-a');
		expect(app.href('/sub')).toMatch(/^\/sub\/place\/strike-a\?/);
		app.select('figure-day');
		expect(app.href('')).toMatch(/^\/figure\/figure-day\?date=2025-02-02/);
	});

	it('selecting a figure outside its span moves the date to it in the same change, and keeps the camera', () => {
		const { app, changes } = loaded('2025-01-15');
		app.setCamera({ lat: 48, lon: 37, zoom: 6 });
		app.select('figure-day');
		expect(changes).toHaveLength(2);
		expect(changes[1]).toMatchObject({ mode: 'push', by: 'person' });
		expect(changes[1]?.view).toEqual({
			...changes[0]?.view,
			place: 'figure-day',
			date: toDay('2025-02-02')
		});
		expect(app.revealed).toEqual({ place: 'figure-day', from: toDay('2025-01-15'), to: toDay('2025-02-02') });
		// A figure that has ended (December) moves the date back to its last day, like a state.
		app.select('figure-month');
		expect(app.view.date).toBe(toDay('2024-12-31'));
		expect(app.view.camera).toEqual({ lat: 48, lon: 37, zoom: 6 });
	});

	it('selecting a figure inside its span leaves the date alone; the day lists it', () => {
		const { app } = loaded('2024-12-10');
		expect(app.figuresDay.dated.map((i) => i.figure.id)).toEqual(['figure-month']);
		app.select('figure-month');
		expect(app.view.date).toBe(toDay('2024-12-10'));
		expect(app.revealed).toBeNull();
		app.setDate(toDay('2025-02-02'));
		expect(app.figuresDay.dated.map((i) => i.figure.id)).toEqual(['figure-day']);
	});

	it('a restore is one change too, said to come from the link or from Back/Forward', () => {
		const { app, changes } = loaded('2025-01-15');
		app.restore({ date: toDay('2025-01-20'), place: 'strike-b', camera: null, layers: [] }, 'history');
		expect(changes).toHaveLength(1);
		expect(changes[0]).toMatchObject({ mode: 'replace', by: 'history' });
		// A restore never moves the date: the entry holds the state it had.
		expect(app.view.date).toBe(toDay('2025-01-20'));
	});

	it('a camera is kept rounded, and setting the same one again is no change', () => {
		const { app, changes } = loaded('2025-01-15');
		app.setCamera({ lat: 48.123456, lon: 37.654321, zoom: 6.1234 });
		app.setCamera({ lat: 48.12346, lon: 37.65432, zoom: 6.12 });
		expect(app.view.camera).toEqual({ lat: 48.1235, lon: 37.6543, zoom: 6.12 });
		expect(changes).toHaveLength(1);
	});
});
