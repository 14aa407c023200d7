/**
 * A newsroom's own data at scale: thousands of events instead of our sixteen. The synthetic generator
 * the benchmark uses (scripts/bench/synthetic.ts, valid per the data contract) is served in place of
 * the site's data files, so the app's real load path, validator and UI meet it in the browser, on one
 * page for the file. (That our own sixteen facts keep every ring is checked in timeline.e2e.ts.)
 */
import type { Page } from '@playwright/test';
import { generateSynthetic } from '../scripts/bench/synthetic';
import { drawsPlain, everyRingFits, FT_LAYER, FT_PLAIN_LAYER, PLAIN_LIMIT } from '../src/lib/map/expressions';
import { RECENT_NOTE } from '../src/lib/ui/legend';
import { PLAIN_NOTE } from '../src/lib/ui/plain-note';
import { LIST_LIMIT } from '../src/lib/timeline/visible';
import { expect, openApp, sharedApp, test, waitForMapIdle, withApp } from './fixtures';

const COUNT = 6_000;
const FILES = generateSynthetic(COUNT, 7);

/** A synthetic feature as the tests read it (scripts/bench/synthetic.ts writes the data contract). */
type Synthetic = {
	id: string;
	properties: { kind: string; position: { precision: string } };
	geometry: { type: string; coordinates: number[][] };
};

/** Every feature of a synthetic data set's layer files. */
const featuresOf = (files: Map<string, string>): Synthetic[] =>
	[...files]
		.filter(([name]) => name.endsWith('.geojson'))
		.flatMap(([, text]) => (JSON.parse(text) as { features: Synthetic[] }).features);

const frontline = (page: Page) =>
	withApp(page, ({ app, map }) => ({
		date: app.view.date,
		total: app.day.total,
		ids: app.day.items.map((i) => i.props.id),
		starts: app.day.items.map((i) => i.props.s),
		rings: map.getLayoutProperty('ft-precision', 'visibility')
	}));

async function serveSynthetic(page: Page, files = FILES): Promise<void> {
	await page.route('**/data/index.json', (r) =>
		r.fulfill({
			contentType: 'application/json',
			body: JSON.stringify({ files: [...files.keys()].sort() })
		})
	);
	for (const [name, body] of files) {
		await page.route(`**/data/${name}`, (r) =>
			r.fulfill({
				contentType: name.endsWith('.json') ? 'application/json' : 'application/geo+json',
				body
			})
		);
	}
}

const listIds = (page: Page) =>
	page
		.getByTestId('event-list')
		.locator('button[data-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));

test.describe('at newsroom scale', () => {
	const shared = sharedApp({ setup: serveSynthetic });

	test('counts everything, lists the newest and says how many it left out', async () => {
		const { page } = shared;
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

	test('draws precision rings on the selected place only, and the key says so', async () => {
		const { page } = shared;
		const features = featuresOf(FILES).map((f) => ({
			...f,
			properties: { pp: f.properties.position.precision }
		}));
		expect(everyRingFits(features), 'the data set is big enough to need it').toBe(false);
		expect((await frontline(page)).rings).toBe('none');
		await expect(page.getByTestId('rings-note')).toHaveText(/Rings show on the selected place only/);
		await expect(page.getByTestId('key-note')).toHaveText(RECENT_NOTE);
	});

	test('the layer toggles wrap long names between their words, each count beside its name', async () => {
		const { page } = shared;
		// Each toggle's name: the words that the layout broke across lines, how many lines it takes, and
		// whether the count stays inside the toggle's own column.
		const toggles = await page.locator('input[type="checkbox"][data-layer]').evaluateAll((inputs) =>
			inputs.map((input) => {
				const label = input.closest('label')!;
				const text = label.querySelector('.name')!.firstChild as Text;
				const lines = (start: number, end: number) => {
					const range = document.createRange();
					range.setStart(text, start);
					range.setEnd(text, end);
					return new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size;
				};
				const box = label.getBoundingClientRect();
				const count = label.querySelector('.n')?.getBoundingClientRect();
				return {
					name: text.data,
					lines: lines(0, text.data.length),
					broken: [...text.data.matchAll(/\S+/g)]
						.filter((m) => lines(m.index, m.index + m[0].length) > 1)
						.map((m) => m[0]),
					countInside: !count || (count.left >= box.left && count.right <= box.right + 0.5)
				};
			})
		);
		expect(toggles.length).toBeGreaterThan(1);
		expect(
			toggles.filter((t) => t.lines > 1).map((t) => t.name),
			'a name too long for its column (the test needs one)'
		).not.toEqual([]);
		for (const t of toggles) {
			expect(t.broken, `${t.name}: words broken across lines`).toEqual([]);
			expect(t.countInside, `${t.name}: its count inside its column`).toBe(true);
		}
	});

	test('scrubbing moves the count at once and the list once the slider rests', async () => {
		const { page } = shared;
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

test.describe('above the plain-symbology limit', () => {
	// About nine in ten synthetic events are points: 1.25 × the limit puts the points above it.
	const BIG = generateSynthetic(Math.ceil(PLAIN_LIMIT * 1.25), 11);
	const shared = sharedApp({ setup: (page) => serveSynthetic(page, BIG) });
	const features = featuresOf(BIG);

	test('draws every point plainly, and the key says so', async () => {
		const { page } = shared;
		expect(drawsPlain(features), 'the data set is big enough to need it').toBe(true);
		const ids = [FT_LAYER.points, ...Object.values(FT_PLAIN_LAYER)];
		const shown = await withApp(
			page,
			({ map }, layerIds: string[]) =>
				layerIds.map((id) => map.getLayoutProperty(id, 'visibility') ?? 'visible'),
			ids
		);
		expect(shown).toEqual(['none', ...Object.values(FT_PLAIN_LAYER).map(() => 'visible')]);
		await expect(page.getByTestId('key-note')).toHaveText(PLAIN_NOTE);
		await expect(page.getByText('Strike, last 7 days')).toHaveCount(0);
	});

	test('draws the movements without arrows; a selected one shows its direction', async () => {
		const { page } = shared;
		await waitForMapIdle(page);
		const arrows = () =>
			withApp(
				page,
				({ map }, id) => ({
					layer: map.getLayoutProperty(id, 'visibility'),
					// The selection's layers are added with the first selection.
					selected: map.getLayer('ft-selection-arrow')
						? map.queryRenderedFeatures({ layers: ['ft-selection-arrow'] }).length
						: 0
				}),
				FT_LAYER.movementArrow
			);
		expect(await arrows()).toEqual({ layer: 'none', selected: 0 });

		// The longest movement, opened by its link: the map frames it and draws its arrows over it.
		const movements = features.filter((f) => f.properties.kind === 'movement');
		const length = (c: number[][]) => Math.hypot(c[0]![0]! - c.at(-1)![0]!, c[0]![1]! - c.at(-1)![1]!);
		const longest = movements.reduce((a, b) =>
			length(b.geometry.coordinates) > length(a.geometry.coordinates) ? b : a
		);
		await openApp(page, `/?place=${longest.id}`);
		await expect(page.getByTestId('details-panel')).toBeVisible();
		await waitForMapIdle(page);
		const after = await arrows();
		expect(after.layer).toBe('none');
		expect(after.selected).toBeGreaterThan(0);
		await page.screenshot({ path: 'e2e/screenshots/scale-plain-movement-1280.png' });
	});
});
