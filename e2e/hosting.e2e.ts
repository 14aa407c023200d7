/**
 * Any static host: the build served the way hosts serve it (scripts/serve-static.js), with each kind
 * of fallback a host may use for an address it has no file for — `404.html` (GitHub Pages, Netlify),
 * `200.html` (Surge) and `index.html` (the usual single-page-app rewrite, nginx `try_files … /index.html`,
 * `npx serve -s`) — at the root of the host and under a sub-path (a second build, made with
 * FT_BASE_PATH). A deep link, a place page with a step inside the app, an unknown place and an
 * unknown address must open the app, and no request may leave the site's path or fail.
 *
 * The sub-path build goes to `$FT_BUILD_DIR-sub` (default build-sub/, with `$FT_OUT_DIR-sub` or
 * .sk-sub/ as SvelteKit's outDir): scripts/build-for-path.js's `forE2e()`. `npm test` makes it
 * before the browser suite (`node scripts/build-for-path.js`); this file's setup makes it again only
 * when an input of the build changed since (so the file also runs on its own).
 */
import { readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { ensureBuildForPath, forE2e } from '../scripts/build-for-path.js';
import { FALLBACKS, staticServer, type FallbackKind } from '../scripts/serve-static.js';
import {
	expect,
	expectCleanWatch,
	newAppContext,
	test,
	waitForApp,
	watchPage,
	withApp,
	withoutWebGL,
	type Watch
} from './fixtures';

const BUILD = process.env.FT_BUILD_DIR ?? 'build';
const SUB = forE2e();
const SUB_BASE = SUB.base;
const SUB_BUILD = SUB.buildDir;

const HTTP_404 = 'the server responded with a status of 404';
const MS_PER_DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;

/** A place with its own page, and the day its page opens on. */
const PLACE = { id: 'poltava-strike', day: '2025-02-01' };

/** A host serving one build: its origin and the site's path on it. */
interface Host {
	kind: FallbackKind;
	base: string;
	origin: string;
	/** The site's root URL, without a trailing slash. */
	root: string;
	close(): Promise<void>;
}

async function startHost(dir: string, kind: FallbackKind, base: string): Promise<Host> {
	const server = staticServer({ root: dir, fallback: kind, base });
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		kind,
		base,
		origin,
		root: `${origin}${base}`,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}

/** Requests that left the site's path, and responses that failed, from now on (the page itself aside). */
function watchSite(page: Page, host: Host) {
	const seen = { requests: [] as string[], outside: [] as string[], failed: [] as string[] };
	page.on('request', (req) => {
		const url = req.url();
		if (url.startsWith('data:') || url.startsWith('blob:')) return;
		seen.requests.push(url);
		const inside = url.startsWith(`${host.root}/`) || url === host.root || url.startsWith(`${host.root}?`);
		if (!inside) seen.outside.push(url);
	});
	page.on('response', (res) => {
		if (res.status() >= 400 && res.request().resourceType() !== 'document') {
			seen.failed.push(`${res.status()} ${res.url()}`);
		}
	});
	page.on('requestfailed', (req) => seen.failed.push(`${req.failure()?.errorText} ${req.url()}`));
	return seen;
}

/**
 * Whether a check draws the map and waits for it (idle), or runs without WebGL and waits only for
 * the app's data and view.
 */
interface MapWait {
	map: boolean;
}

interface HostPage {
	page: Page;
	context: BrowserContext;
	/** The project's watch (e2e/fixtures.ts): nothing off the origin, no page or console error. */
	watch: Watch;
	seen: ReturnType<typeof watchSite>;
}

/**
 * Runs `fn` as a step with a page of its own on `host`, in the context of the test, then fails on
 * anything the project's watch or the site watch saw: a request off the origin or outside the site's
 * path, a failed request, a page or console error. The page is closed after the step, whatever the
 * map still had to do: a new page for the next address (not a navigation of this one), so what this
 * one leaves unfinished is never counted as the next one's failed request.
 *
 * Without `map`, the page has no WebGL (`withoutWebGL`): the app takes its no-map path, which serves
 * an address check as well, and no map is drawn in software behind a check that does not look at
 * it (the suite is CPU-bound, two pages at once on two cores). Each page the hosts serve is still
 * seen drawing its map (see the tests below).
 */
async function onHost(
	context: BrowserContext,
	host: Host,
	title: string,
	{ map }: MapWait,
	fn: (p: HostPage) => Promise<void>
): Promise<void> {
	await test.step(title, async () => {
		const page = await context.newPage();
		try {
			if (!map) await withoutWebGL(page);
			const watch = watchPage(page, host.origin);
			const seen = watchSite(page, host);
			await fn({ page, context, watch, seen });
			// The check ran on the no-map path it asked for, not beside a map drawn anyway.
			if (!map) await expect(page.getByText('The map cannot be drawn here.')).toBeVisible();
			expectCleanWatch(watch);
			expect(seen.outside, 'requests outside the site’s path').toEqual([]);
			expect(seen.failed, 'failed requests').toEqual([]);
		} finally {
			await page.close();
		}
	});
}

/** The view the app shows, with its layers sorted. */
async function viewOf(page: Page) {
	return withApp(page, ({ app }) => ({
		date: app.view.date,
		place: app.view.place,
		layers: [...app.view.layers].sort(),
		camera: app.view.camera
	}));
}

const path = (page: Page) => new URL(page.url()).pathname;

/**
 * A deep link, an address the build has a file for (the host serves it the same whatever its
 * fallback): the view it names, and everything, the map's fonts included, read from the site's path.
 * Always waits for the map: the fonts are asked for only when it draws its labels.
 */
async function deepLink(context: BrowserContext, host: Host): Promise<void> {
	await onHost(
		context,
		host,
		'a deep link opens the day, place, layers and map view it names, from the site’s own path',
		{ map: true },
		async ({ page, seen }) => {
			const res = await page.goto(
				`${host.root}/place/${PLACE.id}?date=2025-02-03&layers=strikes,kursk&at=49.5937,34.5407,8.5`
			);
			expect(res?.status()).toBe(200);
			await waitForApp(page);
			expect(await viewOf(page)).toEqual({
				date: dayOf('2025-02-03'),
				place: PLACE.id,
				layers: ['kursk', 'strikes'],
				camera: { lat: 49.5937, lon: 34.5407, zoom: 8.5 }
			});
			await expect(page.getByTestId('details-panel')).toBeVisible();
			await expect(page.getByTestId('notices')).toBeHidden();
			expect(path(page)).toBe(`${host.base}/place/${PLACE.id}`);
			// The data, the basemap and the map's fonts were read, all from under the site's path.
			for (const file of ['/data/index.json', '/data/strikes.geojson', '/basemap/countries.geojson']) {
				expect(seen.requests, file).toContain(`${host.root}${file}`);
			}
			expect(seen.requests.some((u) => u.startsWith(`${host.root}/fonts/`) && u.endsWith('.woff2'))).toBe(
				true
			);
		}
	);
}

/**
 * A place page, with a step inside the app: a choice in the list, Copy link and Back stay under the
 * site's path. About addresses, not the map: no WebGL, and it waits for the app's data and view only.
 */
async function placePage(context: BrowserContext, host: Host): Promise<void> {
	await onHost(
		context,
		host,
		'a place page opens its place; a choice in the list and Copy link stay under the site’s path',
		{ map: false },
		async ({ page }) => {
			const res = await page.goto(`${host.root}/place/${PLACE.id}`);
			expect(res?.status()).toBe(200);
			// The place's own prerendered page, not the host's fallback.
			await expect(page).toHaveTitle(/Poltava/);
			await waitForApp(page, { map: false });
			expect(await viewOf(page)).toMatchObject({ place: PLACE.id, date: dayOf(PLACE.day) });

			const other = page
				.getByTestId('event-list')
				.locator(`button[data-id]:not([data-id="${PLACE.id}"])`)
				.first();
			const id = await other.getAttribute('data-id');
			expect(id).toBeTruthy();
			await other.click();
			await expect(page.getByTestId('details-panel')).toBeVisible();
			await expect.poll(() => path(page)).toBe(`${host.base}/place/${id}`);

			await page.getByRole('button', { name: 'Copy link' }).click();
			const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
			expect(link.origin + link.pathname).toBe(`${host.root}/place/${id}`);

			await page.goBack();
			await expect.poll(async () => (await viewOf(page)).place).toBe(PLACE.id);
			expect(path(page)).toBe(`${host.base}/place/${PLACE.id}`);
		}
	);
}

/**
 * An unknown place, answered with the host's fallback page: the whole map with a notice, never a
 * blank page. With `map`, also waits for the map to be drawn from the fallback page (one such check
 * per fallback page and build: see the tests below).
 */
async function unknownPlace(context: BrowserContext, host: Host, { map }: MapWait): Promise<void> {
	const fallback = FALLBACKS[host.kind]!;
	const drawn = map ? ', the map drawn' : '';
	await onHost(
		context,
		host,
		`an unknown place opens the whole map with a notice${drawn}, never a blank page`,
		{ map },
		async ({ page, watch }) => {
			if (fallback.status === 404) watch.allowConsole.push(HTTP_404);
			const res = await page.goto(`${host.root}/place/does-not-exist?date=2025-02-01`);
			expect(res?.status()).toBe(fallback.status);
			await waitForApp(page, { map });
			await expect(page.getByTestId('notices')).toContainText('No place “does-not-exist” in the data');
			await expect(page.getByTestId('date-label')).toHaveText('Sat 1 Feb 2025');
			await expect(page.getByTestId('event-list').locator('button[data-id]').first()).toBeVisible();
			expect((await viewOf(page)).place).toBeNull();
			// The address becomes the link of what is shown, on the site's path.
			await expect.poll(() => path(page)).toBe(`${host.base}/`);
		}
	);
}

/** Any other unknown address, answered with the host's fallback page: a notice naming it. */
async function unknownAddress(context: BrowserContext, host: Host): Promise<void> {
	const fallback = FALLBACKS[host.kind]!;
	await onHost(
		context,
		host,
		'any other unknown address opens the whole map with a notice naming it',
		{ map: false },
		async ({ page, watch }) => {
			if (fallback.status === 404) watch.allowConsole.push(HTTP_404);
			const res = await page.goto(`${host.root}/no/such/page`);
			expect(res?.status()).toBe(fallback.status);
			await waitForApp(page, { map: false });
			await expect(page.getByTestId('notices')).toContainText(
				`There is no page at “${host.base}/no/such/page”; showing the whole map.`
			);
			await expect(page.getByTestId('event-list').locator('button[data-id]').first()).toBeVisible();
			await expect.poll(() => path(page)).toBe(`${host.base}/`);
		}
	);
}

/** The site's own address without its slash (hosts send `/sub/path` on to `/sub/path/`, as the test server does). */
async function bareAddress(context: BrowserContext, host: Host): Promise<void> {
	await onHost(
		context,
		host,
		'the site’s own address, without its slash, opens the app with no notice',
		{ map: false },
		async ({ page }) => {
			const res = await page.goto(host.root);
			expect(res?.status()).toBe(200);
			await waitForApp(page, { map: false });
			await expect(page.getByTestId('event-list').locator('button[data-id]').first()).toBeVisible();
			await expect(page.getByTestId('notices')).toBeHidden();
			expect(path(page)).toBe(`${host.base}/`);
		}
	);
}

/**
 * A test on one host: `dir` served with the `kind` fallback under `base`, one browser context (with
 * the clipboard allowed), and `checks` run in turn, each a step on a page of its own.
 */
function onHostTest(
	title: string,
	{ dir, kind, base }: { dir: string; kind: FallbackKind; base: string },
	checks: (context: BrowserContext, host: Host) => Promise<void>
): void {
	test(title, async ({ browser }, info) => {
		// Several checks, each a page load: the time of as many tests.
		test.setTimeout(180_000);
		const host = await startHost(dir, kind, base);
		const context = await newAppContext(browser, info, { baseURL: host.origin });
		try {
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
			await checks(context, host);
		} finally {
			await context.close();
			await host.close();
		}
	});
}

// The fallback page is served only where the build has no file, so each fallback kind gets the
// addresses without one, and the addresses with one (the same on every host) run once per build.
// 200.html is the same file as 404.html (tested below): only its status differs, so it gets the
// unknown place alone. Each page the hosts serve the app from is seen drawing the map once per
// build: the place page (the deep link), 404.html (as 200.html at the root), index.html (under the
// sub-path; at the root every other e2e file draws it); the other checks are about addresses: they
// run without WebGL and wait for the app's data and view only (see `onHost`).

test.describe('at the root of the host', () => {
	test('the build has the fallback page under each name a host may look for', () => {
		const notFound = readFileSync(join(BUILD, '404.html'), 'utf8');
		expect(readFileSync(join(BUILD, '200.html'), 'utf8')).toBe(notFound);
		// GitHub Pages publishes `_app/` only with Jekyll off.
		expect(statSync(join(BUILD, '.nojekyll')).isFile()).toBe(true);
	});

	onHostTest(
		'with the index.html fallback: a deep link, a place page, an unknown place and address open the app',
		{ dir: BUILD, kind: 'index', base: '' },
		async (context, host) => {
			await deepLink(context, host);
			await placePage(context, host);
			await unknownPlace(context, host, { map: false });
			await unknownAddress(context, host);
		}
	);

	onHostTest(
		'with the 404.html fallback: an unknown place opens the app',
		{ dir: BUILD, kind: '404', base: '' },
		(context, host) => unknownPlace(context, host, { map: false })
	);

	onHostTest(
		'with the 200.html fallback: an unknown place opens the app and its map',
		{ dir: BUILD, kind: '200', base: '' },
		(context, host) => unknownPlace(context, host, { map: true })
	);
});

test.describe(`under a sub-path (${SUB_BASE})`, () => {
	// Up to date when `npm test` made it beforehand: then only its inputs are hashed.
	test.describe.configure({ mode: 'default' });
	test.beforeAll(async () => {
		test.setTimeout(300_000);
		await ensureBuildForPath(SUB);
	});

	test('its pages load their scripts, styles and icon from under the sub-path', () => {
		const pages = ['index.html', '404.html', '200.html', join('place', `${PLACE.id}.html`)];
		for (const page of pages) {
			const html = readFileSync(join(SUB_BUILD, page), 'utf8');
			const urls = [...html.matchAll(/(?:href|src)="([^"]*)"|import\("([^"]*)"\)/g)].map(
				(m) => m[1] ?? m[2]!
			);
			expect(urls.length, page).toBeGreaterThan(3);
			for (const url of urls) expect(url.startsWith(`${SUB_BASE}/`), `${page}: ${url}`).toBe(true);
			expect(html, page).toContain(`base: "${SUB_BASE}"`);
			expect(html, page).toContain('http-equiv="content-security-policy"');
		}
	});

	onHostTest(
		'with the 404.html fallback: a deep link, a place page, an unknown place and address open the app',
		{ dir: SUB_BUILD, kind: '404', base: SUB_BASE },
		async (context, host) => {
			await deepLink(context, host);
			await placePage(context, host);
			await unknownPlace(context, host, { map: true });
			await unknownAddress(context, host);
		}
	);

	onHostTest(
		'with the index.html fallback: an unknown place and address, and the site’s own address, open the app',
		{ dir: SUB_BUILD, kind: 'index', base: SUB_BASE },
		async (context, host) => {
			await unknownPlace(context, host, { map: true });
			await unknownAddress(context, host);
			await bareAddress(context, host);
		}
	);
});
