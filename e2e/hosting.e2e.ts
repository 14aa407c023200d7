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
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
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

interface HostPage {
	page: Page;
	context: BrowserContext;
	/** The project's watch (e2e/fixtures.ts): nothing off the origin, no page or console error. */
	watch: Watch;
	seen: ReturnType<typeof watchSite>;
}

/**
 * Runs `fn` with a page of its own on `host`, then fails on anything the project's watch or the
 * site watch saw: a request off the origin or outside the site's path, a failed request, a page or
 * console error. (Not the `page` fixture: the host is started in a hook that runs after it.)
 */
async function onHost(browser: Browser, info: TestInfo, host: Host, fn: (p: HostPage) => Promise<void>) {
	const context = await newAppContext(browser, info, { baseURL: host.origin });
	try {
		const page = await context.newPage();
		const watch = watchPage(page, host.origin);
		const seen = watchSite(page, host);
		await fn({ page, context, watch, seen });
		expectCleanWatch(watch);
		expect(seen.outside, 'requests outside the site’s path').toEqual([]);
		expect(seen.failed, 'failed requests').toEqual([]);
	} finally {
		await context.close();
	}
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
 * Addresses the build has a file for: a deep link and a place page, with a step inside the app.
 * The host serves them the same whatever its fallback, so they run once per build.
 */
function pageTests(get: () => Host): void {
	test('a deep link opens the day, place, layers and map view it names, from the site’s own path', async ({
		browser
	}, info) => {
		const host = get();
		await onHost(browser, info, host, async ({ page, seen }) => {
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
		});
	});

	test('a place page opens its place; a choice in the list and Copy link stay under the site’s path', async ({
		browser
	}, info) => {
		const host = get();
		await onHost(browser, info, host, async ({ page, context }) => {
			await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
			const res = await page.goto(`${host.root}/place/${PLACE.id}`);
			expect(res?.status()).toBe(200);
			// The place's own prerendered page, not the host's fallback.
			await expect(page).toHaveTitle(/Poltava/);
			await waitForApp(page);
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
		});
	});
}

/**
 * Addresses the build has no file for, answered with the host's fallback page: an unknown place, and
 * (where `address`) an unknown address of any other form.
 */
function fallbackTests(get: () => Host, { address }: { address: boolean }): void {
	test('an unknown place opens the whole map with a notice, never a blank page', async ({
		browser
	}, info) => {
		const host = get();
		const fallback = FALLBACKS[host.kind]!;
		await onHost(browser, info, host, async ({ page, watch }) => {
			if (fallback.status === 404) watch.allowConsole.push(HTTP_404);
			const res = await page.goto(`${host.root}/place/does-not-exist?date=2025-02-01`);
			expect(res?.status()).toBe(fallback.status);
			await waitForApp(page);
			await expect(page.getByTestId('notices')).toContainText('No place “does-not-exist” in the data');
			await expect(page.getByTestId('date-label')).toHaveText('Sat 1 Feb 2025');
			await expect(page.getByTestId('event-list').locator('button[data-id]').first()).toBeVisible();
			expect((await viewOf(page)).place).toBeNull();
			// The address becomes the link of what is shown, on the site's path.
			await expect.poll(() => path(page)).toBe(`${host.base}/`);
		});
	});

	if (!address) return;
	test('any other unknown address opens the whole map with a notice naming it', async ({ browser }, info) => {
		const host = get();
		const fallback = FALLBACKS[host.kind]!;
		await onHost(browser, info, host, async ({ page, watch }) => {
			if (fallback.status === 404) watch.allowConsole.push(HTTP_404);
			const res = await page.goto(`${host.root}/no/such/page`);
			expect(res?.status()).toBe(fallback.status);
			await waitForApp(page, { map: false });
			await expect(page.getByTestId('notices')).toContainText(
				`There is no page at “${host.base}/no/such/page”; showing the whole map.`
			);
			await expect(page.getByTestId('event-list').locator('button[data-id]').first()).toBeVisible();
			await expect.poll(() => path(page)).toBe(`${host.base}/`);
		});
	});
}

/** Starts a host for the tests of the enclosing describe block; `get` returns it inside a test. */
function hostFor(dir: string, kind: FallbackKind, base: string): () => Host {
	let host: Host | undefined;
	test.beforeAll(async () => {
		host = await startHost(dir, kind, base);
	});
	test.afterAll(async () => host?.close());
	return () => {
		if (!host) throw new Error('the host is started in beforeAll');
		return host;
	};
}

// The fallback page is served only where the build has no file, so each fallback kind gets the
// addresses without one, and the addresses with one (the same on every host) run once per build.
// 200.html is the same file as 404.html (tested below): only its status differs, so it gets the
// unknown place alone.

test.describe('at the root of the host', () => {
	test('the build has the fallback page under each name a host may look for', () => {
		const notFound = readFileSync(join(BUILD, '404.html'), 'utf8');
		expect(readFileSync(join(BUILD, '200.html'), 'utf8')).toBe(notFound);
		// GitHub Pages publishes `_app/` only with Jekyll off.
		expect(statSync(join(BUILD, '.nojekyll')).isFile()).toBe(true);
	});

	test.describe('with the index.html fallback', () => {
		const get = hostFor(BUILD, 'index', '');
		pageTests(get);
		fallbackTests(get, { address: true });
	});

	test.describe('with the 404.html fallback', () => {
		fallbackTests(hostFor(BUILD, '404', ''), { address: false });
	});

	test.describe('with the 200.html fallback', () => {
		fallbackTests(hostFor(BUILD, '200', ''), { address: false });
	});
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

	test.describe('with the 404.html fallback', () => {
		const get = hostFor(SUB_BUILD, '404', SUB_BASE);
		pageTests(get);
		fallbackTests(get, { address: true });
	});

	test.describe('with the index.html fallback', () => {
		const get = hostFor(SUB_BUILD, 'index', SUB_BASE);
		fallbackTests(get, { address: true });

		test('the site’s own address, without its slash, opens the map with no notice', async ({
			browser
		}, info) => {
			const host = get();
			await onHost(browser, info, host, async ({ page }) => {
				// Hosts send `/sub/path` on to `/sub/path/`, as the test server does.
				const res = await page.goto(host.root);
				expect(res?.status()).toBe(200);
				await waitForApp(page, { map: false });
				await expect(page.getByTestId('event-list').locator('button[data-id]').first()).toBeVisible();
				await expect(page.getByTestId('notices')).toBeHidden();
				expect(path(page)).toBe(`${SUB_BASE}/`);
			});
		});
	});
});
