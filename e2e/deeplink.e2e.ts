/**
 * Deep links: a link copied from any state reopens exactly that state (date, place, map view, layers)
 * in a fresh browser; Back/Forward step through what the person did; a broken link still opens the
 * app, with a notice of what was ignored.
 */
import type { Browser, Page, TestInfo } from '@playwright/test';
import { PNG } from 'pngjs';
import type { Camera, ViewState as View } from '../src/lib/state/view';
import {
	expect,
	newAppContext,
	openApp,
	settledAddress,
	test,
	waitForApp,
	waitForMap,
	waitForMapIdle,
	withApp,
	withoutWebGL,
	type HookedWindow
} from './fixtures';

const MS_PER_DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;

async function view(page: Page): Promise<View> {
	return withApp(page, ({ app }) => JSON.parse(JSON.stringify(app.view)) as View);
}

/** The camera the map really shows, rounded as a link rounds it. */
async function mapCamera(page: Page): Promise<Camera> {
	return withApp(page, ({ map }) => {
		const r = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;
		const c = map.getCenter();
		return { lat: r(c.lat, 4), lon: r(c.lng, 4), zoom: r(map.getZoom(), 2) };
	});
}

/** The person's controls: the date slider, the event list and the layer switches. */
const ui = {
	setDate: (page: Page, iso: string) => page.getByRole('slider', { name: 'Date' }).fill(String(dayOf(iso))),
	select: (page: Page, id: string) =>
		page.locator(`[data-testid="event-list"] button[data-id="${id}"]`).click(),
	toggleLayer: (page: Page, layer: string) =>
		page.locator(`input[type="checkbox"][data-layer="${layer}"]`).click()
};

/** Opens a page in a brand-new context (no shared storage or history), failing on any console error. */
async function freshPage(browser: Browser, info: TestInfo) {
	const context = await newAppContext(browser, info);
	const page = await context.newPage();
	const problems: string[] = [];
	const origin = new URL(info.project.use.baseURL!).origin;
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
	page.on('request', (r) => {
		const u = r.url();
		if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin)
			problems.push(`off-origin: ${u}`);
	});
	return { context, page, problems };
}

/** Share of pixels that differ clearly between two screenshots of the same size. */
function pixelDiff(a: Buffer, b: Buffer): number {
	const pa = PNG.sync.read(a);
	const pb = PNG.sync.read(b);
	expect([pb.width, pb.height]).toEqual([pa.width, pa.height]);
	let differing = 0;
	for (let i = 0; i < pa.data.length; i += 4) {
		const d = Math.max(
			Math.abs(pa.data[i]! - pb.data[i]!),
			Math.abs(pa.data[i + 1]! - pb.data[i + 1]!),
			Math.abs(pa.data[i + 2]! - pb.data[i + 2]!)
		);
		if (d > 48) differing++;
	}
	return differing / (pa.width * pa.height);
}

/**
 * The map region, with the panels over it masked: the comparison is about what the map shows (panel
 * scroll and focus rings are not part of a link).
 */
async function mapShot(page: Page, path: string): Promise<Buffer> {
	return page.locator('.map-area').screenshot({
		path,
		mask: [page.locator('aside'), page.getByTestId('details-panel'), page.locator('.toolbar')],
		maskColor: '#ff00ff'
	});
}

/** A person's pan and zoom: drag the map, then the zoom-in button. */
async function panAndZoom(page: Page): Promise<void> {
	const box = (await page.locator('.map-area canvas').boundingBox())!;
	const x = box.x + box.width * 0.6;
	const y = box.y + box.height * 0.45;
	await page.mouse.move(x, y);
	await page.mouse.down();
	await page.mouse.move(x - 120, y - 60, { steps: 8 });
	await page.mouse.up();
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.mouse.move(1, 1);
	await page.waitForFunction(() => {
		const { app, map } = (window as HookedWindow).__frontline!;
		return (
			!!app && !!map && app.view.camera !== null && Math.abs(app.view.camera.zoom - map.getZoom()) < 0.01
		);
	});
	await waitForMapIdle(page);
}

test('a copied link reopens the same date, place, map view and layers in a fresh browser', async ({
	page,
	context,
	browser
}, info) => {
	test.setTimeout(120_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openApp(page);

	await ui.setDate(page, '2025-02-03');
	await ui.toggleLayer(page, 'kursk');
	// The comparison must tell views apart: the default framing of the same day, with the same
	// layers and nothing selected, shot here before the place and the camera change.
	await waitForMapIdle(page);
	const otherLayers = (await view(page)).layers;
	const other = await mapShot(page, 'e2e/screenshots/deeplink-other.png');
	await ui.select(page, 'poltava-strike');
	await panAndZoom(page);
	const before = await view(page);
	expect(before.place).toBe('poltava-strike');
	expect(before.date).toBe(dayOf('2025-02-03'));
	expect(before.layers).not.toContain('kursk');
	expect(before.camera).toEqual(await mapCamera(page));
	const shotA = await mapShot(page, 'e2e/screenshots/deeplink-source.png');

	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(link).pathname).toBe('/place/poltava-strike');
	expect(new URL(link).searchParams.get('date')).toBe('2025-02-03');
	// The address bar holds the same link once the writer caught up.
	expect(await settledAddress(page)).toBe(link);

	const fresh = await freshPage(browser, info);
	try {
		await openApp(fresh.page, link);
		expect(await view(fresh.page)).toEqual(before);
		expect(await mapCamera(fresh.page)).toEqual(before.camera);
		await expect(fresh.page.getByTestId('notices')).toHaveCount(0);
		expect(fresh.page.url()).toBe(link);
		await fresh.page.mouse.move(1, 1);
		const shotB = await mapShot(fresh.page, 'e2e/screenshots/deeplink-reopened.png');
		// Not zero: MapLibre places a label (Poltava's, left or right of its dot) by the way the camera
		// came, and the territory's long edges add antialiasing noise; a different view differs by > 5 %.
		expect(pixelDiff(shotA, shotB), 'share of differing map pixels').toBeLessThan(0.025);
		// The comparison can tell views apart: the default framing of the same day differs clearly.
		expect(otherLayers).toEqual(before.layers);
		expect(pixelDiff(shotA, other)).toBeGreaterThan(0.05);
		expect(fresh.problems).toEqual([]);
	} finally {
		await fresh.context.close();
	}
});

test('a place page opens the place at its date and pins the day in the address', async ({ page }) => {
	// Its link-preview head tags are read from the built file in built.e2e.ts. The view, the title and
	// the address, not the map (the map's camera on a place is in the copied-link test above).
	await withoutWebGL(page);
	await openApp(page, '/place/poltava-strike', { map: false });
	await expect(page).toHaveTitle('Missile strike on an apartment building in Poltava — Frontline Timeline');
	const v = await view(page);
	expect(v.place).toBe('poltava-strike');
	expect(v.date).toBe(dayOf('2025-02-01'));
	// The address now pins the day.
	expect(new URL(await settledAddress(page)).search).toBe('?date=2025-02-01');
});

test('Back and Forward step through select, layer change and another select', async ({ page }) => {
	test.setTimeout(120_000);
	await openApp(page, '/?date=2025-01-20');
	const states: View[] = [await view(page)];
	const startLength = await page.evaluate(() => history.length);
	const step = async (action: () => Promise<void>) => {
		await action();
		await waitForMapIdle(page);
		await settledAddress(page);
		states.push(await view(page));
	};
	await step(() => ui.select(page, 'kursk-incursion'));
	// A scrub and a pan between steps change the current entry, not the history length.
	await ui.setDate(page, '2025-02-02');
	await panAndZoom(page);
	await settledAddress(page);
	states[states.length - 1] = await view(page);
	await step(() => ui.toggleLayer(page, 'pokrovsk'));
	await step(() => ui.select(page, 'poltava-strike'));
	expect(states.map((s) => s.place)).toEqual([null, 'kursk-incursion', 'kursk-incursion', 'poltava-strike']);
	expect(await page.evaluate(() => history.length)).toBe(startLength + 3);

	const expectState = async (s: View) => {
		await expect.poll(() => view(page)).toEqual(s);
		if (s.camera) await expect.poll(() => mapCamera(page)).toEqual(s.camera);
	};
	for (let i = states.length - 2; i >= 0; i--) {
		await page.goBack();
		await expectState(states[i]!);
	}
	for (let i = 1; i < states.length; i++) {
		await page.goForward();
		await expectState(states[i]!);
	}
	// Restoring wrote nothing new: the history is as it was.
	expect(await page.evaluate(() => history.length)).toBe(startLength + 3);

	// After a reload, the same entries still step back (SvelteKit now navigates between them).
	// The checks read the view and the camera (set as the map is made), not the drawing: no map idle.
	await page.reload();
	await waitForApp(page, { map: false });
	await waitForMap(page);
	await expectState(states[3]!);
	for (let i = states.length - 2; i >= 0; i--) {
		await page.goBack();
		await waitForApp(page, { map: false });
		await waitForMap(page);
		await expectState(states[i]!);
	}
});

/**
 * Two bad links in the browser: what each parameter's checks say is in the URL unit and property
 * tests (src/lib/state/url.spec.ts, url.property.spec.ts: an unknown place, an impossible date, a date
 * outside the data, garbage or off-map coordinates, unknown layers, repeated and junk keys); here the
 * app opens such a link, shows the notice, rewrites the address and keeps working.
 */
const BAD_LINKS: { name: string; url: string; notice: string; check: (v: View) => void }[] = [
	{
		name: 'coordinates off the map',
		url: '/?at=89,-170,40',
		notice: 'The map position was outside the map',
		check: (v) => expect(v.camera).toEqual({ lat: 65, lon: 5, zoom: 12 })
	},
	{
		name: 'everything wrong at once on a place page',
		url: '/place/poltava-strike?date=2025-02-30&at=NaN,1,2&layers=,x,&date=1&%ZZ=%ZZ',
		notice: 'Ignored the date “2025-02-30”',
		check: (v) => {
			expect(v.place).toBe('poltava-strike');
			expect(v.date).toBe(dayOf('2025-02-01'));
			expect(v.camera).toBeNull();
		}
	}
];

for (const bad of BAD_LINKS) {
	test(`bad link, ${bad.name}: the app opens with a notice and still works`, async ({ page }) => {
		await openApp(page, bad.url);
		await expect(page.getByTestId('notices')).toContainText(bad.notice);
		await page.screenshot({ path: `e2e/screenshots/deeplink-bad-${bad.name.replaceAll(' ', '-')}.png` });
		await expect(page.getByRole('heading', { name: 'Frontline Timeline' })).toBeVisible();
		bad.check(await view(page));
		// The address bar now holds the canonical link: nothing of what was ignored is left.
		const url = new URL(await settledAddress(page));
		expect([...url.searchParams.keys()].every((k) => ['date', 'place', 'layers', 'at'].includes(k))).toBe(
			true
		);
		expect(url.searchParams.getAll('date')).toHaveLength(1);
		// Still works: a step is taken and written.
		const first = page.locator('[data-testid="event-list"] button[data-id]').first();
		const id = await first.getAttribute('data-id');
		await first.click();
		await expect.poll(() => new URL(page.url()).pathname).toBe(`/place/${id}`);
		await waitForMapIdle(page);
	});
}

test('when the clipboard is refused, the link is offered selected in a field', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) }
		});
	});
	// About the link field, not the map: the app's data and view are enough.
	await withoutWebGL(page);
	await openApp(page, '/?date=2025-01-15&layers=pokrovsk', { map: false });
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Copy the link' })).toBeVisible();
	const field = page.getByRole('textbox', { name: 'Link to this view' });
	await expect(field).toBeFocused();
	const link = await field.inputValue();
	expect(new URL(link).search).toBe('?date=2025-01-15&layers=pokrovsk');
	expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(
		link.length
	);
	// No native share sheet in headless desktop Chromium: the button is not offered.
	await expect(page.getByRole('button', { name: 'Share…' })).toHaveCount(0);
});
