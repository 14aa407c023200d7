/**
 * A war map is shared widely and its data files can be replaced on any host that serves it, so:
 * - every built page carries a Content-Security-Policy that allows scripts only from the origin (or
 *   by the hash of SvelteKit's own boot script) — read from the built files in built.e2e.ts — and a
 *   whole session never trips it;
 * - a whole session asks nothing of any host but the page's own;
 * - hostile data is rendered as inert text, links in data are http(s) or rejected, and very long
 *   text wraps instead of breaking the layout (one page serving the hostile data, for four tests).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, sharedApp, test, waitForMapIdle, withApp } from './fixtures';

const DAY_MS = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

test('a full session (load, scrub, select, copy link) asks only its own origin and breaks no CSP rule', async ({
	page,
	context,
	baseURL,
	watch
}) => {
	const origin = new URL(baseURL ?? '').origin;
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(
				`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`
			)
		);
	});

	await openApp(page);
	// Scrub with the keyboard and zoom the map (more tiles, more glyphs).
	await page.getByTestId('date-slider').focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('PageDown');
	await page.keyboard.press('End');
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await waitForMapIdle(page);
	// Select from the list, open the details (which loads the Kyiv reference point), copy the link.
	await page.getByTestId('event-list').locator('button[data-id]').first().click();
	await expect(page.getByTestId('details-panel')).toBeVisible();
	await page.getByTestId('copy-link').click();
	await expect(page.getByTestId('share-status')).toHaveText('Link copied');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(link).origin).toBe(origin);
	await page.keyboard.press('Escape');
	await waitForMapIdle(page);

	const violations = await page.evaluate(
		() => (window as unknown as { __cspViolations: string[] }).__cspViolations
	);
	expect(violations, 'CSP violations during the session').toEqual([]);

	const hosts = [
		...new Set(
			watch.requests
				.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:'))
				.map((u) => new URL(u).origin)
		)
	];
	expect(hosts, 'hosts the session talked to').toEqual([origin]);
	const paths = watch.requests.map((u) => (u.startsWith('http') ? new URL(u).pathname : u));
	expect(paths, 'the session did load its data').toContain('/data/index.json');
	expect(
		paths.some((p) => p.startsWith('/fonts/')),
		'and its fonts'
	).toBe(true);
	expect(watch.requests.length).toBeGreaterThan(20);

	// The listener is live: an inline script injected now is blocked and reported.
	watch.allowConsole.push('Content Security Policy');
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__ran = 1';
		document.body.append(s);
	});
	await expect
		.poll(() =>
			page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length)
		)
		.toBe(1);
	expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
});

test('a page that did not ask for the test hooks gets none', async ({ browser }, info) => {
	// A reader's page: a context without the init script that the other tests' contexts carry.
	const context = await browser.newContext({ baseURL: info.project.use.baseURL });
	try {
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		await page.goto('/');
		await expect(page.getByTestId('event-list').locator('button[data-id]').first()).toBeVisible();
		await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
		expect(await page.evaluate(() => '__frontline' in window)).toBe(false);
		expect(errors).toEqual([]);
	} finally {
		await context.close();
	}
});

const GEO = join(process.cwd(), 'geo');
type Json = Record<string, unknown>;
const readGeo = (name: string) => JSON.parse(readFileSync(join(GEO, name), 'utf8')) as Json;

const IMG_NAME = '<img src=x onerror="window.__pwned=1">';
const SCRIPT_CLAIM = '<script>window.__pwned=2</script> 14 killed &amp; 22 injured &lt;b&gt;bold&lt;/b&gt;';
const SVG_SUMMARY = '"><svg onload="window.__pwned=4"></svg> A summary with &lt;i&gt; and &#60;u&#62;.';
/** 190 characters: an unbroken 120-character run (a pasted hash or URL), then words. */
const LONG_NAME = `${'Ш'.repeat(120)} ${'long name '.repeat(7)}`.slice(0, 190);
/** 1,900 characters, with a 300-character unbroken run in the middle. */
const LONG_CLAIM = `${'A claim that goes on. '.repeat(40)}${'x'.repeat(300)} ${'And on. '.repeat(200)}`.slice(
	0,
	1900
);
const HOSTILE_PUBLISHER = '<b>Publisher</b> &amp; Co';
const HOSTILE_URL = 'https://example.org/report?a=1&b=<x>';

/** The real data with hostile text in valid places, one source with a javascript: link, and a feature citing it. */
function hostileData(): { strikes: string; sources: string } {
	const sources = readGeo('sources.json') as { sources: Json[] };
	sources.sources.push(
		{
			id: 'hostile-source',
			publisher: HOSTILE_PUBLISHER,
			title: '<script>window.__pwned=5</script>',
			date: '2025-02-06',
			kind: 'news-report',
			url: HOSTILE_URL
		},
		{
			id: 'evil-source',
			publisher: 'Evil',
			title: 'Click me',
			date: '2025-02-06',
			kind: 'news-report',
			url: 'javascript:window.__pwned=3'
		}
	);
	const strikes = readGeo('strikes.geojson') as { features: (Json & { id: string; properties: Json })[] };
	const byId = (id: string) => strikes.features.find((f) => f.id === id)!;
	const claims = (id: string) => byId(id).properties['claims'] as Json[];
	const poltava = byId('poltava-strike');
	poltava.properties['name'] = IMG_NAME;
	poltava.properties['summary'] = SVG_SUMMARY;
	claims('poltava-strike')[0]!['text'] = SCRIPT_CLAIM;
	claims('poltava-strike')[1]!['source'] = 'hostile-source';
	claims('poltava-strike')[1]!['reportedBy'] = [HOSTILE_PUBLISHER];
	byId('volgograd-refinery-strike-1').properties['name'] = LONG_NAME;
	claims('volgograd-refinery-strike-1')[0]!['text'] = LONG_CLAIM;
	claims('astrakhan-gas-plant-strike')[0]!['source'] = 'evil-source';
	claims('astrakhan-gas-plant-strike')[0]!['reportedBy'] = ['Evil'];
	return { strikes: JSON.stringify(strikes), sources: JSON.stringify(sources) };
}

async function serveHostile(page: Page): Promise<string[]> {
	const { strikes, sources } = hostileData();
	await page.route('**/data/strikes.geojson', (r) =>
		r.fulfill({ status: 200, contentType: 'application/geo+json', body: strikes })
	);
	await page.route('**/data/sources.json', (r) =>
		r.fulfill({ status: 200, contentType: 'application/json', body: sources })
	);
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await expect(page.locator('svg[onload], [onerror], [onload]')).toHaveCount(0);
	expect(
		await page
			.locator('script')
			.evaluateAll((els) => els.filter((e) => e.textContent?.includes('__pwned')).length)
	).toBe(0);
	await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
	expect(dialogs).toEqual([]);
}

/** Nothing inside sticks out sideways: long text wrapped instead of widening its box. */
async function expectNoSidewaysOverflow(page: Page, selector: string): Promise<void> {
	const over = await page.locator(selector).evaluate((root, selector) => {
		const box = root.getBoundingClientRect();
		const out: string[] = [];
		if (root.scrollWidth > root.clientWidth + 1) out.push(`${selector} scrolls sideways`);
		for (const el of root.querySelectorAll('*')) {
			const r = el.getBoundingClientRect();
			if (r.width > 0 && r.right > box.right + 1) out.push(`${el.className || el.tagName} ends past the box`);
		}
		return out;
	}, selector);
	expect(over, `${selector}: overflow`).toEqual([]);
}

test.describe('hostile data', () => {
	let dialogs: string[] = [];
	const shared = sharedApp({
		path: '/place/poltava-strike',
		reset: true,
		setup: async (page) => {
			dialogs = await serveHostile(page);
		}
	});

	test('hostile but valid data is shown as literal text in the list, the tooltip and the panel; nothing runs', async () => {
		const { page } = shared;
		// The list, on Poltava's day (the page opened on Poltava's link).
		const item = page.getByTestId('event-list').locator('button[data-id="poltava-strike"]');
		await expect(item.locator('.name')).toHaveText(IMG_NAME);

		// The details panel: name, summary, claim, relay chain and source, all as typed in the file.
		const panel = page.getByTestId('details-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(IMG_NAME);
		await expect(panel.locator('.summary')).toHaveText(SVG_SUMMARY);
		await expect(panel.locator('.claim-text').first()).toHaveText(SCRIPT_CLAIM);
		await expect(panel.locator('.claim').nth(1).locator('.who[data-role="reporter"]')).toHaveText(
			HOSTILE_PUBLISHER
		);
		await expect(panel.locator('.sources .publisher').nth(1)).toHaveText(HOSTILE_PUBLISHER);
		await expect(panel.locator('.sources')).toContainText('“<script>window.__pwned=5</script>”');
		const link = panel.locator('.sources a');
		await expect(link).toHaveAttribute('href', new URL(HOSTILE_URL).href);
		await expect(link).toHaveAttribute('target', '_blank');
		await expect(link).toHaveAttribute('rel', 'noopener noreferrer');

		// The map's tooltip.
		await waitForMapIdle(page);
		const at = await withApp(page, ({ map }) => {
			const p = map.project([34.54073, 49.59373]);
			const box = map.getCanvas().getBoundingClientRect();
			return { x: box.left + p.x, y: box.top + p.y };
		});
		await page.mouse.move(at.x, at.y);
		await expect(page.locator('.tooltip strong')).toHaveText(IMG_NAME);

		await expectNothingRan(page, dialogs);
		// Every link that opens a new tab keeps the opener and the referrer to itself.
		for (const rel of await page
			.locator('a[target="_blank"]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('rel') ?? '')))
			expect(rel.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
	});

	test('a source with a javascript: link is rejected with a notice, and what cites it is left out', async () => {
		const { page } = shared;
		const notices = page.getByTestId('notices');
		await expect(notices).toContainText(
			"sources.json: evil-source: url: 'javascript:window.__pwned=3' is not an http(s) URL"
		);
		await expect(notices).toContainText(
			"strikes.geojson: astrakhan-gas-plant-strike: properties.claims[0].source: 'evil-source' has errors in sources.json"
		);
		const kept = await withApp(page, ({ app }) => ({
			features: app.dataset!.features.map((f) => f.id),
			sources: app.dataset!.sources.map((s) => s.id)
		}));
		expect(kept.sources).not.toContain('evil-source');
		expect(kept.sources).toContain('hostile-source');
		expect(kept.features).not.toContain('astrakhan-gas-plant-strike');
		expect(kept.features).toContain('poltava-strike');
		await withApp(page, ({ app }, d) => app.setDate(d), day('2025-02-03'));
		await expect(
			page.getByTestId('event-list').locator('button[data-id="astrakhan-gas-plant-strike"]')
		).toHaveCount(0);
		await expectNothingRan(page, dialogs);
	});

	// Desktop, then the same page at a phone's width (last: it leaves the page that size).
	for (const size of [
		{ name: 'desktop', width: 1280, height: 800 },
		{ name: 'phone', width: 390, height: 844 }
	]) {
		test(`very long names and claims wrap without breaking the layout (${size.name})`, async () => {
			const { page } = shared;
			await page.setViewportSize({ width: size.width, height: size.height });
			// As its link opens it: selected, on its day.
			await withApp(
				page,
				({ app }, d) => {
					app.setDate(d);
					app.select('volgograd-refinery-strike-1');
				},
				day('2025-01-31')
			);
			const panel = page.getByTestId('details-panel');
			await expect(panel.getByRole('heading', { level: 2 })).toHaveText(LONG_NAME);
			await expect(panel.locator('.claim-text').first()).toHaveText(LONG_CLAIM);
			await expectNoSidewaysOverflow(page, '[data-testid="details-panel"]');
			const box = await panel.boundingBox();
			expect(box && box.x >= 0 && box.x + box.width <= size.width, 'the panel stays on screen').toBe(true);
			await page.screenshot({ path: `e2e/screenshots/security-long-text-${size.name}-panel.png` });

			await page.keyboard.press('Escape');
			await expect(panel).toBeHidden();
			if (size.width < 720) await page.getByRole('button', { name: 'Events & layers' }).click();
			const item = page.getByTestId('event-list').locator('button[data-id="volgograd-refinery-strike-1"]');
			await expect(item.locator('.name')).toHaveText(LONG_NAME);
			await expectNoSidewaysOverflow(page, '#side-panel');
			await item.scrollIntoViewIfNeeded();
			await page.screenshot({ path: `e2e/screenshots/security-long-text-${size.name}-list.png` });
			await expectNothingRan(page, dialogs);
		});
	}
});
