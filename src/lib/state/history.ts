/**
 * Keeps the address bar and the view state in step, both ways:
 * - on load, the link is parsed (once the data is there to validate it) and restored, with notices for
 *   what it asked for and could not get; the address is then rewritten in its canonical form;
 * - scrubbing and panning rewrite the current history entry (throttled, trailing edge: no history
 *   spam), selecting a place or changing layers adds one, so Back/Forward step through what the person
 *   did; popstate restores that state without echoing it back into history.
 *
 * It writes through SvelteKit's shallow routing (`pushState`/`replaceState` from `$app/navigation`),
 * so Kit's router knows every entry and Back between them never triggers a navigation.
 */
import { pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import type { PathnameWithSearchOrHash } from '$app/types';
import type { AppState, HistoryMode } from './app.svelte';
import { parseLocation, roundCamera, viewHref, type UrlContext } from './url';
import type { Camera, ViewState } from './view';

export interface UrlSyncOptions {
	app: AppState;
	ctx: UrlContext;
	/** Moves the map to a camera (null: the default framing) — MapView's `jumpTo`. */
	jumpTo(camera: Camera | null): void;
	/** SvelteKit's base path (`base` from `$app/paths`), to read the place from `<base>/place/<id>`. */
	base?: string;
	/** Shortest gap between two `replaceState` calls; 250 ms keeps it at 4 per second at most. */
	throttleMs?: number;
}

export class UrlSync {
	#app: AppState;
	#ctx: UrlContext;
	#jumpTo: (camera: Camera | null) => void;
	#base: string;
	#throttleMs: number;
	/** True while a restore moves the map, so its moveend is not taken for a person's pan. */
	#restoring = false;
	/**
	 * Where the last restore left the map (null framing included). A later moveend that ends there is
	 * the map settling (a resize, a panel opening), not a person moving it, and must not add `at=`.
	 */
	#framed: Camera | null = null;
	/** The state the current history entry should hold once pending writes are flushed. */
	#last: ViewState | null = null;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#unsubscribe: (() => void) | null = null;

	constructor(options: UrlSyncOptions) {
		this.#app = options.app;
		this.#ctx = options.ctx;
		this.#jumpTo = options.jumpTo;
		this.#base = options.base ?? '';
		this.#throttleMs = options.throttleMs ?? 250;
	}

	/** Reads the current location into the app, then follows every view change. Call once, after data loaded. */
	start(): void {
		const { view, notices } = this.#parseHere();
		this.#restore(view);
		this.#app.notices = notices;
		this.#write('replace', view);
		this.#unsubscribe = this.#app.onViewChange((v, mode) => this.#changed(v, mode));
		addEventListener('popstate', this.#onPopState);
	}

	/** MapView's moveend: a pan or zoom by the person (or a fly-to) becomes the camera state. */
	mapMoved(camera: Camera): void {
		const c = roundCamera(camera);
		if (this.#restoring) {
			this.#framed = c;
			return;
		}
		if (this.#framed && sameCamera(c, this.#framed)) return;
		this.#framed = null;
		const now = this.#app.view.camera;
		if (now && sameCamera(now, c)) return;
		this.#app.setCamera(c);
	}

	/** Stops following; writes a pending address first so the last step is not lost. */
	destroy(): void {
		this.#flush();
		this.#unsubscribe?.();
		removeEventListener('popstate', this.#onPopState);
	}

	#parseHere() {
		return parseLocation(location.pathname, location.search, this.#ctx, this.#base);
	}

	#onPopState = (): void => {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
		const { view, notices } = this.#parseHere();
		this.#restore(view);
		// Entries this app wrote are canonical; notices only come from an address edited by hand.
		if (notices.length > 0) this.#app.notices = notices;
	};

	#restore(view: ViewState): void {
		this.#last = copy(view);
		this.#framed = null;
		this.#app.restore(view);
		this.#restoring = true;
		try {
			this.#jumpTo(view.camera);
		} finally {
			this.#restoring = false;
		}
	}

	#changed(changed: ViewState, mode: HistoryMode): void {
		const view = copy(changed);
		if (mode === 'replace') {
			this.#last = view;
			this.#timer ??= setTimeout(() => this.#flush(), this.#throttleMs);
			return;
		}
		// A step: first settle the current entry with the state just before it (a pending scrub),
		// then add the new entry.
		this.#flush();
		this.#last = view;
		this.#write('push', view);
	}

	#flush(): void {
		if (this.#timer === null) return;
		clearTimeout(this.#timer);
		this.#timer = null;
		if (this.#last) this.#write('replace', this.#last);
	}

	#write(mode: HistoryMode, view: ViewState): void {
		// resolve() adds the base path; viewHref's path is one of the app's own routes.
		const href = resolve(viewHref(view) as PathnameWithSearchOrHash);
		if (mode === 'push') pushState(href, {});
		else replaceState(href, {});
	}
}

/**
 * A private copy: the state handed to listeners may be the live object (as on the server), and the
 * entry written later must hold the state of its moment.
 */
function copy(view: ViewState): ViewState {
	return { ...view, layers: [...view.layers], camera: view.camera && { ...view.camera } };
}

function sameCamera(a: Camera, b: Camera): boolean {
	return a.lat === b.lat && a.lon === b.lon && a.zoom === b.zoom;
}
