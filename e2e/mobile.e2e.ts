/**
 * Small screens: on a 390×844 touch phone the controls that are on screen never overlap (each
 * visible control's box is checked against every other's), the main ones are finger-sized (≥ 44 px),
 * and the first view, the list drawer and the details sheet are screenshotted (and looked at), with a
 * desktop screenshot to compare. The phone's tests share one page; the drawer is also scanned by axe.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectAccessible, openApp, sharedApp, test, waitForMapIdle, withApp } from './fixtures';

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** The controls a phone shows; those not visible in a state are left out of that state's check. */
function controls(page: Page): Record<string, Locator> {
	return {
		masthead: page.locator('.masthead'),
		'copy link': page.getByTestId('copy-link'),
		'zoom in': page.getByRole('button', { name: 'Zoom in' }),
		'zoom out': page.getByRole('button', { name: 'Zoom out' }),
		'list toggle': page.locator('.side-toggle'),
		'list drawer': page.locator('#side-panel'),
		play: page.getByTestId('play'),
		speed: page.getByRole('combobox', { name: 'Playback speed' }),
		slider: page.getByTestId('date-slider'),
		'details sheet': page.getByTestId('details-panel'),
		'scale bar': page.locator('.maplibregl-ctrl-scale'),
		attribution: page.locator('.maplibregl-ctrl-attrib')
	};
}

const overlap = (a: Box, b: Box) =>
	Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 &&
	Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

/** Every pair of visible controls, checked for overlapping boxes; returns the visible ones' boxes. */
async function expectNoOverlap(page: Page, state: string): Promise<Map<string, Box>> {
	const boxes = new Map<string, Box>();
	for (const [name, loc] of Object.entries(controls(page))) {
		if ((await loc.count()) === 0 || !(await loc.isVisible())) continue;
		const box = await loc.boundingBox();
		if (box) boxes.set(name, box);
	}
	const clashes: string[] = [];
	const list = [...boxes];
	list.forEach(([a, ba], i) => {
		for (const [b, bb] of list.slice(i + 1)) if (overlap(ba, bb)) clashes.push(`${a} × ${b}`);
	});
	expect(clashes, `${state}: overlapping controls`).toEqual([]);
	const vp = page.viewportSize() ?? { width: 0, height: 0 };
	for (const [name, b] of boxes) {
		const inside =
			b.x >= 0 && b.y >= 0 && b.x + b.width <= vp.width + 0.5 && b.y + b.height <= vp.height + 0.5;
		expect(inside, `${state}: ${name} on screen`).toBe(true);
	}
	return boxes;
}

function expectFingerSized(boxes: Map<string, Box>, names: string[], state: string): void {
	for (const name of names) {
		const b = boxes.get(name);
		expect(b, `${state}: ${name} is visible`).toBeDefined();
		expect(Math.round(b!.height), `${state}: ${name} height`).toBeGreaterThanOrEqual(44);
		expect(Math.round(b!.width), `${state}: ${name} width`).toBeGreaterThanOrEqual(44);
	}
}

test.describe('on a 390×844 touch phone', () => {
	const shared = sharedApp({
		reset: true,
		context: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }
	});

	test('first view: no overlapping controls, finger-sized targets', async () => {
		const { page } = shared;
		const boxes = await expectNoOverlap(page, 'first view');
		for (const name of ['masthead', 'copy link', 'zoom in', 'list toggle', 'play', 'slider'])
			expect(boxes.has(name), `first view shows ${name}`).toBe(true);
		expectFingerSized(
			boxes,
			['copy link', 'zoom in', 'zoom out', 'list toggle', 'play', 'speed'],
			'first view'
		);
		expect(Math.round(boxes.get('slider')!.height)).toBeGreaterThanOrEqual(44);
		// The territory note over the map takes one line where one fits, not two over the map.
		const note = page.getByTestId('territory-note').locator('p').first();
		const lines = await note.evaluate((p) => {
			const range = document.createRange();
			range.selectNodeContents(p);
			return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
		});
		expect(lines, 'lines of the territory note').toBe(1);
		await page.screenshot({ path: 'e2e/screenshots/mobile-first-view.png' });
	});

	test('list drawer: open, tap an item, the details sheet opens; nothing overlaps; axe finds nothing serious', async () => {
		const { page } = shared;
		await page.getByRole('button', { name: 'Events & layers' }).tap();
		const list = page.getByTestId('event-list');
		await expect(list).toBeVisible();
		// The drawer covers the map: each of its panels is opaque, so no map label shows through.
		const backgrounds = await list.evaluate((el) =>
			[...el.closest('section')!.parentElement!.children]
				.filter((c) => c.matches('section'))
				.map((c) => getComputedStyle(c).backgroundColor)
		);
		expect(backgrounds.length).toBeGreaterThan(1);
		for (const b of backgrounds) expect(b, 'a drawer panel’s background').toMatch(/^rgb\(/);
		await expectAccessible(page, 'phone drawer open');
		let boxes = await expectNoOverlap(page, 'drawer open');
		expect(boxes.has('list drawer')).toBe(true);
		expectFingerSized(boxes, ['list toggle'], 'drawer open');
		const item = list.locator('button[data-id]').first();
		expect(Math.round((await item.boundingBox())!.height)).toBeGreaterThanOrEqual(44);
		await page.screenshot({ path: 'e2e/screenshots/mobile-drawer.png' });

		const name = await item.locator('.name').textContent();
		await item.tap();
		const sheet = page.getByTestId('details-panel');
		await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(name ?? '');
		await waitForMapIdle(page);
		// The sheet shows the place; the list got out of its way.
		boxes = await expectNoOverlap(page, 'sheet open');
		expect(boxes.has('details sheet')).toBe(true);
		expect(boxes.has('list drawer'), 'the drawer closed for the sheet').toBe(false);
		await page.screenshot({ path: 'e2e/screenshots/mobile-sheet.png' });
		const close = sheet.getByRole('button', { name: 'Close details' });
		const cb = (await close.boundingBox())!;
		expect(cb.width >= 44 && cb.height >= 44).toBe(true);
		await close.tap();
		await expect(sheet).toBeHidden();
		await expectNoOverlap(page, 'sheet closed');
	});

	test('a shared place link opens the sheet with the timeline and the map controls clear of it', async () => {
		const { page } = shared;
		await openApp(page, '/place/kupiansk-dvorichna-claim');
		const sheet = page.getByTestId('details-panel');
		await expect(sheet).toBeVisible();
		// The link names no camera, so the place is framed above the sheet, not hidden under it.
		await expect
			.poll(
				async () => {
					const sheetTop = (await sheet.boundingBox())!.y;
					const p = await withApp(page, ({ app, map }) => {
						const f = app.feature('kupiansk-dvorichna-claim')!;
						const q = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
						const box = map.getCanvas().getBoundingClientRect();
						return { x: box.left + q.x, y: box.top + q.y, moving: map.isMoving() };
					});
					return !p.moving && p.y > 0 && p.y < sheetTop && p.x > 0 && p.x < 390;
				},
				{ timeout: 10_000 }
			)
			.toBe(true);
		const boxes = await expectNoOverlap(page, 'place link');
		expectFingerSized(boxes, ['copy link', 'zoom in', 'zoom out', 'play'], 'place link');
		// The sheet scrolls to its sources; the timeline stays put below it.
		await sheet.locator('.body').evaluate((b) => (b.scrollTop = b.scrollHeight));
		await expect(sheet.locator('.sources li').last()).toBeInViewport();
		await expect(page.getByTestId('date-slider')).toBeInViewport();
		await page.screenshot({ path: 'e2e/screenshots/mobile-place-link.png' });
	});
});

test('desktop: the same controls do not overlap, with the details panel open', async ({ page }) => {
	await openApp(page, '/place/poltava-strike');
	await expect(page.getByTestId('details-panel')).toBeVisible();
	const boxes = await expectNoOverlap(page, 'desktop, panel open');
	expect(boxes.has('list drawer') && boxes.has('details sheet')).toBe(true);
	await page.screenshot({ path: 'e2e/screenshots/mobile-desktop-compare.png' });
});
