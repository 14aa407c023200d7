/**
 * Keeps the address bar and the view state in step, both ways:
 * - on load, the link is parsed (once the data is there to validate it) and restored, with notices for
 *   what it asked for and could not get; the address is then rewritten in its canonical form;
 * - scrubbing and panning rewrite the current history entry once the view has rested (no history
 *   spam, and no work for the address during a scrub, when every frame counts), selecting a place or changing layers adds one, so Back/Forward step through what the person
 *   did; popstate restores that state without echoing it back into history.
 *
 * It writes through SvelteKit's shallow routing (`pushState`/`replaceState` from `$app/navigation`),
 * so Kit's router knows every entry and Back between them never triggers a navigation. Each entry's
 * state (`page.state.data`) names the data its view is of: the project's, or the files a reader
 * opened. Their opening is a step like any other, and Back across it shows that data again (the
 * address alone cannot say: it never holds a reader's data).
 */
import { pushState, replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { PROJECT_DATA, type AppState, type HistoryMode, type ViewChange } from './app.svelte';
import { withEmbed } from './embed';
import { parseLocation, urlContext, viewHref, type UrlContext } from './url';
import type { ViewState } from './view';

/**
 * The paths viewHref writes: the map or a place's or figure's page, each with its query. Narrower
 * than every path of the site (PathnameWithSearchOrHash), which grows with each route past what
 * TypeScript checks resolve()'s arguments against.
 */
type ViewPath = '/' | `/?${string}` | `/place/${string}` | `/figure/${string}`;

/** Back/Forward reached a view of files the page no longer holds (it opened others since, or reloaded). */
export const FILES_GONE_NOTICE =
	'This step showed files you had opened, which this page no longer holds: open them again to see it.';

export interface UrlSyncOptions {
	/** The app, with the data the page opened with (the project's) already set. */
	app: AppState;
	ctx: UrlContext;
	/** SvelteKit's base path (`base` from `$app/paths`), to read the place from `<base>/place/<id>`. */
	base?: string;
	/**
	 * How long a scrub or pan must rest before the entry is rewritten (a step, a Copy link and leaving
	 * the page do not wait: they use the view state, or flush first).
	 */
	restMs?: number;
	/** The page is an embed (`embed.ts`): its addresses keep `?embed`, so a reload in the frame stays one. */
	embed?: boolean;
}

export class UrlSync {
	#app: AppState;
	#ctx: UrlContext;
	/** The data `#ctx` was made from (AppState.dataKey): the one the current entry shows. */
	#data: string;
	#base: string;
	#restMs: number;
	#embed: boolean;
	/** The state the current history entry should hold once pending writes are flushed. */
	#last: ViewState | null = null;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#unsubscribe: (() => void) | null = null;

	constructor(options: UrlSyncOptions) {
		this.#app = options.app;
		this.#ctx = options.ctx;
		this.#data = options.app.dataKey;
		this.#base = options.base ?? '';
		this.#restMs = options.restMs ?? 250;
		this.#embed = options.embed ?? false;
	}

	/** Reads the current location into the app, then follows every view change. Call once, after data loaded. */
	start(): void {
		this.#unsubscribe = this.#app.onViewChange((change) => this.#changed(change));
		const { view, notices } = this.#parseHere();
		this.#app.restore(view, 'link');
		this.#app.notices = notices;
		this.#write('replace', view);
		addEventListener('popstate', this.#onPopState);
	}

	/**
	 * Validates against the data the app now shows (a reader opened their own files, or went back to
	 * the project's): the next address written names only what that data has.
	 */
	#follow(data: string): void {
		const dataset = this.#app.dataset;
		if (data === this.#data || !dataset) return;
		this.#data = data;
		this.#ctx = urlContext(dataset);
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
		// Kit's own popstate listener, added before this one, has set page.state for this entry.
		const data = page.state.data ?? PROJECT_DATA;
		const held = this.#app.showData(data);
		if (held) this.#follow(data);
		const { view, notices } = this.#parseHere();
		this.#app.restore(view, 'history');
		// Entries this app wrote are canonical; notices only come from an address edited by hand, or
		// from a view of files the page let go (whose places this data cannot name).
		if (!held) this.#app.notices = [FILES_GONE_NOTICE];
		else if (notices.length > 0) this.#app.notices = notices;
	};

	#changed({ view, mode, by, data }: ViewChange): void {
		// Other data: the entry being scrubbed is settled with the data it was of, then the sync follows.
		if (data !== this.#data) {
			this.#flush();
			this.#follow(data);
		}
		// The opening link and Back/Forward are already in the history: only remember where it stands.
		if (by !== 'person') {
			this.#last = view;
			return;
		}
		if (mode === 'replace') {
			this.#last = view;
			if (this.#timer !== null) clearTimeout(this.#timer);
			this.#timer = setTimeout(() => this.#flush(), this.#restMs);
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
		const path = viewHref(view, this.#ctx.layers, '', this.#ctx.figures);
		const href = resolve((this.#embed ? withEmbed(path) : path) as ViewPath);
		// A frame whose sandbox or host refuses history changes keeps working; only its address lags.
		const state: App.PageState = { data: this.#data };
		try {
			if (mode === 'push') pushState(href, state);
			else replaceState(href, state);
		} catch {
			// nothing to do: the view state, not the address, is what the page shows
		}
	}
}
