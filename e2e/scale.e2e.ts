/**
 * A newsroom's own data at scale: thousands of events instead of our sixteen. The synthetic generator
 * the benchmark uses (scripts/bench/synthetic.ts, valid per the data contract) is served in place of
 * the site's data files, so the app's real load path, validator and UI meet it in the browser.
 */
import type { Page } from '@playwright/test';
import { generateSynthetic } from '../scripts/bench/synthetic';
import { everyRingFits, FT_LAYER } from '../src/lib/map/expressions';
import { LIST_LIMIT } from '../src/lib/timeline/visible';
import { expect, test, waitForMapIdle } from './fixtures';

const COUNT = 6_000;
const FILES = generateSynthetic(COUNT, 7);

interface Frontline {
	app: { view: { date: number }; day: { total: number; items: { props: { id: string; s: number } }[] } };
	map: { getLayoutProperty(layer: string, name: string): unknown };
}
const frontline = (page: Page) =>
	page.evaluate(() => {
		const f = (window as unknown as { __frontline: Frontline }).__frontline;
		return {
			date: f.app.view.date,
			total: f.app.day.total,
			ids: f.app.day.items.map((i) => i.props.id),
			starts: f.app.day.items.map((i) => i.props.s),
			rings: f.map.getLayoutProperty('ft-precision', 'visibility')
		};
	});

async function serveSynthetic(page: Page): Promise<void> {
	await page.route('**/data/index.json', (r) =>
		r.fulfill({ contentType: 'application/json', body: JSON.stringify({ files: [...FILES.keys()].sort() }) })
	);
	for (const [name, body] of FILES) {
		await page.route(`**/data/${name}`, (r) =>
			r.fulfill({ contentType: name.endsWith('.json') ? 'application/json' : 'application/geo+json', body })
		);
	}
}

const listIds = (page: Page) =>
	page
		.getByTestId('event-list')
		.locator('button[data-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));

test.describe('at newsroom scale', () => {
	test.beforeEach(async ({ page }) => {
		await serveSynthetic(page);
		await page.goto('/');
		await waitForMapIdle(page);
	});

	test('counts everything, lists the newest and says how many it left out', async ({ page }) => {
		const count = page.getByTestId('visible-count');
		await expect(count).toContainText(`of ${COUNT.toLocaleString('en-GB')} facts on the map`);
		const state = await frontline(page);
		expect(state.total).toBeGreaterThan(LIST_LIMIT);
		await expect(count.locator('strong')).toHaveText(state.total.toLocaleString('en-GB'));

		await expect.poll(() => listIds(page)).toEqual(state.ids);
		expect(state.ids).toHaveLength(LIST_LIMIT);
		// Newest first: the first days never go up down the list.
		expect(state.starts).toEqual([...state.starts].sort((a, b) => b - a));
		await expect(page.getByTestId('event-list-more')).toHaveText(
			new RegExp(`Showing the ${LIST_LIMIT} newest of ${state.total.toLocaleString('en-GB')} facts`)
		);
	});

	test('draws precision rings on the selected place only, and the key says so', async ({ page }) => {
		const features = [...FILES]
			.filter(([name]) => name.endsWith('.geojson'))
			.flatMap(([, text]) => (JSON.parse(text) as { features: Parameters<typeof everyRingFits>[0] }).features)
			.map((f) => ({
				...f,
				properties: {
					pp: (f.properties as unknown as { position: { precision: string } }).position.precision
				}
			}));
		expect(everyRingFits(features), 'the data set is big enough to need it').toBe(false);
		expect((await frontline(page)).rings).toBe('none');
		await expect(page.getByTestId('rings-note')).toHaveText(/Rings show on the selected place only/);
	});

	test('scrubbing moves the count at once and the list once the slider rests', async ({ page }) => {
		const slider = page.getByTestId('date-slider');
		await slider.focus();
		await page.keyboard.press('Home');
		for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
		const state = await frontline(page);
		expect(state.date).toBe(Number(await slider.getAttribute('min')) + 20);
		expect(state.total).toBeLessThan(COUNT / 10);
		await expect(page.getByTestId('visible-count').locator('strong')).toHaveText(
			state.total.toLocaleString('en-GB')
		);
		await expect.poll(() => listIds(page)).toEqual(state.ids);
		for (const s of state.starts) expect(s).toBeLessThanOrEqual(state.date);
	});
});

test('with our own sixteen facts every imprecise place keeps its ring', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	const rings = await page.evaluate(
		(id) =>
			(window as unknown as { __frontline: Frontline }).__frontline.map.getLayoutProperty(id, 'visibility'),
		FT_LAYER.precision
	);
	expect(rings).toBe('visible');
	await expect(page.getByTestId('rings-note')).toHaveCount(0);
});
