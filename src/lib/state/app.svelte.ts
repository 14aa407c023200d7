/**
 * The app's state, in its three kinds kept apart:
 * - data: loaded once and validated where it enters (`dataset`, `loadErrors`), with the layers the
 *   data declares (`layers`);
 * - view state: what a link reproduces (`view`), changed only through the methods below. Each method
 *   is one change: it updates the view at once and tells the listeners once, with how the change
 *   should reach the browser history and who made it (a person, the opening link, Back/Forward);
 * - UI ephemera (hover, open panels): never here, they live in the components that own them.
 *
 * The rules of a change live here, not in the views: selecting a place (or a figure) the map does not
 * show on the chosen day also moves the date to where it is shown, in the same change.
 */
import { symbologyFor, type Symbology } from '$lib/map/expressions';
import type { Dataset, Figure, LayerId, LayerSpec, TimelineFeature } from '$lib/data/types';
import { toRenderCollection, type RenderCollection } from '$lib/data/render';
import { dayToReveal } from '$lib/time/reveal';
import { DayCodes } from '$lib/time/day-codes';
import { DayIndex, EMPTY_DAY, LIST_LIMIT, type DaySummary } from '$lib/timeline/visible';
import { FigureIndex, NO_FIGURES_DAY, type FiguresDay } from '$lib/timeline/figures';
import { roundCamera, viewHref } from './url';
import { sameWindow } from '$lib/timeline/window';
import type { DayRange } from '$lib/timeline/range';
import type { Camera, ViewState } from './view';

/**
 * Files a reader opened in the page (never uploaded): their names and sizes and what they hold, for
 * the banner that says the map shows them.
 */
export interface OwnData {
	files: { name: string; bytes: number }[];
	features: number;
	figures: number;
	layers: number;
	/** Rows of a table of events (0 for data files). */
	rows: number;
	/** Items left out as invalid (the reader chose to open the rest). */
	leftOut: number;
}

/** The data key of the project's own data (`geo/`), the data a page opens with. */
export const PROJECT_DATA = 'project';

/** Data the page has shown and can show again on Back/Forward. */
interface HeldData {
	dataset: Dataset;
	errors: string[];
	own: OwnData | null;
	/** What the map and the list read, built the first time the data is shown and kept for Back. */
	built?: { render: RenderCollection; codes: DayCodes; index: DayIndex; symbology: Symbology };
}

/** How a view change should reach the browser history. */
export type HistoryMode = 'push' | 'replace';

/** Who made a change: a person using the page, the link the page opened with, or Back/Forward. */
export type ChangeSource = 'person' | 'link' | 'history';

export interface ViewChange {
	/** The view after the change (a snapshot: later changes do not alter it). */
	view: ViewState;
	/** The view before it. */
	before: ViewState;
	mode: HistoryMode;
	by: ChangeSource;
	/** The data the view is of (`dataKey`): the history entry keeps it, so Back returns to that data. */
	data: string;
}

/** What a selection did to the date: moved it from one day to another, to show the place. */
export interface Revealed {
	place: string;
	from: number;
	to: number;
}

export type ViewListener = (change: ViewChange) => void;

export class AppState {
	/** Validated data; null until loaded. */
	dataset = $state.raw<Dataset | null>(null);
	/** The layers the data declares, in order (empty until loaded). */
	layers = $state.raw<readonly LayerSpec[]>([]);
	/** Their ids, in the same order: what "all layers" means for the view and for links. */
	layerIds = $state.raw<readonly LayerId[]>([]);
	/** How many facts the data holds (the pieces of a territory series are one area, not facts). */
	factCount = $state.raw(0);
	/** Flat, numbered features for the map, derived once from `dataset`. */
	render = $state.raw<RenderCollection | null>(null);
	/** Every feature's visibility code per day, shared by the map's diff and the day's summary. */
	codes = $state.raw<DayCodes | null>(null);
	/** How the map and its key draw this data (rings, plain points by its size); built with `render`. */
	symbology = $state.raw<Symbology>(symbologyFor([]));
	/** The render collection in list order, for the day's summary; built with `render`. */
	#index = $state.raw<DayIndex | null>(null);
	/** Null while the map shows the project's own data; the reader's files when it shows theirs. */
	own = $state.raw<OwnData | null>(null);
	/** Which data is shown: PROJECT_DATA, or the key of a reader's opening (`replaceDataset`). */
	dataKey = $state.raw(PROJECT_DATA);
	/** Problems met while loading data (a missing file, an invalid feature), as readable sentences. */
	loadErrors = $state.raw<string[]>([]);
	/** Things a link asked for that could not be honoured, shown as a dismissible notice. */
	notices = $state.raw<string[]>([]);
	view = $state<ViewState>({ date: 0, place: null, camera: null, layers: [] });
	/** The last change to the view and who made it (MapView glides for a person, jumps for a link). */
	lastChange = $state.raw<ViewChange | null>(null);
	/** Set when the current selection moved the date, so the details panel can say so; cleared by the next. */
	revealed = $state.raw<Revealed | null>(null);
	/**
	 * What the rule shows on the chosen day: the counts per layer, the count in the enabled layers and
	 * the newest LIST_LIMIT facts. One pass over typed arrays per step, shared by the list, the count
	 * and the layer toggles (that matters at 100,000 events).
	 */
	day = $derived.by((): DaySummary => {
		const index = this.#index;
		return index && this.view.date > 0 ? index.at(this.view.date, this.view.layers, LIST_LIMIT) : EMPTY_DAY;
	});
	/**
	 * Everything the map shows on the chosen day in the enabled layers, not only the newest LIST_LIMIT
	 * that `day` holds for the list: the same pass over the same day's codes (`DayIndex.at`, whose
	 * codes are already computed for the day), in the list's order. For downloads; computed when
	 * asked, never on a scrub step.
	 */
	dayInFull(): DaySummary {
		const index = this.#index;
		return index && this.view.date > 0 ? index.at(this.view.date, this.view.layers) : EMPTY_DAY;
	}
	/** The figures (numbers with no place on the map) shown on the chosen day, for the list. */
	#figures = $state.raw<FigureIndex | null>(null);
	figuresDay = $derived.by((): FiguresDay => {
		const index = this.#figures;
		return index && this.view.date > 0 ? index.at(this.view.date) : NO_FIGURES_DAY;
	});

	// Plain (non-reactive) collections on purpose: both are replaced or read, never observed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#byId = new Map<string, TimelineFeature>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#figureById = new Map<string, Figure>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#layerById = new Map<LayerId, LayerSpec>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#listeners = new Set<ViewListener>();
	/**
	 * The data this page can show again on Back/Forward, by key: the project's, and the reader's
	 * latest opening (an earlier one is let go when they open other files).
	 */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#held = new Map<string, HeldData>();

	/** The project's data, loaded (not a change: nothing has been shown yet). */
	setDataset(dataset: Dataset, errors: string[]): void {
		this.#show(PROJECT_DATA, { dataset, errors, own: null });
		// Until a link is read, every layer is on (not a change: nothing has been shown yet).
		this.view.layers = [...this.layerIds];
	}

	#show(key: string, held: HeldData): void {
		this.#held.set(key, held);
		this.dataKey = key;
		this.own = held.own;
		const { dataset, errors } = held;
		this.dataset = dataset;
		this.layers = dataset.layers;
		this.layerIds = dataset.layers.map((l) => l.id);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#layerById = new Map(dataset.layers.map((l) => [l.id, l]));
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, never observed
		const series = new Set(dataset.layers.filter((l) => l.style === 'territory').map((l) => l.id));
		held.built ??= this.#build(dataset, series);
		this.render = held.built.render;
		this.codes = held.built.codes;
		this.#index = held.built.index;
		this.symbology = held.built.symbology;
		this.factCount = dataset.features.filter((f) => !series.has(f.properties.layer)).length;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#byId = new Map(dataset.features.map((f) => [f.id, f]));
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#figureById = new Map(dataset.figures.map((f) => [f.id, f]));
		this.#figures = new FigureIndex(dataset.figures);
		this.loadErrors = errors;
	}

	/** The render collection, its day codes, the list's index and the symbology: the costly part of showing data. */
	#build(dataset: Dataset, series: ReadonlySet<LayerId>): NonNullable<HeldData['built']> {
		const render = toRenderCollection(dataset.features);
		const codes = new DayCodes(render.features.map((f) => f.properties));
		return {
			render,
			codes,
			index: new DayIndex(render.features, this.layerIds, codes, series),
			symbology: symbologyFor(render.features)
		};
	}

	/**
	 * Shows other data (a reader's own files under a key of their opening, or the project's again
	 * under PROJECT_DATA) and the view with it, in one change that adds a history entry: Back returns
	 * to the data and the view before. The change carries the key, so the URL sync names only places
	 * and layers this data has.
	 */
	replaceDataset(
		key: string,
		dataset: Dataset,
		errors: string[],
		own: OwnData | null,
		view: ViewState
	): void {
		// A new opening lets an earlier one go; going back to the project's data keeps the files for Back.
		if (key !== PROJECT_DATA)
			for (const k of this.#held.keys()) if (k !== PROJECT_DATA && k !== key) this.#held.delete(k);
		this.#show(key, { dataset, errors, own });
		this.revealed = null;
		this.#commit(view, 'push', 'person');
	}

	/**
	 * Back/Forward reached an entry of other data: shows that data again, if the page still holds it
	 * (false if not: the reader opened other files since, or reloaded). The view follows with
	 * `restore`.
	 */
	showData(key: string): boolean {
		if (key === this.dataKey) return true;
		const held = this.#held.get(key);
		if (!held) return false;
		this.#show(key, held);
		this.revealed = null;
		return true;
	}

	/**
	 * Loaded, and nothing to show (every data file missing or invalid): the timeline and the list then
	 * say so instead of offering today's date and "0 of 0".
	 */
	get noData(): boolean {
		return this.dataset !== null && this.dataset.features.length === 0 && this.dataset.figures.length === 0;
	}

	feature(id: string | null): TimelineFeature | undefined {
		return id === null ? undefined : this.#byId.get(id);
	}

	/** A figure (figures.json) by id: the selection holds a feature's id or a figure's. */
	figure(id: string | null): Figure | undefined {
		return id === null ? undefined : this.#figureById.get(id);
	}

	/** The declaration of a layer (label, colour…), or undefined for an id the data does not declare. */
	layer(id: LayerId): LayerSpec | undefined {
		return this.#layerById.get(id);
	}

	/** Every change to the view, in order, synchronously; returns an unsubscribe function. */
	onViewChange(listener: ViewListener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** The one way the view changes: apply, record, tell. */
	#commit(next: ViewState, mode: HistoryMode, by: ChangeSource): void {
		const before = copyView(this.view);
		// Field by field, and only what changed: an effect that reads the place must not run again
		// because the date moved (a scrub step would otherwise wake every reader of the view).
		const v = this.view;
		if (v.date !== next.date) v.date = next.date;
		if (v.place !== next.place) v.place = next.place;
		if (!sameCamera(v.camera, next.camera)) v.camera = next.camera && { ...next.camera };
		if (v.layers.join() !== next.layers.join()) v.layers = [...next.layers];
		if (!sameWindow(v.window, next.window)) v.window = next.window && { ...next.window };
		const change: ViewChange = { view: copyView(this.view), before, mode, by, data: this.dataKey };
		this.lastChange = change;
		for (const l of this.#listeners) l(change);
	}

	#with(patch: Partial<ViewState>): ViewState {
		return { ...(this.view as ViewState), ...patch };
	}

	/** Scrubbing: frequent, so it replaces the history entry instead of adding one. */
	setDate(day: number, mode: HistoryMode = 'replace'): void {
		if (day === this.view.date) return;
		this.#commit(this.#with({ date: day }), mode, 'person');
	}

	/**
	 * Selecting is a step people want Back to undo. A place the map does not show on the chosen day
	 * (an event still to come, a state that has ended) is never an invisible highlight: the date moves
	 * to the nearest day it is shown on, in the same change and the same history entry. A figure (a
	 * number with no place) is selected the same way and moves the date by the same rule; having no
	 * place, it leaves the map's camera alone.
	 */
	select(id: string | null, mode: HistoryMode = 'push'): void {
		if (id === this.view.place) return;
		const index = id === null ? undefined : this.render?.features.findIndex((f) => f.properties.id === id);
		const keys =
			index !== undefined && index >= 0
				? this.render?.features[index]?.properties
				: id !== null
					? this.#figures?.keys(id)
					: undefined;
		const to = keys ? dayToReveal(keys, this.view.date) : null;
		const revealed = id !== null && to !== null ? { place: id, from: this.view.date, to } : null;
		this.revealed = revealed;
		this.#commit(this.#with({ place: id, ...(revealed ? { date: revealed.to } : {}) }), mode, 'person');
	}

	setLayers(layers: readonly LayerId[], mode: HistoryMode = 'push'): void {
		const next = this.layerIds.filter((l) => layers.includes(l));
		if (next.join() === this.view.layers.join()) return;
		this.#commit(this.#with({ layers: next }), mode, 'person');
	}

	toggleLayer(layer: LayerId): void {
		const on = this.view.layers.includes(layer);
		this.setLayers(on ? this.view.layers.filter((l) => l !== layer) : [...this.view.layers, layer]);
	}

	/** A camera chosen by a person (a pan or zoom) or on their behalf (framing the place they chose). */
	setCamera(camera: Camera | null, mode: HistoryMode = 'replace'): void {
		const next = camera && roundCamera(camera);
		if (sameCamera(this.view.camera, next)) return;
		this.#commit(this.#with({ camera: next }), mode, 'person');
	}

	/**
	 * The days the timeline's detail track shows (a zoom or a pan: frequent, so it replaces the history
	 * entry); undefined for the window a visit opens on. The map does not read it.
	 */
	setWindow(window: DayRange | undefined, mode: HistoryMode = 'replace'): void {
		if (sameWindow(this.view.window, window)) return;
		this.#commit(this.#with({ window }), mode, 'person');
	}

	/**
	 * The link to this view (the full map's, never an embed's) under the site's base path: what Copy
	 * link and an embed's "Open the full map" give. A selected figure links to its own page.
	 */
	href(base: string): string {
		return viewHref(this.view, this.layerIds, base, { has: (id) => this.figure(id) !== undefined });
	}

	/** The opening link or Back/Forward: replace everything; the history already holds it. */
	restore(view: ViewState, by: Exclude<ChangeSource, 'person'>): void {
		this.revealed = null;
		this.#commit(view, 'replace', by);
	}
}

function sameCamera(a: Camera | null, b: Camera | null): boolean {
	return a === b || (!!a && !!b && a.lat === b.lat && a.lon === b.lon && a.zoom === b.zoom);
}

/** A plain copy of a view, so a change record keeps the state of its moment. */
function copyView(v: ViewState): ViewState {
	return {
		date: v.date,
		place: v.place,
		camera: v.camera && { ...v.camera },
		layers: [...v.layers],
		...(v.window ? { window: { ...v.window } } : {})
	};
}
