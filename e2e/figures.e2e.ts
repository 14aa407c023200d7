/**
 * The article's figures on screen (numbers with no place on the map): a `/figure/<id>` page opens
 * the details panel on the figure with its claim chain and unfurls with its own head tags; the event
 * list lists the figures of the chosen day (undated ones under "Undated, reported by …") and choosing
 * one selects it without moving the map; Copy link and Back/Forward round-trip a selected figure.
 * Screenshots of the panel at 1280×800 and 390×844 in e2e/screenshots/figure-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Figure } from '../src/lib/data/types';
import type { ViewState as View } from '../src/lib/state/view';
import {
	expect,
	expectAccessible,
	newAppContext,
	openApp,
	settledAddress,
	test,
	waitForApp,
	withApp,
	withoutWebGL
} from './fixtures';

const BUILD = process.env.FT_BUILD_DIR ?? 'build';
const FIGURES = (JSON.parse(readFileSync('geo/figures.json', 'utf8')) as { figures: Figure[] }).figures;
const figure = (id: string): Figure => {
	const f = FIGURES.find((x) => x.id === id);
	if (!f) throw new Error(`no figure ${id} in geo/figures.json`);
	return f;
};

const MS_PER_DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;

async function view(page: Page): Promise<View> {
	return withApp(page, ({ app }) => JSON.parse(JSON.stringify(app.view)) as View);
}

/** A figure "as printed": its value keeps the article's number and the note saying so. */
const AS_PRINTED = 'finland-aid-2025-01-31';

/** Folds the map key if it is open, so the event list below it has room on an 800 px high screen. */
async function foldKey(page: Page): Promise<void> {
	const key = page.locator('details', { has: page.locator('summary', { hasText: 'Map key' }) });
	if ((await key.count()) === 1 && (await key.getAttribute('open')) !== null)
		await key.locator('summary').click();
}

test('every figure has a built page that unfurls with it', () => {
	expect(FIGURES.length).toBeGreaterThan(0);
	for (const f of FIGURES) {
		const html = readFileSync(join(BUILD, 'figure', `${f.id}.html`), 'utf8');
		const title = `${f.label} — Frontline Timeline`;
		const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
		expect(html, f.id).toContain(`<title>${esc(title)}</title>`);
		expect(html, f.id).toContain(`<meta property="og:title" content="${esc(title)}" />`);
		// og:url and the share image need the site's public origin (previews.e2e.ts), as for places.
		expect(html, f.id).toMatch(
			new RegExp(`<meta name="description" content="[^"]*Figure: ${escapeRe(esc(f.value))}`)
		);
	}
});

function escapeRe(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a figure page opens the details on the figure, with its claim chain, at its date', async ({ page }) => {
	const f = figure(AS_PRINTED);
	await openApp(page, `/figure/${f.id}`);
	await expect(page).toHaveTitle(`${f.label} — Frontline Timeline`);
	await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
		'content',
		new RegExp(`Figure: ${escapeRe(f.value)}`)
	);
	const panel = page.getByTestId('details-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(f.label);
	await expect(panel.getByTestId('figure-value')).toHaveText(f.value);
	expect(f.value).toContain('[figure as printed in the article]');
	await expect(panel).toContainText(`In the source: ${f.time.note}`);
	await expect(panel).toContainText('Figure · no place on the map', { ignoreCase: true });
	const claims = panel.locator('.claim');
	await expect(claims).toHaveCount(f.claims.length);
	const claim = f.claims[0]!;
	const first = claims.first();
	await expect(first.locator('.claim-text')).toHaveText(claim.text);
	await expect(first.locator('[data-role="claimant"]')).toHaveText(claim.claimant);
	await expect(first.locator('[data-role="reporter"]')).toHaveText(
		claim.reportedBy.filter((r) => r !== claim.claimant)
	);
	await expect(first).toHaveAttribute('data-status', claim.status);
	await expect(panel.locator('.sources')).toContainText('Al Jazeera');
	// The link pinned the figure's day; the map keeps the framing it opened with (no place to frame).
	const v = await view(page);
	expect(v.place).toBe(f.id);
	expect(v.date).toBe(dayOf(f.time.start));
	expect(v.camera).toBeNull();
	expect(new URL(await settledAddress(page)).pathname).toBe(`/figure/${f.id}`);
	await expectAccessible(page, 'figure details open');
	await page.screenshot({ path: 'e2e/screenshots/figure-details-desktop.png' });
});

test('an unknown figure opens the whole map with a notice', async ({ page, watch }) => {
	watch.allowConsole.push('the server responded with a status of 404');
	await withoutWebGL(page);
	await page.goto('/figure/atlantis-figure');
	await waitForApp(page, { map: false });
	await expect(page.getByTestId('notices')).toContainText('No figure “atlantis-figure” in the data');
	await expect(page.getByTestId('details-panel')).toHaveCount(0);
	await expect.poll(() => new URL(page.url()).pathname).toBe('/');
});

test('the list shows a day’s figures, undated ones in their own group; choosing one selects it', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const f = figure('buk-m3-strike');
	await openApp(page, `/?date=${f.time.start}`);
	const cameraBefore = (await view(page)).camera;
	await foldKey(page);
	const dated = page.getByTestId('figure-list');
	await expect(dated.locator(`button[data-id="${f.id}"]`)).toContainText(f.value);
	// A figure is never among the facts on the map.
	await expect(page.getByTestId('event-list').locator(`button[data-id="${f.id}"]`)).toHaveCount(0);
	// Undated figures are not listed before the day they were reported by.
	const undated = FIGURES.filter((x) => x.time.precision === 'undated');
	const list = page.locator('section.events');
	for (const u of undated) await expect(list.locator(`button[data-id="${u.id}"]`)).toHaveCount(0);

	const item = dated.locator(`button[data-id="${f.id}"]`);
	await item.click();
	const panel = page.getByTestId('details-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(f.label);
	await expect(item).toHaveAttribute('aria-current', 'true');
	const selected = await view(page);
	expect(selected).toMatchObject({ place: f.id, date: dayOf(f.time.start), camera: cameraBefore });
	const here = await settledAddress(page);
	expect(new URL(here).pathname).toBe(`/figure/${f.id}`);

	// Copy link → the figure's page with the day; a fresh page opens the same view.
	await page.getByRole('button', { name: 'Copy link' }).click();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toBe(here);
	expect(new URL(link).searchParams.get('date')).toBe(f.time.start);
	const fresh = await (await newAppContext(page.context().browser()!, test.info())).newPage();
	try {
		// The view and the panel, not the map (the figure has no place on it).
		await withoutWebGL(fresh);
		await openApp(fresh, link, { map: false });
		expect(await view(fresh)).toEqual(selected);
		await expect(fresh.getByTestId('details-panel').getByRole('heading', { level: 2 })).toHaveText(f.label);
		await expect(fresh.getByTestId('notices')).toHaveCount(0);
	} finally {
		await fresh.context().close();
	}

	// Back closes it (the selection was one step), Forward brings it back.
	await page.goBack();
	await expect(panel).toHaveCount(0);
	expect((await view(page)).place).toBeNull();
	expect(new URL(page.url()).pathname).toBe('/');
	await page.goForward();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(f.label);
	expect(await view(page)).toEqual(selected);

	// Undated figures on their report day: in the "Undated, reported by …" group, never among the day's.
	if (undated.length > 0) {
		const u = undated[0]!;
		await withApp(page, ({ app }, d) => app.setDate(d), dayOf(u.time.start));
		const group = page.getByTestId('undated-list').locator(`button[data-id="${u.id}"]`);
		await expect(group).toBeVisible();
		await expect(page.getByTestId('figure-list').locator(`button[data-id="${u.id}"]`)).toHaveCount(0);
		const heading = page.locator('h3', { hasText: 'Undated, reported by' }).first();
		const reported = new Date(`${u.time.start}T00:00:00Z`).toLocaleDateString('en-GB', {
			day: 'numeric',
			month: 'short',
			year: 'numeric',
			timeZone: 'UTC'
		});
		await expect(heading).toContainText(`Undated, reported by ${reported}`);
		await heading.scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'e2e/screenshots/figure-list-desktop.png' });
	}
});

test('selecting a figure on another day moves the date to it', async ({ page }) => {
	const f = figure('territory-gained-2024-12');
	// The date, the panel and the list: the map is not part of it (a figure has no place on it).
	await withoutWebGL(page);
	await openApp(page, '/?date=2025-02-01', { map: false });
	await withApp(page, ({ app }, id) => app.select(id), f.id);
	const panel = page.getByTestId('details-panel');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(f.label);
	// December 2024 has ended on 1 Feb: the date moves back to its last day, and the panel says so.
	expect((await view(page)).date).toBe(dayOf(f.time.end!));
	await expect(panel.locator('.notice')).toContainText('The date moved to Tue 31 Dec 2024');
	await expect(page.getByTestId('figure-list').locator(`button[data-id="${f.id}"]`)).toBeVisible();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a figure page shows the figure in the bottom sheet', async ({ page }) => {
		const f = figure(AS_PRINTED);
		await openApp(page, `/figure/${f.id}`);
		const sheet = page.getByTestId('details-panel');
		await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(f.label);
		await expect(sheet.getByTestId('figure-value')).toBeInViewport();
		const box = (await sheet.boundingBox())!;
		expect(box.x).toBe(0);
		expect(Math.round(box.width)).toBe(390);
		await page.screenshot({ path: 'e2e/screenshots/figure-details-phone.png' });
		// The list drawer lists the day's figures too.
		await sheet.getByRole('button', { name: 'Close details' }).tap();
		await page.getByRole('button', { name: 'Events & layers' }).tap();
		const row = page.getByTestId('figure-list').locator(`button[data-id="${f.id}"]`);
		await row.scrollIntoViewIfNeeded();
		await expect(row).toBeInViewport();
		await page.screenshot({ path: 'e2e/screenshots/figure-list-phone.png' });
	});
});
