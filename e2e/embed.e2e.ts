/**
 * Embed mode (issue #16, part 2): an article on another origin frames `/?embed…` with the README's
 * snippet (title, loading="lazy", allow, sandbox), and a reader drives it there: scrubs the slider,
 * selects a place on the map, opens the full map from it, copies its link, downloads the day. The
 * embed shows the map, the slider, the details and its bar; no masthead, no side column; the credits
 * stay in sight. Nothing in the frame throws or logs an error under the sandbox.
 *
 * The article is a tiny page served by node:http inside the test, on `localhost` at a free port the
 * system picks: another origin than the app's `127.0.0.1:<E2E_PORT>` (host and port both differ).
 */
import { createServer, type Server } from 'node:http';
import type { Frame, FrameLocator, Page } from '@playwright/test';
import { expect, newAppContext, test, watchPage } from './fixtures';
import type { HookedWindow } from './fixtures';

const APP_PORT = Number(process.env.E2E_PORT ?? 4183);
const APP = `http://127.0.0.1:${APP_PORT}`;
/** The article's origin, once its server listens. */
let ARTICLE = '';

/** The README's snippet (Publishing › Embedding), with the size and address the test asks for. */
function article(src: string, width: number, height: number): string {
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article</title>
<style>body{margin:0;font:16px sans-serif} iframe{display:block}</style></head>
<body>
<iframe
  src="${src}"
  title="Frontline Timeline: interactive map of the Russia–Ukraine war, winter 2024–25"
  width="${width}" height="${height}" style="border: 0; max-width: 100%"
  loading="lazy"
  allow="clipboard-write; fullscreen"
  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads"
></iframe>
<p>The article goes on.</p>
</body></html>`;
}

let server: Server;

test.beforeAll(async () => {
	server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (url.pathname !== '/article') {
			// The browser's own asks (favicon.ico): nothing, and no 404 in the console.
			res.writeHead(204).end();
			return;
		}
		const src = `${APP}${url.searchParams.get('src') ?? '/?embed'}`;
		const w = Number(url.searchParams.get('w'));
		const h = Number(url.searchParams.get('h'));
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(article(src, w, h));
	});
	await new Promise<void>((done) => server.listen(0, 'localhost', done));
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('the article server has no port');
	ARTICLE = `http://localhost:${address.port}`;
});

test.afterAll(async () => {
	await new Promise((done) => server.close(done));
});

/** The app's frame, once its data is in and the link applied, and its map idle. */
async function embedFrame(page: Page): Promise<Frame> {
	await expect.poll(() => page.frames().some((f) => f.url().startsWith(APP))).toBe(true);
	const frame = page.frames().find((f) => f.url().startsWith(APP))!;
	await frame.waitForFunction(() => {
		const app = (window as HookedWindow).__frontline?.app;
		return !!app?.dataset && app.view.date > 0 && !!(window as HookedWindow).__frontline?.map;
	});
	await mapIdle(frame);
	return frame;
}

async function mapIdle(frame: Frame): Promise<void> {
	await frame.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = (window as HookedWindow).__frontline!.map!;
				if (map.loaded() && !map.isMoving() && map.areTilesLoaded()) return resolve();
				map.once('idle', () => resolve());
				map.triggerRepaint();
			})
	);
}

/** Page coordinates of a drawn point: projected in the frame, plus the frame's and canvas's offsets. */
async function pointOf(page: Page, frame: Frame, id: string): Promise<{ x: number; y: number }> {
	const inFrame = await frame.evaluate((fid) => {
		const map = (window as HookedWindow).__frontline!.map!;
		const hit = map.queryRenderedFeatures({ layers: ['ft-points'] }).find((f) => f.properties['id'] === fid);
		if (!hit || hit.geometry.type !== 'Point') return null;
		const p = map.project(hit.geometry.coordinates as [number, number]);
		const box = map.getCanvas().getBoundingClientRect();
		return { x: box.left + p.x, y: box.top + p.y };
	}, id);
	expect(inFrame, `${id} is drawn on the embedded map`).not.toBeNull();
	const frameBox = (await page.locator('iframe').boundingBox())!;
	return { x: frameBox.x + inFrame!.x, y: frameBox.y + inFrame!.y };
}

type Box = { x: number; y: number; width: number; height: number };
function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every part the embed shows is inside the frame, and none covers another. */
async function expectLaidOut(embed: FrameLocator, size: { width: number; height: number }, state: string) {
	const parts = {
		bar: embed.getByTestId('embed-bar'),
		zoom: embed.locator('.maplibregl-ctrl-top-right'),
		credits: embed.locator('.maplibregl-ctrl-attrib'),
		timeline: embed.locator('.timeline-bar')
	};
	const boxes: Record<string, Box> = {};
	for (const [name, loc] of Object.entries(parts)) {
		await expect(loc, `${state}: ${name} shows`).toBeVisible();
		const b = (await loc.boundingBox())!;
		boxes[name] = b;
	}
	const frameBox = (await embed.owner().boundingBox())!;
	for (const [name, b] of Object.entries(boxes)) {
		const inside =
			b.x >= frameBox.x - 0.5 &&
			b.y >= frameBox.y - 0.5 &&
			b.x + b.width <= frameBox.x + size.width + 0.5 &&
			b.y + b.height <= frameBox.y + size.height + 0.5;
		expect(inside, `${state}: ${name} is inside the ${size.width}x${size.height} frame`).toBe(true);
	}
	const names = Object.keys(boxes);
	for (const [i, a] of names.entries()) {
		for (const b of names.slice(i + 1)) {
			expect(overlaps(boxes[a]!, boxes[b]!), `${state}: ${a} and ${b} do not overlap`).toBe(false);
		}
	}
	const details = embed.getByTestId('details-panel');
	if (await details.isVisible()) {
		const d = (await details.boundingBox())!;
		for (const name of ['bar', 'credits', 'timeline']) {
			expect(overlaps(d, boxes[name]!), `${state}: the details and ${name} do not overlap`).toBe(false);
		}
	}
}

test('an article on another origin embeds the map: scrub, select, open the full map, copy, download', async ({
	browser
}, info) => {
	const context = await newAppContext(browser, info, { viewport: { width: 1400, height: 900 } });
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const page = await context.newPage();
	const watch = watchPage(page, APP);
	const src = '/?embed&date=2025-02-06&layers=territory,strikes';
	await page.goto(`${ARTICLE}/article?w=1280&h=720&src=${encodeURIComponent(src)}`);
	const frame = await embedFrame(page);
	const embed = page.frameLocator('iframe');

	// The embed's parts, and not the full page's.
	await expect(embed.getByTestId('embed-bar')).toBeVisible();
	await expect(embed.locator('.masthead')).toHaveCount(0);
	await expect(embed.locator('#side-panel')).toHaveCount(0);
	await expect(embed.getByRole('slider', { name: 'Date' })).toBeVisible();
	// The credits, the territory series' among them, in sight.
	const credits = embed.locator('.maplibregl-ctrl-attrib');
	await expect(credits).toBeVisible();
	await expect(credits).toContainText('MapLibre');
	await expect(credits).toContainText('DeepStateMap');
	// The link's parameters were honoured, and the frame's own address keeps ?embed.
	expect(await frame.evaluate(() => (window as HookedWindow).__frontline!.app!.view.layers)).toEqual([
		'territory',
		'strikes'
	]);
	await expect.poll(() => frame.evaluate(() => location.search)).toContain('embed');

	// Scrub: back five days to 1 February, the Poltava strike's day.
	const slider = embed.getByRole('slider', { name: 'Date' });
	await slider.focus();
	for (let i = 0; i < 5; i++) await slider.press('ArrowLeft');
	await expect(embed.getByTestId('date-label')).toHaveText('Sat 1 Feb 2025');
	await mapIdle(frame);

	// Select: the place on the map (the list is not in an embed).
	const at = await pointOf(page, frame, 'poltava-strike');
	await page.mouse.click(at.x, at.y);
	const panel = embed.getByTestId('details-panel');
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
		'Missile strike on an apartment building in Poltava'
	);
	await mapIdle(frame);
	await expect
		.poll(() => frame.evaluate(() => location.pathname + location.search))
		.toMatch(/^\/place\/poltava-strike\?.*date=2025-02-01.*&embed$/);

	// "Open the full map": the same view, on the full page, in a new tab.
	const full = embed.getByRole('link', { name: /Open the full map/ });
	await expect(full).toHaveAttribute('target', '_blank');
	await expect(full).toHaveAttribute('rel', /noopener/);
	const href = new URL((await full.getAttribute('href'))!, APP);
	expect(href.pathname).toBe('/place/poltava-strike');
	expect(href.searchParams.get('date')).toBe('2025-02-01');
	expect(href.searchParams.get('layers')).toBe('territory,strikes');
	expect(href.searchParams.has('embed')).toBe(false);

	await page.locator('iframe').screenshot({ path: info.outputPath('embed-1280x720.png') });
	await expectLaidOut(embed, { width: 1280, height: 720 }, '1280x720, a place selected');

	const [popup] = await Promise.all([page.waitForEvent('popup'), full.click()]);
	const popupWatch = watchPage(popup, APP);
	await popup.waitForFunction(() => !!(window as HookedWindow).__frontline?.app?.dataset);
	expect(new URL(popup.url()).pathname).toBe('/place/poltava-strike');
	await expect(popup.locator('.masthead')).toBeVisible();
	await expect(popup.getByTestId('embed-bar')).toHaveCount(0);
	await expect(popup.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(
		'Missile strike on an apartment building in Poltava'
	);
	expect(
		await popup.evaluate(() => {
			const v = (window as HookedWindow).__frontline!.app!.view;
			return { layers: v.layers, place: v.place };
		})
	).toEqual({ layers: ['territory', 'strikes'], place: 'poltava-strike' });
	expect(popupWatch.pageErrors).toEqual([]);
	await popup.close();

	// The menu: Copy link gives the full map's link (no embed); the day's GeoJSON downloads.
	await embed.getByText('Menu', { exact: true }).click();
	await embed.getByTestId('copy-link').click();
	await expect(embed.getByTestId('share-status')).toHaveText('Link copied');
	const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
	expect(copied.origin).toBe(APP);
	expect(copied.pathname).toBe('/place/poltava-strike');
	expect(copied.searchParams.get('date')).toBe('2025-02-01');
	expect(copied.searchParams.get('layers')).toBe('territory,strikes');
	expect(copied.searchParams.has('embed')).toBe(false);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		embed.getByRole('button', { name: /^GeoJSON of the/ }).click()
	]);
	expect(download.suggestedFilename()).toBe('frontline-2025-02-01.geojson');

	// Only the two origins were asked for anything; nothing threw or logged an error in the sandbox.
	expect(watch.offOrigin.filter((u) => new URL(u).origin !== ARTICLE)).toEqual([]);
	expect(watch.pageErrors).toEqual([]);
	expect(watch.consoleErrors).toEqual([]);
	await context.close();
});

test('the embed fits a 320x480 frame: the slider, the credits, the bar and the details sheet', async ({
	browser
}, info) => {
	const context = await newAppContext(browser, info, { viewport: { width: 400, height: 600 } });
	const page = await context.newPage();
	const watch = watchPage(page, APP);
	const src = '/place/poltava-strike?embed&date=2025-02-01';
	await page.goto(`${ARTICLE}/article?w=320&h=480&src=${encodeURIComponent(src)}`);
	await embedFrame(page);
	const embed = page.frameLocator('iframe');
	await expect(embed.getByTestId('details-panel')).toBeVisible();
	await expect(embed.locator('.maplibregl-ctrl-attrib')).toContainText('MapLibre');
	await page.locator('iframe').screenshot({ path: info.outputPath('embed-320x480-place.png') });
	await expectLaidOut(embed, { width: 320, height: 480 }, '320x480, a place selected');

	await embed.getByTestId('details-panel').getByRole('button', { name: /close/i }).click();
	await expect(embed.getByTestId('details-panel')).toBeHidden();
	await expectLaidOut(embed, { width: 320, height: 480 }, '320x480, nothing selected');
	await embed.getByText('Menu', { exact: true }).click();
	await expect(embed.getByRole('button', { name: /^CSV of the/ })).toBeInViewport();
	await page.locator('iframe').screenshot({ path: info.outputPath('embed-320x480-menu.png') });

	expect(watch.offOrigin.filter((u) => new URL(u).origin !== ARTICLE)).toEqual([]);
	expect(watch.pageErrors).toEqual([]);
	expect(watch.consoleErrors).toEqual([]);
	await context.close();
});

test('an embed stays blank until its own parts are in, never showing the full page’s masthead and column first', async ({
	page
}) => {
	// What the page looked like once its HTML was parsed, before the app's scripts could run.
	await page.addInitScript(() => {
		document.addEventListener('DOMContentLoaded', () => {
			const app = document.querySelector('.app');
			(window as unknown as { early: object }).early = {
				marked: document.documentElement.hasAttribute('data-embed'),
				visibility: app ? getComputedStyle(app).visibility : null,
				masthead: document.querySelector('.masthead') !== null
			};
		});
	});
	const early = () => page.evaluate(() => (window as unknown as { early?: object }).early);

	await page.goto('/?embed&date=2025-02-06');
	// The prerendered page is the full one, hidden by the head's script (allowed by its CSP hash: a
	// refused script would be a console error, which fails the test).
	expect(await early()).toEqual({ marked: true, visibility: 'hidden', masthead: true });
	await expect(page.getByTestId('embed-bar')).toBeVisible();
	await expect(page.locator('.app')).toHaveCSS('visibility', 'visible');
	await expect(page.locator('.masthead')).toHaveCount(0);

	// The full page (`?embed=0` says off) is never hidden.
	await page.goto('/?embed=0&date=2025-02-06');
	expect(await early()).toEqual({ marked: false, visibility: 'visible', masthead: true });
	await expect(page.locator('.masthead')).toBeVisible();
});
