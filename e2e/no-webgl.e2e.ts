/**
 * A browser without WebGL (old phones, locked-down office desktops, some embeds): the page says the map
 * cannot be drawn and why, and the timeline, the event list and the details keep working without it.
 * In its own file because the browser must be launched with WebGL off; its tests share one page.
 */
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/browser.js';
import { expect, openApp, sharedApp, test, withApp } from './fixtures';

const frontline = (page: Page) => withApp(page, ({ app, map }) => ({ hasMap: !!map, place: app.view.place }));

async function listIds(page: Page): Promise<string[]> {
	return page
		.getByTestId('event-list')
		.locator('button[data-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
}

const browser = findBrowser();

test.use({
	launchOptions: {
		executablePath: browser?.path,
		args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis']
	}
});

const shared = sharedApp({ map: false });

test('the page says why there is no map; the timeline, the list and the details still work', async () => {
	const { page } = shared;
	const failure = page.getByRole('alert').filter({ hasText: 'The map cannot be drawn here.' });
	await expect(failure).toBeVisible();
	await expect(failure).toContainText('Reason: this browser has WebGL turned off or does not support it.');
	await expect(failure).toContainText('The timeline, the list of events and the details still work.');
	expect((await frontline(page)).hasMap, 'no map was constructed').toBe(false);
	await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);

	// Scrub with the keyboard: the date and the list follow.
	const slider = page.getByTestId('date-slider');
	const label = page.getByTestId('date-label');
	await slider.focus();
	await page.keyboard.press('End');
	const lastLabel = await label.textContent();
	const atEnd = await listIds(page);
	expect(atEnd.length, 'something is listed on the last day').toBeGreaterThan(0);
	await page.keyboard.press('PageDown');
	await page.keyboard.press('PageDown');
	await expect(label).not.toHaveText(lastLabel ?? '');
	// The list follows once the slider rests: wait for the day both presses reached, not the first one.
	// (The dated facts: undated ones are grouped under their report day, below the list.)
	const reached = await withApp(page, ({ app }) =>
		app.day.items.filter((i) => i.props.tp !== 'undated').map((i) => i.props.id)
	);
	expect(reached).not.toEqual(atEnd);
	await expect.poll(() => listIds(page)).toEqual(reached);

	// Choosing from the list opens the details, claims and sources included.
	const first = page.getByTestId('event-list').locator('button[data-id]').first();
	const id = await first.getAttribute('data-id');
	const name = await first.locator('.name').textContent();
	await first.click();
	const panel = page.getByTestId('details-panel');
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(name ?? '');
	await expect(panel.locator('.claim').first()).toBeVisible();
	await expect(panel.getByRole('heading', { name: 'Sources' })).toBeVisible();
	expect((await frontline(page)).place).toBe(id);
	await expect.poll(() => new URL(page.url()).pathname).toBe(`/place/${id}`);
	// Closing works without a map to return focus to.
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await page.screenshot({ path: 'e2e/screenshots/faults-no-webgl-desktop.png' });
});

test('without a map, the details point at no ring or outline', async () => {
	const { page } = shared;
	await openApp(page, '/place/kursk-incursion', { map: false });
	const panel = page.getByTestId('details-panel');
	await expect(panel).toBeVisible();
	await expect(panel).toContainText('Somewhere in Kursk Oblast; the point stands for the whole region.');
	await expect(panel).not.toContainText('on the map');
	await expect(panel).not.toContainText('outline');
});

test('on a phone without WebGL the list is still reachable and opens the details', async () => {
	const { page } = shared;
	await page.setViewportSize({ width: 390, height: 844 });
	await openApp(page, '/', { map: false });
	await expect(page.getByRole('alert').filter({ hasText: 'The map cannot be drawn here.' })).toBeVisible();
	await page.screenshot({ path: 'e2e/screenshots/faults-no-webgl-phone.png' });
	const toggle = page.getByRole('button', { name: 'Events & layers' });
	await expect(toggle).toBeVisible();
	await toggle.click();
	const item = page.getByTestId('event-list').locator('button[data-id]').first();
	await expect(item).toBeVisible();
	await item.click();
	await expect(page.getByTestId('details-panel')).toBeVisible();
	await page.screenshot({ path: 'e2e/screenshots/faults-no-webgl-phone-details.png' });
});
