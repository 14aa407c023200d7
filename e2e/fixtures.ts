/**
 * The one set of helpers every e2e file uses:
 * - `test`: Playwright's test whose pages ask the app for its test hooks (`window.__frontline`, see
 *   src/lib/test-hooks.ts) and are watched: a test fails if anything left the page's origin, or a page
 *   error or an unexpected console error happened;
 * - `openApp` / `waitForApp`: the one way to open the app and wait for its data (and its map);
 * - `waitForMapIdle`: returns at once when the map has nothing left to load or draw;
 * - `withoutWebGL`: a page with no WebGL, for a check that never looks at the map;
 * - `withApp`: runs a function in the page with the app's hooks as its first argument, typed;
 * - `sharedApp`: one page for all the tests of a describe block that share a state, opened once;
 * - `expectAccessible`: an axe scan of the whole page.
 */
import AxeBuilder from '@axe-core/playwright';
import {
	test as base,
	expect,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page,
	type TestInfo
} from '@playwright/test';
import { TEST_HOOKS_FLAG, type TestHooks } from '../src/lib/test-hooks';

/** The hooks of a page that asked for them, once the app and (with WebGL) the map are there. */
export type Hooks = Required<TestHooks>;
/** `window` in a page function, for the few tests that read the hooks without `withApp`. */
export type HookedWindow = Window & { __frontline?: TestHooks };

export interface Watch {
	requests: string[];
	offOrigin: string[];
	consoleErrors: string[];
	pageErrors: string[];
	/** Console errors a test expects (e.g. a deliberate 404); matched by substring. */
	allowConsole: string[];
}

/** Records the page's requests, console errors and page errors from now on. */
export function watchPage(page: Page, baseURL: string | undefined): Watch {
	const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
	const w: Watch = { requests: [], offOrigin: [], consoleErrors: [], pageErrors: [], allowConsole: [] };
	page.on('request', (req) => {
		const url = req.url();
		w.requests.push(url);
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		if (new URL(url).origin !== origin) w.offOrigin.push(url);
	});
	page.on('console', (msg) => {
		if (msg.type() === 'error') w.consoleErrors.push(msg.text());
	});
	page.on('pageerror', (err) => w.pageErrors.push(String(err)));
	return w;
}

/** Fails on anything the watch saw that a test did not allow; then starts a clean record. */
export function expectCleanWatch(w: Watch): void {
	const unexpected = w.consoleErrors.filter((e) => !w.allowConsole.some((a) => e.includes(a)));
	const seen = { offOrigin: [...w.offOrigin], pageErrors: [...w.pageErrors], unexpected };
	w.requests.length = 0;
	w.offOrigin.length = 0;
	w.consoleErrors.length = 0;
	w.pageErrors.length = 0;
	w.allowConsole.length = 0;
	expect(seen.offOrigin, 'requests that left the page origin').toEqual([]);
	expect(seen.pageErrors, 'page errors').toEqual([]);
	expect(seen.unexpected, 'console errors').toEqual([]);
}

/** Asks every page of the context for the app's test hooks (before any of the page's scripts run). */
export async function askForHooks(context: BrowserContext): Promise<void> {
	await context.addInitScript((flag) => {
		(window as unknown as Record<string, unknown>)[flag] = true;
	}, TEST_HOOKS_FLAG);
}

/** A new browser context whose pages ask for the hooks, with the project's base URL and viewport. */
export async function newAppContext(
	browser: Browser,
	info: TestInfo,
	options: BrowserContextOptions = {}
): Promise<BrowserContext> {
	const { baseURL, viewport } = info.project.use;
	const context = await browser.newContext({ baseURL, viewport, ...options });
	await askForHooks(context);
	return context;
}

export const test = base.extend<{ watch: Watch }>({
	context: async ({ context }, use) => {
		await askForHooks(context);
		await use(context);
	},
	watch: [
		async ({ page, baseURL }, use) => {
			const w = watchPage(page, baseURL);
			await use(w);
			expectCleanWatch(w);
		},
		{ auto: true }
	]
});

export { expect };

export interface OpenOptions {
	/** Also wait for the map to be idle (default true; false where there is no map, or it does not matter). */
	map?: boolean;
}

/** Waits until the app has its data and has applied the link (and, by default, the map is idle). */
export async function waitForApp(page: Page, { map = true }: OpenOptions = {}): Promise<void> {
	await page.waitForFunction(() => {
		const app = (window as HookedWindow).__frontline?.app;
		return !!app?.dataset && (app.noData || app.view.date > 0);
	});
	if (map) await waitForMapIdle(page);
}

/** The one way to open the app: go to `path` and wait for it (see `waitForApp`). */
export async function openApp(page: Page, path = '/', options: OpenOptions = {}): Promise<void> {
	await page.goto(path);
	await waitForApp(page, options);
}

/**
 * From the page's next load on, a canvas gives no WebGL context, as in a browser without it: the app
 * takes its no-map path (e2e/no-webgl.e2e.ts), where the timeline, the list, the details, notices and
 * links all work. For a check that never looks at the map: nothing is drawn in software behind it.
 */
export async function withoutWebGL(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const getContext = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			id: string,
			options?: unknown
		) {
			return /webgl/.test(id) ? null : getContext.call(this, id, options);
		} as typeof getContext;
	});
}

/**
 * Waits until the map exists: its camera can be read (a link's camera is set when it is made), though
 * it may not have drawn anything yet. For checks of the camera, not of what the map shows.
 */
export async function waitForMap(page: Page): Promise<void> {
	await page.waitForFunction(() => !!(window as HookedWindow).__frontline?.map, undefined, {
		timeout: 30_000
	});
}

/**
 * Waits until MapLibre has nothing left to load or draw. Returns at once when the map is already
 * idle (style and tiles loaded, no camera move, no frame or label placement pending); otherwise
 * waits for the map's own `idle` event.
 */
export async function waitForMapIdle(page: Page): Promise<void> {
	await waitForMap(page);
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = (window as HookedWindow).__frontline!.map!;
				const internal = map as unknown as { _frameRequest?: unknown; _placementDirty?: boolean };
				const idle =
					map.loaded() &&
					!map.isMoving() &&
					map.areTilesLoaded() &&
					!internal._frameRequest &&
					!internal._placementDirty;
				if (idle) return resolve();
				map.once('idle', () => resolve());
				map.triggerRepaint();
			})
	);
}

/**
 * Runs `fn` in the page with the app's hooks (`{ app, map }`) as its first argument and `arg` as
 * its second. Like `page.evaluate`, `fn` is sent to the page as text: it may use only its arguments.
 */
export async function withApp<R, Arg = undefined>(
	page: Page,
	fn: (hooks: Hooks, arg: Arg) => R | Promise<R>,
	arg?: Arg
): Promise<R> {
	const hooks = await page.evaluateHandle(() => (window as HookedWindow).__frontline as Hooks);
	try {
		return await hooks.evaluate(fn as (hooks: Hooks, arg: unknown) => R | Promise<R>, arg as unknown);
	} finally {
		await hooks.dispose();
	}
}

/**
 * The address once the app has written its view there (a scrub, a pan or a zoom is written when it
 * rests, after `UrlSync`'s pause): it waits for the address to be the app's own link to the view, at
 * the site's root, not for a time. Returns the address.
 */
export async function settledAddress(page: Page): Promise<string> {
	await page.waitForFunction(() => {
		const app = (window as HookedWindow).__frontline?.app;
		return !!app && `${location.pathname}${location.search}` === app.href('');
	});
	return page.url();
}

/** Where a shared page starts each test: the view it opened on, with the map's camera. */
export interface Home {
	date: number;
	layers: string[];
	/** The timeline's window, if the link named one (else the one a visit opens on). */
	window: Hooks['app']['view']['window'];
	center: [number, number];
	zoom: number;
}

/** The page's current view and camera, to come back to with `goHome`. */
export async function homeOf(page: Page): Promise<Home> {
	return withApp(page, ({ app, map }) => {
		const c = map.getCenter();
		const window = app.view.window && { ...app.view.window };
		return {
			date: app.view.date,
			layers: [...app.view.layers],
			window,
			center: [c.lng, c.lat],
			zoom: map.getZoom()
		};
	});
}

/**
 * Brings a shared page back to `home` between tests: nothing selected, no chooser open, the date,
 * the layers, the timeline's window and the camera as they were, nothing focused, the map idle. What is already as it was
 * is left alone, so a test that changed nothing costs no new frame.
 */
export async function goHome(page: Page, home: Home): Promise<void> {
	const chooser = page.getByTestId('overlap-chooser');
	if (await chooser.isVisible()) await page.keyboard.press('Escape');
	await expect(chooser).toBeHidden();
	await withApp(
		page,
		async ({ app, map }, home) => {
			(document.activeElement as HTMLElement | null)?.blur();
			app.select(null);
			app.setLayers(home.layers);
			app.setDate(home.date);
			app.setWindow(home.window);
			// The camera last, once the effects of the state change (a deselection may move it) ran.
			await new Promise((r) => setTimeout(r, 0));
			const c = map.getCenter();
			const moved =
				Math.abs(c.lng - home.center[0]) > 1e-9 ||
				Math.abs(c.lat - home.center[1]) > 1e-9 ||
				Math.abs(map.getZoom() - home.zoom) > 1e-9;
			if (moved || map.isMoving()) map.jumpTo({ center: home.center, zoom: home.zoom });
		},
		home
	);
	await waitForMapIdle(page);
}

export interface SharedApp {
	readonly page: Page;
	readonly context: BrowserContext;
	readonly watch: Watch;
}

export interface SharedOptions extends OpenOptions {
	/** Where to open the app; null to leave the page blank (the first test opens it). Default '/'. */
	path?: string | null;
	/** Context options beyond the project's (a phone's viewport and touch, routes come later). */
	context?: BrowserContextOptions;
	/** Runs on the new page before the app is opened (routes, init scripts). */
	setup?: (page: Page) => Promise<void>;
	/** Before each test, go back to the view and camera the page opened on (`goHome`). */
	reset?: boolean;
	/** Runs once the app is open, before its state is taken as the page's home (e.g. a framing). */
	prepare?: (page: Page) => Promise<void>;
}

/**
 * One page, opened once, for the tests of the enclosing describe block that share its state. The
 * tests run in order in one worker (if one fails, the next ones get a fresh worker and page). After
 * each test the page's watch is checked as the `watch` fixture checks a test's own page.
 */
export function sharedApp(options: SharedOptions = {}): SharedApp {
	let state: SharedApp | undefined;
	let home: Home | undefined;
	/** The page has just opened: the first test needs no reset. */
	let fresh = false;
	const get = (): SharedApp => {
		if (!state) throw new Error('sharedApp: the page is opened in beforeAll; use it inside a test');
		return state;
	};
	test.describe.configure({ mode: 'default' });
	test.beforeAll(async ({ browser }, info) => {
		const context = await newAppContext(browser, info, options.context);
		const page = await context.newPage();
		const watch = watchPage(page, info.project.use.baseURL);
		state = { page, context, watch };
		await options.setup?.(page);
		if (options.path !== null) await openApp(page, options.path ?? '/', options);
		await options.prepare?.(page);
		if (options.reset) home = await homeOf(page);
		fresh = true;
	});
	test.beforeEach(async () => {
		if (state && home && !fresh) await goHome(state.page, home);
		fresh = false;
	});
	test.afterEach(() => {
		if (state) expectCleanWatch(state.watch);
	});
	test.afterAll(async () => {
		await state?.context.close();
		state = undefined;
	});
	return {
		get page() {
			return get().page;
		},
		get context() {
			return get().context;
		},
		get watch() {
			return get().watch;
		}
	};
}

/** Scans the whole page with axe; fails on any serious or critical violation, with where it is. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
	const result = await new AxeBuilder({ page }).analyze();
	expect(result.passes.length, `${state}: the scan looked at something`).toBeGreaterThan(10);
	const bad = result.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(bad, `${state}: serious or critical violations`).toEqual([]);
}
