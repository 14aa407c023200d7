/**
 * Opening a reader's own files (#17): bad files each get their message and leave the map exactly as
 * it was (view state, selection, camera); a good table of events, dropped on the map, shows on the
 * map and in the list with the banner, and the way back restores the project's data as it was left.
 * The fixtures are synthetic (src/lib/open/fixtures/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, sharedApp, test, waitForMapIdle, withApp } from './fixtures';

const FIX = join(process.cwd(), 'src/lib/open/fixtures');
const GEO = join(process.cwd(), 'geo');
const fixture = (name: string) => ({
	name,
	mimeType: 'application/octet-stream',
	buffer: readFileSync(join(FIX, name))
});

/** A zip that declares 300 MB for one entry (more than the 200 MB limit): refused before inflating. */
function declaredBomb() {
	const zip = zipSync({ 'data/big.geojson': new Uint8Array(1024) });
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	for (let i = 0; i + 4 <= zip.length; i++) {
		const sig = view.getUint32(i, true);
		if (sig === 0x04034b50) view.setUint32(i + 22, 300 * 1024 * 1024, true);
		if (sig === 0x02014b50) view.setUint32(i + 24, 300 * 1024 * 1024, true);
	}
	return { name: 'bomb.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) };
}

/** What must not change when files fail to open: the view, the data and the camera. */
async function mapState(page: Page) {
	return withApp(page, ({ app, map }) => {
		const c = map.getCenter();
		return {
			view: JSON.stringify(app.view),
			own: app.own,
			features: app.render?.features.length,
			camera: [c.lng.toFixed(5), c.lat.toFixed(5), map.getZoom().toFixed(3)]
		};
	});
}

// One page on '/', back to how it opened before the second test (the first ends on the project's data).
const shared = sharedApp({ reset: true });

test('bad files each get their message and leave the map as it was; a dropped table opens with the banner', async () => {
	const { page, context } = shared;
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	// A state worth keeping: a selected place, on its day, with the camera moved.
	await withApp(page, ({ app }) => {
		const id = app.render!.features.find((f) => f.properties.kind === 'strike')!.properties.id;
		app.select(id);
		app.setCamera({ lon: 33.5, lat: 48.5, zoom: 6 });
	});
	await waitForMapIdle(page);
	const before = await mapState(page);
	expect(before.own).toBeNull();
	const input = page.getByTestId('open-data-input');
	const dialog = page.getByTestId('open-dialog');

	// 1. Not JSON: the validator's words, grouped under the file; nothing to open.
	await input.setInputFiles(fixture('not-json.geojson'));
	await expect(page.getByTestId('open-errors')).toContainText('not-json.geojson');
	await expect(page.getByTestId('open-errors')).toContainText('is not valid JSON');
	await expect(page.getByTestId('open-summary')).toContainText('Nothing in these files can be shown');
	await expect(page.getByTestId('open-valid')).toHaveCount(0);
	await expect(dialog).toContainText('nothing is uploaded');
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
	expect(await mapState(page)).toEqual(before);

	// 2. A table with no date column: the mapping step says so and cannot go on.
	await input.setInputFiles(fixture('no-date.csv'));
	await expect(page.getByTestId('mapping-problems')).toContainText(
		'no-date.csv has no date column (event_date)'
	);
	await expect(page.getByTestId('open-table')).toBeDisabled();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	expect(await mapState(page)).toEqual(before);

	// 3. A zip declaring more than the limit: refused before anything is inflated.
	await input.setInputFiles(declaredBomb());
	await expect(page.getByTestId('open-refused')).toContainText(
		'bomb.zip: would inflate to 300 MB, more than the 200 MB limit: nothing was inflated'
	);
	await dialog.getByRole('button', { name: 'Close' }).click();
	expect(await mapState(page)).toEqual(before);

	// 4. A good table, dropped on the map (a real drop event carrying a file).
	const csv = readFileSync(join(FIX, 'acled-good.csv'), 'utf8');
	const dataTransfer = await page.evaluateHandle((text) => {
		const dt = new DataTransfer();
		dt.items.add(new File([text], 'acled-good.csv', { type: 'text/csv' }));
		return dt;
	}, csv);
	await page.dispatchEvent('.maplibregl-canvas', 'dragover', { dataTransfer });
	await page.dispatchEvent('.maplibregl-canvas', 'drop', { dataTransfer });
	await expect(page.getByTestId('open-table')).toHaveText(/Open 6 rows/);
	await page.getByTestId('open-table').click();
	const banner = page.getByTestId('own-data-banner');
	await expect(banner).toContainText('The map shows your data');
	await expect(banner).toContainText('acled-good.csv');
	await expect(banner).toContainText('6 facts in 5 layers');
	await waitForMapIdle(page);

	const opened = await withApp(page, ({ app, map }) => ({
		layers: app.layers.map((l) => l.label),
		ids: app.render!.features.map((f) => f.properties.id),
		// Drawn on the map: the table's points the map renders in the current view.
		drawn: [
			...new Set(
				map
					.queryRenderedFeatures({
						layers: map
							.getStyle()
							.layers.filter((l) => 'source' in l && l.source === 'ft-data')
							.map((l) => l.id)
					})
					.map((f) => String(f.properties['id']))
			)
		].sort(),
		precisions: app.render!.features.map((f) => [f.properties.id, f.properties.tp, f.properties.pp])
	}));
	expect(opened.layers).toEqual([
		'Battles',
		'Explosions / remote violence',
		'Violence against civilians',
		'Protests and riots',
		'Strategic developments'
	]);
	expect(opened.ids.sort()).toEqual(['syn1', 'syn2', 'syn3', 'syn4', 'syn5', 'syn6']);
	expect(opened.drawn.length).toBeGreaterThan(2);
	expect(opened.drawn.every((id) => id.startsWith('syn'))).toBe(true);
	expect(opened.precisions).toContainEqual(['syn2', 'week', 'city']);
	expect(opened.precisions).toContainEqual(['syn3', 'month', 'region']);
	// The map credits what it shows: the project's territory series is not drawn, so not credited.
	const credits = page.locator('.maplibregl-ctrl-attrib');
	await expect(credits).not.toContainText('DeepStateMap');
	// The layers panel lists the table's layers, and the list shows its events.
	await expect(page.locator('input[data-layer="battles"]')).toBeChecked();
	await expect(page.getByTestId('event-list')).toContainText('Synthetic place');

	// The address names no content of the files; Copy link says the link needs the same files.
	expect(decodeURIComponent(page.url())).not.toMatch(/Synthetic|acled-good/);
	await page.getByTestId('copy-link').click();
	await expect(page.getByTestId('share-status')).toContainText(
		'works only for someone who opens the same files'
	);
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(decodeURIComponent(link)).not.toMatch(/Synthetic|acled-good|notes/);

	// Back to the project's data, as it was left.
	await page.getByTestId('back-to-project').click();
	await expect(banner).toBeHidden();
	await waitForMapIdle(page);
	const back = await mapState(page);
	expect(back.view).toBe(before.view);
	expect(back.features).toBe(before.features);
	await expect(credits).toContainText('DeepStateMap');

	// Opening the files was a step, and so was going back: Back and Forward walk through the data too.
	await page.goBack();
	await expect(banner).toContainText('acled-good.csv');
	await waitForMapIdle(page);
	expect((await mapState(page)).features).toBe(6);
	await expect(credits).not.toContainText('DeepStateMap');
	await page.goBack();
	await expect(banner).toBeHidden();
	await waitForMapIdle(page);
	const project = await mapState(page);
	expect(project.view).toBe(before.view);
	expect(project.features).toBe(before.features);
	await expect(credits).toContainText('DeepStateMap');
	await page.goForward();
	await expect(banner).toContainText('acled-good.csv');
	// Each step's places are known to the data it shows: no notice of a place missing from the data.
	await expect(page.getByText(/No place “|no longer holds/)).toHaveCount(0);
	await page.goBack();
	await expect(banner).toBeHidden();
});

test("a folder of the project's own geo/ files reproduces the shipped map", async () => {
	const { page } = shared;
	expect(await withApp(page, ({ app }) => app.own)).toBeNull();
	const shipped = await withApp(page, ({ app }) => ({
		layers: app.layers.map((l) => l.id),
		ids: app.render!.features.map((f) => f.properties.id),
		figures: app.dataset!.figures.length
	}));
	const files = readdirSync(GEO)
		.filter((n) => /\.(geo)?json$/.test(n))
		.map((n) => ({ name: n, mimeType: 'application/json', buffer: readFileSync(join(GEO, n)) }));
	await page.getByTestId('open-data-input').setInputFiles(files);
	await expect(page.getByTestId('own-data-banner')).toContainText('The map shows your data');
	await waitForMapIdle(page);
	const opened = await withApp(page, ({ app }) => ({
		layers: app.layers.map((l) => l.id),
		ids: app.render!.features.map((f) => f.properties.id),
		figures: app.dataset!.figures.length
	}));
	expect(opened).toEqual(shipped);
});
