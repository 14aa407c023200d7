/**
 * Sourced details: clicking a place on the map (found through the rendered features, never fixed
 * pixels) opens a panel that says who claims what, who reported it, when, and how it was verified;
 * overlapping features get a chooser; Esc closes and focus goes back where it was.
 * One page on a desktop and one on a phone; before each test the page goes back to how it opened.
 */
import type { Page } from '@playwright/test';
import { expect, sharedApp, test, waitForMapIdle, withApp } from './fixtures';

/** Page coordinates of a rendered data point: its position projected by the map, plus the canvas offset. */
async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
	const px = await withApp(
		page,
		({ map }, fid) => {
			const hit = map
				.queryRenderedFeatures({ layers: ['ft-points'] })
				.find((f) => f.properties['id'] === fid);
			if (!hit || hit.geometry.type !== 'Point') return null;
			const p = map.project(hit.geometry.coordinates as [number, number]);
			const box = map.getCanvas().getBoundingClientRect();
			return { x: box.left + p.x, y: box.top + p.y };
		},
		id
	);
	expect(px, `${id} is drawn on the map`).not.toBeNull();
	return px!;
}

async function renderedIds(page: Page, layer: string): Promise<string[]> {
	return withApp(
		page,
		({ map }, l) =>
			map
				.queryRenderedFeatures({ layers: [l] })
				.map((f) => String(f.properties['id'] ?? f.properties['role'] ?? f.properties['name'])),
		layer
	);
}

const place = (page: Page) => withApp(page, ({ app }) => app.view.place);

test.describe('on a desktop', () => {
	const shared = sharedApp({ reset: true });

	test('clicking the Poltava strike opens its sourced details; Esc closes and focus returns to the map', async () => {
		const { page } = shared;
		const at = await pointOf(page, 'poltava-strike');

		await page.mouse.move(at.x, at.y);
		await expect(page.locator('.tooltip')).toContainText(
			'Missile strike on an apartment building in Poltava'
		);

		await page.mouse.click(at.x, at.y);
		const panel = page.getByTestId('details-panel');
		await expect(panel).toBeVisible();
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
			'Missile strike on an apartment building in Poltava'
		);
		await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
		expect(await place(page)).toBe('poltava-strike');

		// The claim: 14 killed / 22 injured, Zelenskyy claims it, Al Jazeera reported it, a "claimed" badge.
		const claim = panel.locator('li.claim').filter({ hasText: '14 killed, 22 injured' });
		await expect(claim).toHaveCount(1);
		await expect(claim.locator('[data-role="claimant"]')).toHaveText('Volodymyr Zelenskyy');
		await expect(claim.locator('[data-role="reporter"]')).toHaveText(['Al Jazeera']);
		await expect(claim.locator('.badge')).toHaveText('Claimed');

		// Date at its precision with the source's words; the position says what is not known.
		await expect(panel).toContainText('Sat 1 Feb 2025');
		await expect(panel).toContainText('overnight on Saturday');
		await expect(panel).toContainText('Known to the city only');
		await expect(panel).toContainText('The building’s address and position are not given in the source');
		// The source has no URL in the data, so nothing becomes a link.
		await expect(panel.locator('.sources')).toContainText('Al Jazeera');
		await expect(panel.locator('a')).toHaveCount(0);
		// A measure, labelled with what it is computed from.
		await expect(panel).toContainText('Distance from Kyiv');
		await expect(panel).toContainText('straight-line distance from Kyiv to the marked point');

		// The selection is drawn: a highlight on the point and its approximate-area ring.
		await waitForMapIdle(page);
		expect(await renderedIds(page, 'ft-selection-point')).toEqual(['shape']);
		expect(await renderedIds(page, 'ft-selection-ring-fill')).toEqual(['ring']);

		await page.screenshot({ path: 'e2e/screenshots/details-poltava-1280.png' });
		await panel.locator('.sources').scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'e2e/screenshots/details-poltava-claims-1280.png' });

		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await expect(page.locator('canvas.maplibregl-canvas')).toBeFocused();
		expect(await place(page)).toBe(null);
		await waitForMapIdle(page);
		expect(await renderedIds(page, 'ft-selection-point')).toEqual([]);
	});

	test('features sharing a spot (the Kursk region facts) get a keyboard-navigable chooser', async () => {
		const { page } = shared;
		const at = await pointOf(page, 'kursk-dprk-absence');
		await page.mouse.click(at.x, at.y);

		const chooser = page.getByTestId('overlap-chooser');
		await expect(chooser).toBeVisible();
		const choices = chooser.locator('button[data-choice]');
		expect(await choices.count()).toBeGreaterThanOrEqual(2);
		await expect(choices.first()).toBeFocused();
		const ids = await choices.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-choice')));
		expect(ids).toContain('kursk-dprk-absence');
		await expect(page.getByTestId('details-panel')).toBeHidden();
		await page.waitForTimeout(1000);
		await page.screenshot({ path: 'e2e/screenshots/details-kursk-chooser-1280.png' });

		// Esc closes the chooser only; clicking again and choosing the second with the keyboard selects it.
		await page.keyboard.press('Escape');
		await expect(chooser).toBeHidden();
		await page.mouse.click(at.x, at.y);
		await expect(chooser).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await expect(choices.nth(1)).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(chooser).toBeHidden();
		const panel = page.getByTestId('details-panel');
		await expect(panel).toBeVisible();
		expect(await place(page)).toBe(ids[1]);
		// A region-precision fact outlines its region on the map.
		await expect(panel).toContainText('Somewhere in Kursk Oblast');
		await waitForMapIdle(page);
		expect((await renderedIds(page, 'ft-selection-region')).length).toBeGreaterThan(0);
	});

	test('the Dvorichna claim shows the source’s qualifier; a hidden feature moves the date; focus returns to the list', async () => {
		const { page } = shared;
		const item = page.locator('[data-testid="event-list"] button[data-id="kupiansk-dvorichna-claim"]');
		await item.click();
		const panel = page.getByTestId('details-panel');
		await expect(panel).toBeVisible();
		const claim = panel.locator('li.claim').first();
		await expect(claim.locator('.qualifier')).toContainText('not yet borne out by geolocated footage');
		await expect(claim.locator('.badge')).toHaveText(/^(Claimed|Unverified)$/);
		await expect(claim.locator('[data-role="claimant"]')).toHaveText('Russia');
		await expect(panel).toContainText('week of 27 Jan 2025');
		await expect(panel).toContainText('Known to the village only');
		await claim.scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'e2e/screenshots/details-dvorichna-1280.png' });

		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await expect(item).toBeFocused();

		// Selecting it on a day before it (10 Jan 2025) moves the slider to its first day and says so.
		await withApp(page, ({ app }) => {
			app.setDate(Math.round(Date.UTC(2025, 0, 10) / 86_400_000));
			app.select('kupiansk-dvorichna-claim');
		});
		await expect(panel).toContainText('The date moved to Mon 27 Jan 2025 so it shows on the map');
		expect(await withApp(page, ({ app }) => app.view.date)).toBe(
			Math.round(Date.UTC(2025, 0, 27) / 86_400_000)
		);
		// The link carries the selection and the moved date (written after the selection's own entry).
		await expect(page).toHaveURL(/kupiansk-dvorichna-claim/);
		await expect(page).toHaveURL(/date=2025-01-27/);
		await waitForMapIdle(page);
		expect(await renderedIds(page, 'ft-points')).toContain('kupiansk-dvorichna-claim');
	});

	test('Enter on the focused map picks what lies at its centre', async () => {
		const { page } = shared;
		await withApp(page, ({ map, app }) => {
			const f = app.feature('velyka-novosilka-capture');
			if (f?.geometry.type === 'Point')
				map.jumpTo({ center: f.geometry.coordinates as [number, number], zoom: 7 });
		});
		await waitForMapIdle(page);
		await page.locator('canvas.maplibregl-canvas').focus();
		await page.keyboard.press('Enter');
		const panel = page.getByTestId('details-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
		expect(await place(page)).toBe('velyka-novosilka-capture');
		await page.keyboard.press('Escape');
		await expect(page.locator('canvas.maplibregl-canvas')).toBeFocused();
	});
});

test.describe('on a phone', () => {
	const shared = sharedApp({
		reset: true,
		context: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }
	});

	test('tapping a strike opens a bottom sheet that keeps the place in view', async () => {
		const { page } = shared;
		// The side column (layers, list) covers the left of a phone's map: bring Poltava to the open
		// right-hand strip first, as a person would by dragging the map.
		await withApp(page, ({ map, app }) => {
			const f = app.feature('poltava-strike');
			if (f?.geometry.type === 'Point')
				map.jumpTo({ center: f.geometry.coordinates as [number, number], zoom: 5 });
			map.panBy([-140, 0], { animate: false });
		});
		await waitForMapIdle(page);
		const at = await pointOf(page, 'poltava-strike');
		expect(at.x).toBeGreaterThan(310);
		await page.touchscreen.tap(at.x, at.y);
		const panel = page.getByTestId('details-panel');
		await expect(panel).toBeVisible();
		await expect(panel).toContainText('14 killed, 22 injured');
		const box = await panel.boundingBox();
		const mapBox = await page.locator('canvas.maplibregl-canvas').boundingBox();
		expect(box?.width).toBe(390);
		// A sheet at the bottom of the map area, above the timeline.
		expect((box?.y ?? 0) + (box?.height ?? 0)).toBeCloseTo((mapBox?.y ?? 0) + (mapBox?.height ?? 0), 0);
		expect(box?.y ?? 0).toBeGreaterThan((mapBox?.height ?? 0) / 3);
		await expect(panel.getByRole('button', { name: 'Close details' })).toHaveCSS('width', '44px');

		// The selected point is above the sheet, not hidden under it.
		await waitForMapIdle(page);
		const now = await pointOf(page, 'poltava-strike');
		expect(now.y).toBeLessThan(box?.y ?? 0);
		await page.screenshot({ path: 'e2e/screenshots/details-poltava-390.png' });

		await panel.getByRole('button', { name: 'Close details' }).click();
		await expect(panel).toBeHidden();
	});

	test('the Dvorichna claim on a phone', async () => {
		const { page } = shared;
		await withApp(page, ({ app }) => app.select('kupiansk-dvorichna-claim'));
		const panel = page.getByTestId('details-panel');
		await expect(panel.locator('.qualifier')).toContainText('not yet borne out by geolocated footage');
		await waitForMapIdle(page);
		await page.screenshot({ path: 'e2e/screenshots/details-dvorichna-390.png' });
		await panel.locator('li.claim').first().scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'e2e/screenshots/details-dvorichna-claims-390.png' });
	});
});
