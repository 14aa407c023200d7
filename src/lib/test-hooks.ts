/**
 * The app's live objects for the browser tests and the benchmark, on `window.__frontline`, and only
 * when the page asked for them before it loaded (an init script sets `window.__frontlineTestHooks`).
 * A reader's page never gets them. The e2e fixture (e2e/fixtures.ts) and the bench probe read the
 * same `TestHooks` type, so the shape lives here only.
 */
import type { MapContext } from './map/context';
import type { AppState } from './state/app.svelte';

/** What the app puts on `window.__frontline` for a page that asked. */
export interface TestHooks {
	/** The app's state (App.svelte). */
	app?: AppState;
	/** The MapLibre map, once constructed (MapView.svelte); absent without WebGL. */
	map?: MapContext['map'];
}

/** The window property an init script sets to `true` to ask for the hooks. */
export const TEST_HOOKS_FLAG = '__frontlineTestHooks';

type HookWindow = { __frontline?: TestHooks } & { [TEST_HOOKS_FLAG]?: unknown };

let asked: boolean | undefined;

/** Puts `value` on `window.__frontline[name]` if, and only if, the page asked for test hooks. */
export function exposeForTests<K extends keyof TestHooks>(name: K, value: TestHooks[K]): void {
	if (typeof window === 'undefined') return;
	const w = window as unknown as HookWindow;
	asked ??= w[TEST_HOOKS_FLAG] === true;
	if (!asked) return;
	w.__frontline = { ...w.__frontline, [name]: value };
}
