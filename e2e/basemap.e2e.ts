/**
 * Foundation: the offline basemap draws real pixels (sea, land, borders, labels), Crimea is drawn as
 * part of Ukraine, and every request stays on the page's origin (the fixture fails the test otherwise).
 * One page for the file: the first test looks at the first view, the others move the camera.
 */
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, sharedApp, test, waitForMapIdle, withApp } from './fixtures';

/** The basemap features the map renders in the viewport, on the style layers whose id starts with `prefix`. */
async function renderedOn(page: Page, prefix: string) {
	return withApp(
		page,
		({ map }, prefix) => {
			const layers = map
				.getStyle()
				.layers.map((l) => l.id)
				.filter((id) => id.startsWith(prefix));
			return map.queryRenderedFeatures({ layers }).map((f) => ({ layer: f.layer.id, props: f.properties }));
		},
		prefix
	);
}

async function labels(page: Page): Promise<string[]> {
	return (await renderedOn(page, 'place-label-')).map((f) => String(f.props['name']));
}

async function jump(page: Page, lon: number, lat: number, zoom: number): Promise<void> {
	await withApp(page, ({ map }, to) => void map.jumpTo({ center: [to.lon, to.lat], zoom: to.zoom }), {
		lon,
		lat,
		zoom
	});
	await waitForMapIdle(page);
}

test.describe('the offline basemap', () => {
	const shared = sharedApp();

	test('first view: sea, land, borders, oblasts and readable city labels, all from this origin', async () => {
		const { page, watch } = shared;
		await page.screenshot({ path: 'e2e/screenshots/first-view-page.png' });
		const shot = await page
			.locator('canvas.maplibregl-canvas')
			.screenshot({ path: 'e2e/screenshots/first-view.png' });

		const cities = await labels(page);
		for (const city of ['Kyiv', 'Kharkiv', 'Poltava', 'Volgograd']) expect(cities).toContain(city);
		expect(cities).not.toContain('Kiev');
		expect(cities).not.toContain('Kharkov');

		expect((await renderedOn(page, 'country-border')).length).toBeGreaterThan(0);
		expect((await renderedOn(page, 'admin1-line')).length).toBeGreaterThan(0);
		const oblasts = (await renderedOn(page, 'admin1-label')).map((f) => String(f.props['name']));
		expect(oblasts.length, 'oblast and region names on the first view').toBeGreaterThanOrEqual(10);
		for (const region of ['Poltava', 'Sumy', 'Voronezh', 'Rostov', 'Volgograd']) {
			expect(
				oblasts.some((n) => n.startsWith(region)),
				`${region} region named`
			).toBe(true);
		}

		// Real pixels: the canvas shows distinct sea, land and ink colours (not a blank or single-colour canvas).
		const png = PNG.sync.read(shot);
		const buckets = new Map<string, number>();
		for (let y = 0; y < png.height; y += 4) {
			for (let x = 0; x < png.width; x += 4) {
				const i = (png.width * y + x) * 4;
				const key = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!].map((v) => v >> 5).join(',');
				buckets.set(key, (buckets.get(key) ?? 0) + 1);
			}
		}
		const common = [...buckets.values()].filter((n) => n > 50);
		expect(common.length, 'distinct colour groups on the map').toBeGreaterThanOrEqual(3);
		const dark = [...buckets.entries()].filter(([k]) => k.split(',').every((v) => Number(v) <= 3));
		expect(dark.length, 'dark label/border ink present').toBeGreaterThan(0);

		// Everything came from the page's own origin, fonts and basemap included (recorded since the page opened).
		expect(watch.requests.some((u) => u.includes('/basemap/countries.geojson'))).toBe(true);
		expect(watch.requests.some((u) => u.endsWith('.woff2'))).toBe(true);
	});

	test('map attribution credits Natural Earth, GeoNames and MapLibre', async () => {
		const text = await shared.page.locator('.maplibregl-ctrl-attrib').innerText();
		expect(text).toMatch(/Natural Earth/);
		expect(text).toMatch(/GeoNames/);
		expect(text).toMatch(/MapLibre/);
	});

	test('Crimea is drawn as part of Ukraine (borders as internationally recognised)', async () => {
		const { page } = shared;
		await jump(page, 34.1, 45.3, 6.5);
		const name = await withApp(page, ({ map }) => {
			const p = map.project([34.1, 44.95]); // Simferopol area
			return map.queryRenderedFeatures([p.x, p.y], { layers: ['land'] }).map((f) => f.properties['name']);
		});
		expect(name).toEqual(['Ukraine']);
		expect(await labels(page)).toContain('Simferopol');
		await page.locator('canvas.maplibregl-canvas').screenshot({ path: 'e2e/screenshots/crimea.png' });
	});

	test('front-line towns are labelled when zoomed to the Donbas', async () => {
		const { page } = shared;
		await jump(page, 37.3, 48.4, 7);
		const towns = await labels(page);
		for (const town of ['Pokrovsk', 'Velyka Novosilka']) expect(towns).toContain(town);
		await jump(page, 37.7, 49.8, 8);
		expect(await labels(page)).toContain('Kupiansk');
		await page.locator('canvas.maplibregl-canvas').screenshot({ path: 'e2e/screenshots/kupiansk.png' });
	});
});
