/**
 * The base test for every e2e file: it records each request, console error and page error of the
 * test, and fails the test if anything left the page's origin or anything went wrong in the console.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Watch {
	requests: string[];
	offOrigin: string[];
	consoleErrors: string[];
	pageErrors: string[];
	/** Console errors a test expects (e.g. a deliberate 404); matched by substring. */
	allowConsole: string[];
}

export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ page, baseURL }, use) => {
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
			await use(w);
			expect(w.offOrigin, 'requests that left the page origin').toEqual([]);
			expect(w.pageErrors, 'page errors').toEqual([]);
			const unexpected = w.consoleErrors.filter((e) => !w.allowConsole.some((a) => e.includes(a)));
			expect(unexpected, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Waits until MapLibre has loaded its style and drawn everything it has (the map's own `idle`). */
export async function waitForMapIdle(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			const m = (
				window as unknown as {
					__frontline?: { map?: { loaded(): boolean; isStyleLoaded(): boolean; areTilesLoaded(): boolean } };
				}
			).__frontline?.map;
			return !!m && m.loaded() && m.isStyleLoaded() && m.areTilesLoaded();
		},
		undefined,
		{ timeout: 30_000 }
	);
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const m = (
					window as unknown as {
						__frontline: { map: { once(ev: string, cb: () => void): void; triggerRepaint(): void } };
					}
				).__frontline.map;
				m.once('idle', () => resolve());
				m.triggerRepaint();
			})
	);
}
