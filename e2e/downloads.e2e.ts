/**
 * Downloads (issue #16): on /?date=2025-02-06 the GeoJSON and the CSV of the day hold exactly the
 * facts and figures the event list shows (ids read from the list's DOM), parse (JSON; PapaParse for
 * the CSV) and are named by the day; the whole dataset's zip holds every data file the site serves,
 * its licence files and a README. All made in the page (Blob + object URL), with no CSP violation
 * and no request off the origin (the fixtures' watch). Screenshots of the panel at 1280×800 and
 * 390×844.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { expect, openApp, sharedApp, test, withApp } from './fixtures';

const DAY = '2025-02-06';

/** The ids the event list shows: the day's facts, its figures and the undated groups, in order. */
function listIds(page: Page): Promise<string[]> {
	return page
		.locator('[data-testid="event-list"], [data-testid="figure-list"], [data-testid="undated-list"]')
		.locator('button[data-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
}

/** Clicks `name`'s button in the Download group and returns the file the browser received. */
async function download(page: Page, name: RegExp): Promise<{ file: Download; text: string; bytes: Buffer }> {
	const group = page.getByRole('group', { name: 'Download' });
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		group.getByRole('button', { name }).click()
	]);
	expect(await file.failure()).toBeNull();
	const bytes = await readFile((await file.path())!);
	return { file, text: bytes.toString('utf8'), bytes };
}

const unique = (ids: string[]) => [...new Set(ids)];
/** The same ids, each once (the list shows facts and figures in sections, the files in two arrays). */
const sameIds = (ids: string[]) => (ids.length === new Set(ids).size ? [...ids].sort() : ids);

/** Unfolds the Download group of the layers panel (folded at first), unless a test before did. */
async function openDownloads(page: Page): Promise<void> {
	const details = page.locator('details.downloads');
	if (!(await details.evaluate((d: HTMLDetailsElement) => d.open)))
		await details.locator('> summary').click();
	await expect(page.getByRole('group', { name: 'Download' })).toBeVisible();
}

test.describe('downloads on 2025-02-06', () => {
	// One page for the desktop's tests, back on the day with every layer on before each.
	const shared = sharedApp({ path: `/?date=${DAY}`, reset: true });

	test('the GeoJSON and the CSV of the day hold exactly what the list shows', async () => {
		const { page } = shared;
		await expect(page.locator('details.downloads > summary')).toHaveText('Download · 6 Feb 2025');
		await openDownloads(page);
		const group = page.getByRole('group', { name: 'Download' });
		await expect(group.getByText(/On the map on 6 Feb 2025: \d+ facts and \d+ figures/)).toBeVisible();
		// Names say the format and the day.
		await expect(
			group.getByRole('button', { name: /^GeoJSON of the \d+ facts and \d+ figures on 6 Feb 2025$/ })
		).toBeVisible();
		await expect(
			group.getByRole('button', {
				name: /^CSV of the \d+ facts and \d+ figures on 6 Feb 2025, one row per claim$/
			})
		).toBeVisible();

		const geo = await download(page, /^GeoJSON/);
		expect(geo.file.suggestedFilename()).toBe(`frontline-${DAY}.geojson`);
		const collection = JSON.parse(geo.text) as {
			type: string;
			date: string;
			features: { id: string }[];
			figures: { id: string }[];
			sources: { id: string }[];
		};
		expect(collection.type).toBe('FeatureCollection');
		expect(collection.date).toBe(DAY);
		const geoIds = [...collection.features.map((f) => f.id), ...collection.figures.map((f) => f.id)];

		const csv = await download(page, /^CSV/);
		expect(csv.file.suggestedFilename()).toBe(`frontline-${DAY}.csv`);
		const parsed = Papa.parse<Record<string, string>>(csv.text, { header: true, skipEmptyLines: true });
		expect(parsed.errors).toEqual([]);
		expect(parsed.meta.fields?.slice(0, 3)).toEqual(['id', 'name', 'layer']);
		const csvIds = unique(parsed.data.map((r) => r['id'] ?? ''));

		// The list follows the day once the slider rests; it shows the same set, in the same order.
		await expect.poll(async () => sameIds(await listIds(page))).toEqual(sameIds(geoIds));
		expect(geoIds.length).toBeGreaterThan(10);
		// The CSV lists the same facts and figures, in the GeoJSON's order (facts, then figures).
		expect(csvIds).toEqual(geoIds);
		expect(collection.figures.length).toBeGreaterThan(0);
		expect(collection.sources.map((s) => s.id)).toContain('aljazeera-2025-02-06');

		await page.screenshot({ path: 'e2e/screenshots/downloads-desktop.png' });
	});

	test('a layer switched off leaves the downloads as it leaves the list', async () => {
		const { page } = shared;
		await withApp(page, ({ app }) => app.setLayers(['kursk', 'pokrovsk']));
		await openDownloads(page);
		const geo = await download(page, /^GeoJSON/);
		const collection = JSON.parse(geo.text) as {
			features: { id: string; properties: { layer: string } }[];
			figures: { id: string }[];
		};
		expect(unique(collection.features.map((f) => f.properties.layer)).sort()).toEqual(['kursk', 'pokrovsk']);
		const ids = [...collection.features.map((f) => f.id), ...collection.figures.map((f) => f.id)];
		await expect.poll(async () => sameIds(await listIds(page))).toEqual(sameIds(ids));
	});

	test('the whole dataset: every served data file, its licence and a README, in a zip', async () => {
		const { page } = shared;
		await openDownloads(page);
		const zip = await download(page, /^All data/);
		expect(zip.file.suggestedFilename()).toBe('frontline-data.zip');
		const entries = unzipSync(new Uint8Array(zip.bytes));
		const manifest = (await (await page.request.get('/data/index.json')).json()) as { files: string[] };
		const expected = [...manifest.files, 'territory.LICENSE', 'README.txt'].map((n) => `frontline-data/${n}`);
		expect(Object.keys(entries).sort()).toEqual(expected.sort());
		for (const name of manifest.files) {
			const served = await (await page.request.get(`/data/${name}`)).text();
			expect(strFromU8(entries[`frontline-data/${name}`]!), name).toBe(served);
		}
		const readme = strFromU8(entries['frontline-data/README.txt']!);
		expect(readme).toContain('Licence: GPL-3.0, full text in territory.LICENSE');
		expect(readme).toContain('Al Jazeera');
	});
});

test.describe('downloads on 2025-02-06', () => {
	test.describe('on a phone', () => {
		test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
		test('the download buttons are in the list drawer, finger-sized, and work', async ({ page }) => {
			await openApp(page, `/?date=${DAY}`);
			await page.locator('.side-toggle').click();
			await page.locator('details.downloads > summary').scrollIntoViewIfNeeded();
			await openDownloads(page);
			const group = page.getByRole('group', { name: 'Download' });
			await group.scrollIntoViewIfNeeded();
			for (const button of await group.getByRole('button').all()) {
				const box = (await button.boundingBox())!;
				expect(box.height).toBeGreaterThanOrEqual(44);
			}
			await page.screenshot({ path: 'e2e/screenshots/downloads-phone.png' });
			const csv = await download(page, /^CSV/);
			expect(csv.file.suggestedFilename()).toBe(`frontline-${DAY}.csv`);
		});
	});
});
