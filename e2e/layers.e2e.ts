/**
 * Layers are data: a sixth layer added from files alone (a layer file, its entry in layers.json and
 * its source in sources.json — e2e/data/sixth-layer/, synthetic and saying so) appears everywhere a
 * layer does, with no change to the app: the map, the layer toggles and their key chips, the counts,
 * the track rows, the event list, the details panel and the `layers=` link parameter.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test, waitForApp, withApp, withoutWebGL } from './fixtures';

const GEO = join(process.cwd(), 'geo');
const SIXTH = join(process.cwd(), 'e2e', 'data', 'sixth-layer');
const LAYER = 'test-sixth';
const LABEL = 'Sixth (synthetic)';
const COLOUR = '#00695c';
const FEATURE = 'synthetic-sixth-event';

/** The site's data files with the fixture's layer file added and its registry entries appended. */
function dataFiles(): Map<string, string> {
	const files = new Map<string, string>();
	for (const name of readdirSync(GEO).filter((n) => /\.(geo)?json$/.test(n)))
		files.set(name, readFileSync(join(GEO, name), 'utf8'));
	for (const name of readdirSync(SIXTH)) {
		const text = readFileSync(join(SIXTH, name), 'utf8');
		const key = name === 'layers.json' ? 'layers' : name === 'sources.json' ? 'sources' : null;
		if (key === null) {
			files.set(name, text);
			continue;
		}
		const merged = JSON.parse(files.get(name) ?? `{"${key}":[]}`) as Record<string, unknown[]>;
		merged[key] = [...(merged[key] ?? []), ...(JSON.parse(text) as Record<string, unknown[]>)[key]!];
		files.set(name, JSON.stringify(merged));
	}
	return files;
}

async function serve(page: Page): Promise<void> {
	const files = dataFiles();
	await page.route('**/data/*', (route) => {
		const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
		const body =
			name === 'index.json' ? JSON.stringify({ files: [...files.keys()].sort() }) : files.get(name);
		if (body === undefined) return route.fulfill({ status: 404, body: 'Not found' });
		return route.fulfill({ contentType: 'application/json', body });
	});
}

test('a sixth layer from data files alone shows in the map, key, toggles, counts, track, list, details and links', async ({
	page
}) => {
	await serve(page);
	await openApp(page, '/?date=2025-01-25');

	// Layer toggle with its key chip, in the colour the data declares, and its count for the day.
	const toggle = page.getByRole('checkbox', { name: new RegExp(LABEL.replace(/[()]/g, '\\$&')) });
	await expect(toggle).toBeChecked();
	const row = page.locator(`label:has(input[data-layer="${LAYER}"])`);
	await expect(row.locator('.chip')).toHaveCSS('background-color', 'rgb(0, 105, 92)');
	await expect(row.locator('.n')).toContainText('1');

	// The map draws it.
	const drawn = await withApp(
		page,
		({ map }, layer) =>
			map.queryRenderedFeatures({ layers: ['ft-points'] }).filter((f) => f.properties['layer'] === layer)
				.length,
		LAYER
	);
	expect(drawn).toBe(1);

	// A track row of its own, with the event's mark in the layer's colour.
	const track = page.locator(`.row[data-layer="${LAYER}"]`);
	await expect(track).toHaveAttribute('title', LABEL);
	await expect(track.locator(`.mark[data-id="${FEATURE}"]`)).toHaveCSS('--c', COLOUR);

	// The event list, and the details panel that names the layer.
	const item = page.getByTestId('event-list').locator(`button[data-id="${FEATURE}"]`);
	await expect(item).toContainText('Synthetic event of the sixth layer');
	await item.click();
	await expect(page.getByTestId('details-panel')).toContainText(`Report · ${LABEL} layer`);
	await page.keyboard.press('Escape');

	// Only this layer on: the link says so, and the link reopens it that way.
	for (const other of await withApp(page, ({ app }) => [...app.layerIds]))
		if (other !== LAYER) await page.locator(`input[data-layer="${other}"]`).uncheck();
	await expect(page).toHaveURL(new RegExp(`[?&]layers=${LAYER}(&|$)`));
	await expect(page.getByTestId('visible-count').locator('strong')).toHaveText('1');
	await page.reload();
	await waitForApp(page, { map: false });
	expect(await withApp(page, ({ app }) => [...app.view.layers])).toEqual([LAYER]);
});

test('a link naming a layer the data does not declare opens with the usual notice', async ({ page }) => {
	await serve(page);
	// The notice and the view, not the map.
	await withoutWebGL(page);
	await openApp(page, `/?date=2025-01-25&layers=${LAYER},test-seventh`, { map: false });
	await expect(page.getByTestId('notices')).toContainText('Ignored unknown layers “test-seventh”.');
	expect(await withApp(page, ({ app }) => [...app.view.layers])).toEqual([LAYER]);
});
