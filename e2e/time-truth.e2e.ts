/**
 * Issue #15, "facts shown at the wrong time", in the browser: on the article's date (6 February 2025)
 * the three facts the article reports as still going on (the Kursk incursion, the North Korean
 * deployment, the battle for Pokrovsk) are on the map and worded as continuing, and the statements
 * the article does not date are never listed among the day's events: they are under "Undated,
 * reported by 6 Feb 2025", and the map shows them as uncertain, never as new on the day.
 * The data behind it is checked in src/lib/data/article-facts.spec.ts.
 */
import type { Page } from '@playwright/test';
import { FT_LAYER_IDS, PROP_V0, STATE_V } from '../src/lib/map/expressions';
import { DEFAULT_CODE, VIS_CODE } from '../src/lib/map/visibility-state';
import { expect, sharedApp, test, waitForMapIdle, withApp } from './fixtures';

const DAY_MS = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

const CONTINUING = ['kursk-incursion', 'kursk-dprk-deployment', 'pokrovsk-battle'];
const UNDATED_FEATURES = ['kursk-dprk-casualties', 'kursk-dprk-conduct', 'kursk-dprk-reinforcements'];
const UNDATED_FIGURES = ['isw-donetsk-estimate', 'minerals-seized', 'new-brigades-paused'];

/**
 * Each feature's visibility code as the map draws it (its feature-state, else the code baked into the
 * source's data), read from the features the map renders once framed on them; absent if not rendered.
 */
async function mapCodes(page: Page, ids: string[]): Promise<Record<string, number>> {
	await withApp(
		page,
		({ map, app }, ids) => {
			const pts = (app.render?.features ?? [])
				.filter((f) => ids.includes(f.properties.id) && f.geometry.type === 'Point')
				.map((f) => (f.geometry as { coordinates: number[] }).coordinates);
			const lons = pts.map((p) => p[0]!);
			const lats = pts.map((p) => p[1]!);
			map.fitBounds(
				[
					[Math.min(...lons), Math.min(...lats)],
					[Math.max(...lons), Math.max(...lats)]
				],
				innerWidth >= 720
					? { padding: { top: 90, bottom: 40, left: 340, right: 70 }, animate: false, maxZoom: 7 }
					: { padding: 40, animate: false, maxZoom: 7 }
			);
		},
		ids
	);
	await waitForMapIdle(page);
	return withApp(
		page,
		({ map }, { ids, layers, key, baked, fallback }) => {
			const out: Record<string, number> = {};
			for (const f of map.queryRenderedFeatures({ layers })) {
				const id = String(f.properties['id']);
				if (ids.includes(id)) out[id] = Number(f.state[key] ?? f.properties[baked] ?? fallback);
			}
			return out;
		},
		{ ids, layers: FT_LAYER_IDS as string[], key: STATE_V, baked: PROP_V0, fallback: DEFAULT_CODE as number }
	);
}

const idsIn = (page: Page, testId: string): Promise<string[]> =>
	page
		.getByTestId(testId)
		.locator('[data-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));

test.describe('time truth on the article’s date', () => {
	// One page, back on the day it opened on (nothing selected, its camera) before each test.
	const shared = sharedApp({ path: '/?date=2025-02-06', reset: true });
	test.beforeEach(async () => {
		await expect(shared.page.getByTestId('date-slider')).toHaveValue(String(day('2025-02-06')));
		// The list follows the day once the slider rests (EventList.svelte): wait for it to show the day.
		await expect(shared.page.locator('#events-heading')).toHaveText('On the map on 6 Feb 2025');
	});

	test('the incursion, the North Korean deployment and the Pokrovsk battle are on the map as continuing', async () => {
		const { page } = shared;
		const codes = await mapCodes(page, CONTINUING);
		expect(Object.keys(codes).sort()).toEqual([...CONTINUING].sort());
		for (const id of CONTINUING) expect(codes[id], id).not.toBe(VIS_CODE.hidden);

		// Listed among what the map shows on the day, worded as still going on at the source's date.
		const list = page.getByTestId('event-list');
		for (const id of CONTINUING) {
			const row = list.locator(`[data-id="${id}"]`);
			await expect(row).toBeVisible();
			await expect(row).toContainText('still going on at 6 Feb 2025');
		}

		// The details panel says the same, and the date stays on the day.
		await list.locator('[data-id="pokrovsk-battle"]').click();
		const panel = page.getByTestId('details-panel');
		await expect(panel).toContainText('since January 2025, still going on at 6 Feb 2025 (the source’s date)');
		expect(await withApp(page, ({ app }) => app.view.date)).toBe(day('2025-02-06'));
		// A day later the source says nothing: the open end is not carried past it.
		await withApp(page, ({ app }, d) => app.setDate(d), day('2025-02-07'));
		const after = await mapCodes(page, CONTINUING);
		for (const id of CONTINUING) expect(after[id], id).toBe(VIS_CODE.hidden);
	});

	test('no undated statement is listed or drawn as an event of the day', async () => {
		const { page } = shared;
		// Not among the day's events, nor the day's figures…
		const events = await idsIn(page, 'event-list');
		expect(events.length).toBeGreaterThan(0);
		for (const id of [...UNDATED_FEATURES, ...UNDATED_FIGURES]) expect(events, id).not.toContain(id);
		// (the week's figures, such as Zelenskyy's 45,100 of "this week", are the day's)
		const dayFigures = await idsIn(page, 'figure-list');
		expect(dayFigures).toContain('ukraine-losses-zelenskyy');
		for (const id of UNDATED_FIGURES) expect(dayFigures, id).not.toContain(id);
		// …but under "Undated, reported by 6 Feb 2025".
		await expect(page.getByRole('heading', { name: /Undated, reported by 6 Feb 2025/ })).toBeVisible();
		expect(await idsIn(page, 'undated-list')).toEqual(
			expect.arrayContaining([...UNDATED_FEATURES, ...UNDATED_FIGURES])
		);
		// On the map they are shown with an uncertain date, never emphasised as new on the day.
		const codes = await mapCodes(page, UNDATED_FEATURES);
		for (const id of UNDATED_FEATURES) expect(codes[id], id).toBe(VIS_CODE.uncertain);
		// Nor days later, as a fact of the week before would be.
		await withApp(page, ({ app }, d) => app.setDate(d), day('2025-02-09'));
		const later = await mapCodes(page, UNDATED_FEATURES);
		for (const id of UNDATED_FEATURES) expect(later[id], id).toBe(VIS_CODE.uncertain);
		expect(await idsIn(page, 'event-list')).not.toContain(UNDATED_FEATURES[0]);
	});
});
