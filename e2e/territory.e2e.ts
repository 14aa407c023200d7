/**
 * The front line: DeepStateMap's series (geo/territory.geojson, from `npm run territory`) on the map,
 * in the details of a place and of the territory itself, and before the series begins.
 */
import type { Page } from '@playwright/test';
import { expect, sharedApp, test, waitForMapIdle, withApp } from './fixtures';

/** Pokrovsk (GeoNames, as in geo/pokrovsk.geojson) and Luhansk, deep inside the occupied area and far from any event. */
const POKROVSK: [number, number] = [37.17585, 48.28198];
const LUHANSK: [number, number] = [39.3078, 48.567];

/** Territory pieces drawn (not hidden) within `px` pixels of a place. */
function drawnNear(page: Page, at: [number, number], px: number): Promise<number> {
	return withApp(
		page,
		({ map }, { at, px }) => {
			const p = map.project(at);
			const hits = map.queryRenderedFeatures(
				[
					[p.x - px, p.y - px],
					[p.x + px, p.y + px]
				],
				{ layers: ['ft-territory-fill'] }
			);
			return hits.filter((f) => (f.state['v'] ?? f.properties['v0']) !== 0).length;
		},
		{ at, px }
	);
}

const DAY_MS = 86_400_000;

/** Moves the shared page to a day and a camera, as a link with `date` and `at` opens it, and waits for the map. */
async function goTo(
	page: Page,
	iso: string,
	camera: { lat: number; lon: number; zoom: number }
): Promise<void> {
	await withApp(
		page,
		({ app }, { d, camera }) => {
			app.setDate(d);
			app.setCamera(camera);
		},
		{
			d: Date.parse(`${iso}T00:00:00Z`) / DAY_MS,
			camera
		}
	);
	await waitForMapIdle(page);
}

// One page, opened on the Pokrovsk battle's page (the link is the first test's); the others move it
// to their day and camera, nothing selected (e2e/fixtures.ts's goHome).
const shared = sharedApp({ path: '/place/pokrovsk-battle?date=2025-01-20&at=48.3,37.6,8', reset: true });

test('on 20 Jan 2025 the occupied area is drawn near Pokrovsk, whose details give the distance to it', async () => {
	const { page } = shared;
	await expect(page.getByTestId('territory-note')).toContainText('Occupied territory, as of 20 Jan 2025:');
	expect(await drawnNear(page, POKROVSK, 60)).toBeGreaterThan(0);
	await expect(page.getByTestId('front-distance')).toContainText(
		/On Mon 20 Jan 2025, (\d[\d.,]* km from|inside) the area DeepStateMap shows as held/
	);
	await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('DeepStateMap');
});

test('clicking the occupied area opens whose map it is, the snapshot, the area and the ISW months beside the series', async () => {
	const { page } = shared;
	await goTo(page, '2025-02-06', { lat: 48.4, lon: 38.6, zoom: 7 });
	const p = await withApp(page, ({ map }, at) => map.project(at), LUHANSK);
	await page.mouse.click(p.x, p.y);
	const details = page.getByTestId('territory-details');
	await expect(details).toContainText('DeepStateMap’s map');
	await expect(details).toContainText('deepstatemap_data_20250207.geojson');
	await expect(page.getByTestId('territory-area')).toHaveText(/^1\d\d,\d{3} km²$/);
	const compare = page.getByTestId('territory-compare');
	await expect(compare).toContainText('December 2024');
	await expect(compare).toContainText('593sq km');
	await expect(compare).toContainText('January 2025');
	await expect(compare).toContainText('498sq km');
});

test('before the first snapshot the map says there is no territory data and draws none', async () => {
	const { page } = shared;
	await goTo(page, '2024-07-01', { lat: 48.3, lon: 37.6, zoom: 7 });
	await expect(page.getByTestId('territory-note')).toContainText(
		'Occupied territory: no territory data before 7 Jul 2024'
	);
	expect(await drawnNear(page, POKROVSK, 400)).toBe(0);
});
