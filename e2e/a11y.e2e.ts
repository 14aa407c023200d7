/**
 * Accessibility of the main states: an axe scan (no serious or critical violations, colour contrast
 * included) of the first view, the details panel, the overlap chooser and the phone drawer; every
 * control reachable with Tab and showing a visible focus ring; the slider, the panel and the map
 * announced with useful names. One desktop page for the file, back to how it opened before each test
 * (the phone's drawer is scanned in mobile.e2e.ts, on its phone page).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, sharedApp, test, waitForMapIdle, withApp } from './fixtures';

/** What has focus, in words a failure message can use, and whether it shows a focus ring. */
async function focused(page: Page): Promise<{ what: string; ring: boolean }> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body) return { what: 'body', ring: false };
		const cs = getComputedStyle(el);
		const ring = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
		let what = el.tagName.toLowerCase();
		if (el.dataset['testid'] === 'date-slider') what = 'slider';
		else if (el.dataset['testid'] === 'play') what = 'play';
		else if (el.dataset['testid'] === 'copy-link') what = 'copy link';
		else if (el.dataset['layer']) what = `layer ${el.dataset['layer']}`;
		else if (el.dataset['id'] && el.closest('[data-testid="event-list"]')) what = 'list item';
		else if (el.classList.contains('maplibregl-ctrl-zoom-in')) what = 'zoom in';
		else if (el.classList.contains('maplibregl-ctrl-zoom-out')) what = 'zoom out';
		else if (el.classList.contains('maplibregl-canvas')) what = 'map';
		else what += `: ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`;
		return { what, ring };
	});
}

test.describe('on a desktop', () => {
	const shared = sharedApp({ reset: true });

	test('axe scan: first view', async () => {
		await expectAccessible(shared.page, 'first view');
	});

	test('Tab reaches every control, each with a visible focus ring', async () => {
		const { page } = shared;
		const seen = new Map<string, boolean>();
		let first: string | null = null;
		for (let i = 0; i < 150; i++) {
			await page.keyboard.press('Tab');
			const f = await focused(page);
			if (f.what === first) break;
			first ??= f.what;
			if (f.what === 'body') continue;
			seen.set(f.what, (seen.get(f.what) ?? true) && f.ring);
		}
		const needed = [
			'map',
			'zoom in',
			'zoom out',
			'layer kursk',
			'layer strikes',
			'list item',
			'copy link',
			'play',
			'slider'
		];
		for (const what of needed) expect(seen.has(what), `Tab reaches ${what}`).toBe(true);
		const noRing = [...seen].filter(([, ring]) => !ring).map(([what]) => what);
		expect(noRing, 'focused without a visible focus ring').toEqual([]);

		// From the list into the details and back, by keyboard alone.
		const item = page.getByTestId('event-list').locator('button[data-id]').first();
		await item.focus();
		await page.keyboard.press('Enter');
		const panel = page.getByTestId('details-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(panel.getByRole('button', { name: 'Close details' })).toBeFocused();
		expect((await focused(page)).ring, 'the close button shows focus').toBe(true);
		await page.keyboard.press('Escape');
		await expect(item).toBeFocused();
	});

	test('axe scan: details panel open, colour contrast checked on its own', async () => {
		const { page } = shared;
		// As its link opens it: on the place's own day.
		await withApp(page, ({ app }) => {
			app.setDate(Math.round(Date.UTC(2025, 0, 27) / 86_400_000));
			app.select('kupiansk-dvorichna-claim');
		});
		await expect(page.getByTestId('details-panel')).toBeVisible();
		await expectAccessible(page, 'panel open');
		const contrast = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
		expect(contrast.passes.length + contrast.incomplete.length).toBeGreaterThan(0);
		expect(
			contrast.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`))
		).toEqual([]);
	});

	test('axe scan: overlap chooser open', async () => {
		const { page } = shared;
		const at = await withApp(page, ({ app, map }) => {
			const f = app.feature('kursk-dprk-absence')!;
			const c = (f.geometry as GeoJSON.Point).coordinates as [number, number];
			map.jumpTo({ center: c, zoom: 6 });
			const p = map.project(c);
			const box = map.getCanvas().getBoundingClientRect();
			return { x: box.left + p.x, y: box.top + p.y };
		});
		await waitForMapIdle(page);
		await page.mouse.click(at.x, at.y);
		await expect(page.getByTestId('overlap-chooser')).toBeVisible();
		await expectAccessible(page, 'chooser open');
	});

	test('the slider, the panel and the map are announced with useful names', async () => {
		const { page } = shared;
		// The place's panel open on its day, as its link opens it (links themselves: deeplink.e2e.ts).
		await withApp(page, ({ app }) => {
			app.setDate(Math.round(Date.UTC(2025, 1, 1) / 86_400_000));
			app.select('poltava-strike');
		});
		const slider = page.getByRole('slider', { name: 'Date' });
		await expect(slider).toHaveAttribute('aria-valuetext', 'Saturday 1 February 2025');
		await slider.focus();
		await page.keyboard.press('ArrowRight');
		await expect(slider).toHaveAttribute('aria-valuetext', 'Sunday 2 February 2025');

		// The panel is a landmark named by its heading.
		const panel = page.getByRole('complementary', {
			name: 'Missile strike on an apartment building in Poltava'
		});
		await expect(panel).toBeVisible();
		await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
		await expect(panel.getByRole('heading', { level: 3, name: /Who says what/ })).toBeVisible();

		// The map: a region that says the list holds the same, and a focusable canvas that says how to use it.
		await expect(page.locator('.map-wrap > [role="region"]')).toHaveAttribute('aria-label', /event list/);
		const canvas = page.locator('canvas.maplibregl-canvas');
		const label = (await canvas.getAttribute('aria-label')) ?? '';
		expect(label).not.toBe('Map');
		expect(label).toMatch(/arrow keys/i);
		expect(label).toMatch(/event list/i);
	});
});
