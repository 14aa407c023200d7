/**
 * Faults a shared war map meets in the wild, none of which may take the app down: a browser without
 * WebGL (old phones, locked-down desktops), a data file or the manifest missing on a mis-deployed
 * host, and a link to a place (or a page) that does not exist. Each time the reader is told what is
 * missing and why, and everything else keeps working. (No WebGL is in no-webgl.e2e.ts: it needs its
 * own browser launch; what static hosts answer for an address they have no file for is in
 * hosting.e2e.ts.)
 */
import type { Page } from '@playwright/test';
import { FT_LAYER_IDS } from '../src/lib/map/expressions';
import { expect, openApp, test, waitForApp, waitForMapIdle, withApp, withoutWebGL } from './fixtures';

async function listIds(page: Page): Promise<string[]> {
	return page
		.getByTestId('event-list')
		.locator('button[data-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
}

/** The browser logs a failed fetch as a console error; these tests cause them on purpose. */
const HTTP_404 = 'the server responded with a status of 404';

/** The code chunks the app loads on demand (and, at first, to open). */
const CHUNKS = '**/_app/immutable/chunks/*.js';

test('a data file missing on the host: a notice names it, the other layers are drawn and listed', async ({
	page,
	watch
}) => {
	watch.allowConsole.push(HTTP_404);
	await page.route('**/data/strikes.geojson', (r) => r.fulfill({ status: 404, body: 'Not found' }));
	await openApp(page, '/', { map: false });
	await expect(page.getByTestId('notices')).toContainText(
		'data/strikes.geojson: could not be loaded (HTTP 404)'
	);
	const layers = await withApp(page, ({ app }) =>
		[...new Set(app.dataset?.features.map((f) => f.properties.layer))].sort()
	);
	expect(layers).toEqual(['kupiansk', 'kursk', 'pokrovsk', 'territory', 'velyka-novosilka']);

	await waitForMapIdle(page);
	const drawn = await withApp(
		page,
		({ map }, ids) => [
			...new Set(map.queryRenderedFeatures({ layers: ids }).map((f) => f.properties['layer']))
		],
		FT_LAYER_IDS as string[]
	);
	expect(drawn.length, 'other layers are drawn').toBeGreaterThan(0);
	expect(drawn).not.toContain('strikes');

	// The code that picks a place on the map comes with the first pointer move or click; should it not
	// arrive (offline, a release replaced the file), a notice says so and the next click asks again.
	const at = await withApp(
		page,
		({ map }, layers) => {
			const hit = map.queryRenderedFeatures({ layers }).find((f) => f.geometry.type === 'Point');
			if (!hit || hit.geometry.type !== 'Point') return null;
			const p = map.project(hit.geometry.coordinates as [number, number]);
			const box = map.getCanvas().getBoundingClientRect();
			return { x: box.left + p.x, y: box.top + p.y };
		},
		FT_LAYER_IDS as string[]
	);
	expect(at, 'a point is drawn').not.toBeNull();
	watch.allowConsole.push('net::ERR_FAILED');
	await page.route(CHUNKS, (r) => r.abort('failed'));
	await page.mouse.click(at!.x, at!.y);
	await expect(page.getByTestId('notices')).toContainText('Picking a place on the map could not be loaded');
	await expect(page.getByTestId('details-panel')).toHaveCount(0);
	await page.unroute(CHUNKS);
	await page.mouse.click(at!.x, at!.y);
	// The place's details, or the chooser where several lie under the point.
	await expect(page.getByTestId('details-panel').or(page.getByTestId('overlap-chooser'))).toBeVisible();
	await page.keyboard.press('Escape');

	const ids = await listIds(page);
	expect(ids.length).toBeGreaterThan(0);
	await page.getByTestId('event-list').locator('button[data-id]').first().click();
	await expect(page.getByTestId('details-panel')).toBeVisible();
});

test('code that comes late does not take the focus from where the reader has since put it', async ({
	page
}) => {
	// About the focus and the parts loaded on demand (the panel, a cluster's list), not the map.
	await withoutWebGL(page);
	await openApp(page, '/', { map: false });
	// A slow connection: the code loaded on demand is held until the test lets it through.
	let gate: Promise<void> | null = null;
	let asked = 0;
	await page.route(CHUNKS, async (r) => {
		if (gate) {
			asked += 1;
			await gate;
		}
		await r.continue();
	});
	const hold = (): (() => Promise<void>) => {
		let release = (): void => {};
		gate = new Promise<void>((r) => (release = r));
		asked = 0;
		return async () => {
			await expect.poll(() => asked, 'the part was asked for while its code was held').toBeGreaterThan(0);
			gate = null;
			release();
		};
	};
	const slider = page.getByTestId('date-slider');
	const panel = page.getByTestId('details-panel');

	// A place is chosen; while its details are on the way the reader goes on to the slider.
	let letThrough = hold();
	await page.getByTestId('event-list').locator('button[data-id]').first().click();
	await slider.focus();
	await letThrough();
	await expect(panel).toBeVisible();
	await expect(slider).toBeFocused();
	// Once here, the panel takes the focus as it opens, as always.
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(slider).toBeFocused();
	await page.getByTestId('event-list').locator('button[data-id]').first().click();
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await page.keyboard.press('Escape');

	// Late code still takes the focus when the reader has not moved it: a cluster's list of marks.
	await slider.focus();
	await page.keyboard.press('0');
	const cluster = page.locator('.rows .mark.cluster').first();
	letThrough = hold();
	await cluster.click();
	await letThrough();
	await expect(page.getByTestId('cluster-list').locator('li button').first()).toBeFocused();
});

test('the manifest missing on the host: a notice names it and the app shell still works', async ({
	page,
	watch
}) => {
	watch.allowConsole.push(HTTP_404);
	await page.route('**/data/index.json', (r) => r.fulfill({ status: 404, body: 'Not found' }));
	await openApp(page, '/', { map: false });
	await expect(page.getByTestId('notices')).toContainText('data/index.json: could not be loaded (HTTP 404)');
	await expect(page.getByRole('heading', { name: 'Frontline Timeline' })).toBeVisible();
	await expect(page.getByTestId('event-list')).toHaveCount(0);
	// No made-up day and no "0 of 0": the timeline and the list say there is nothing to show.
	await expect(page.getByTestId('date-label')).toHaveText('No data to show');
	await expect(page.getByTestId('visible-count')).toHaveText('');
	await expect(page.getByTestId('date-slider')).toHaveCount(0);
	await expect(page.getByTestId('play')).toBeDisabled();
	await expect(page.getByRole('heading', { name: 'On the map', exact: true })).toBeVisible();
	await expect(
		page.getByText('No data could be loaded: the notice at the top of the page says what is missing.')
	).toBeVisible();
	// The basemap is still there to look at, and the rest of the shell answers.
	await waitForMapIdle(page);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.screenshot({ path: 'e2e/screenshots/faults-no-manifest.png' });
	await page.getByRole('button', { name: 'Dismiss notice' }).click();
	await expect(page.getByTestId('notices')).toBeHidden();
});

test.describe('addresses with no page', () => {
	// What each kind of static host answers for an address it has no file for (its 404.html, 200.html
	// or index.html, at the root and under a sub-path) is in hosting.e2e.ts; this is the preview server.
	test('/place/<unknown id> opens the whole map with a notice', async ({ page, watch }) => {
		watch.allowConsole.push(HTTP_404);
		// About the address, the notice and the list, not the map.
		await withoutWebGL(page);
		const res = await page.goto('/place/atlantis-strike');
		expect(res?.status()).toBe(404);
		await waitForApp(page, { map: false });
		await expect(page.getByTestId('notices')).toContainText('No place “atlantis-strike” in the data');
		await expect(page.getByTestId('date-slider')).toBeVisible();
		// The address becomes the canonical link of what is shown, and the app works from there.
		await expect.poll(() => new URL(page.url()).pathname).toBe('/');
		const first = page.getByTestId('event-list').locator('button[data-id]').first();
		const id = await first.getAttribute('data-id');
		await first.click();
		await expect(page.getByTestId('details-panel')).toBeVisible();
		await expect.poll(() => new URL(page.url()).pathname).toBe(`/place/${id}`);
	});
});
