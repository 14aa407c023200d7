/**
 * The app's state, in its three kinds kept apart:
 * - data: loaded once and validated where it enters (`dataset`, `loadErrors`);
 * - view state: what a link reproduces (`view`), changed only through the methods below so the URL
 *   layer can observe every change and decide between replaceState and pushState;
 * - UI ephemera (hover, open panels): never here, they live in the components that own them.
 */
import type { Dataset, LayerId, TimelineFeature } from '$lib/data/types';
import { toRenderCollection, type RenderCollection } from '$lib/data/render';
import { DayCodes } from '$lib/time/day-codes';
import { DayIndex, EMPTY_DAY, LIST_LIMIT, type DaySummary } from '$lib/timeline/visible';
import { ALL_LAYERS, type Camera, type ViewState } from './view';

/** How a view change should reach the browser history. */
export type HistoryMode = 'push' | 'replace';

export type ViewListener = (view: ViewState, mode: HistoryMode) => void;

export class AppState {
	/** Validated data; null until loaded. */
	dataset = $state.raw<Dataset | null>(null);
	/** Flat, numbered features for the map, derived once from `dataset`. */
	render = $state.raw<RenderCollection | null>(null);
	/** Every feature's visibility code per day, shared by the map's diff and the day's summary. */
	codes = $state.raw<DayCodes | null>(null);
	/** The render collection in list order, for the day's summary; built with `render`. */
	#index = $state.raw<DayIndex | null>(null);
	/** Problems met while loading data (a missing file, an invalid feature), as readable sentences. */
	loadErrors = $state.raw<string[]>([]);
	/** Things a link asked for that could not be honoured, shown as a dismissible notice. */
	notices = $state.raw<string[]>([]);
	view = $state<ViewState>({ date: 0, place: null, camera: null, layers: [...ALL_LAYERS] });
	/**
	 * What the rule shows on the chosen day: the counts per layer, the count in the enabled layers and
	 * the newest LIST_LIMIT facts. One pass over typed arrays per step, shared by the list, the count
	 * and the layer toggles (that matters at 100,000 events).
	 */
	day = $derived.by((): DaySummary => {
		const index = this.#index;
		return index && this.view.date > 0 ? index.at(this.view.date, this.view.layers, LIST_LIMIT) : EMPTY_DAY;
	});

	// Plain (non-reactive) collections on purpose: both are replaced or read, never observed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#byId = new Map<string, TimelineFeature>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#listeners = new Set<ViewListener>();

	setDataset(dataset: Dataset, errors: string[]): void {
		this.dataset = dataset;
		this.render = toRenderCollection(dataset.features);
		this.codes = new DayCodes(this.render.features.map((f) => f.properties));
		this.#index = new DayIndex(this.render.features, this.codes);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#byId = new Map(dataset.features.map((f) => [f.id, f]));
		this.loadErrors = errors;
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

	/** The URL layer subscribes here; returns an unsubscribe function. */
	onViewChange(listener: ViewListener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#changed(mode: HistoryMode): void {
		const snapshot = $state.snapshot(this.view) as ViewState;
		for (const l of this.#listeners) l(snapshot, mode);
	}

	/** Scrubbing: frequent, so it replaces the history entry instead of adding one. */
	setDate(day: number, mode: HistoryMode = 'replace'): void {
		if (day === this.view.date) return;
		this.view.date = day;
		this.#changed(mode);
	}

	/** Selecting is a step people want Back to undo. */
	select(id: string | null, mode: HistoryMode = 'push'): void {
		if (id === this.view.place) return;
		this.view.place = id;
		this.#changed(mode);
	}

	setLayers(layers: LayerId[], mode: HistoryMode = 'push'): void {
		const next = ALL_LAYERS.filter((l) => layers.includes(l));
		if (next.join() === this.view.layers.join()) return;
		this.view.layers = next;
		this.#changed(mode);
	}

	toggleLayer(layer: LayerId): void {
		const on = this.view.layers.includes(layer);
		this.setLayers(on ? this.view.layers.filter((l) => l !== layer) : [...this.view.layers, layer]);
	}

	setCamera(camera: Camera | null, mode: HistoryMode = 'replace'): void {
		this.view.camera = camera;
		this.#changed(mode);
	}

	/** Back/Forward or a new link: replace everything without echoing to history. */
	restore(view: ViewState): void {
		this.view = view;
	}
}
