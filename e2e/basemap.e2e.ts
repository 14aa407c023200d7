/**
 * Foundation: the offline basemap draws real pixels (sea, land, borders, labels), Crimea is drawn as
 * part of Ukraine, and every request stays on the page's origin (the fixture fails the test otherwise).
 */
import { PNG } from 'pngjs';
import { expect, test, waitForMapIdle } from './fixtures';

type RenderedFeature = { layer: { id: string }; properties: Record<string, unknown> };

async function renderedOn(page: import('@playwright/test').Page, prefix: string) {
	return page.evaluate((prefix) => {
		const m = (
			window as unknown as {
				__frontline: {
					map: {
						getStyle(): { layers: { id: string }[] };
						queryRenderedFeatures(o: object): RenderedFeature[];
					};
				};
			}
		).__frontline.map;
		const layers = m
			.getStyle()
			.layers.map((l) => l.id)
			.filter((id) => id.startsWith(prefix));
		return m.queryRenderedFeatures({ layers }).map((f) => ({ layer: f.layer.id, props: f.properties }));
	}, prefix);
}

async function jump(page: import('@playwright/test').Page, lon: number, lat: number, zoom: number) {
	await page.evaluate(
		([lon, lat, zoom]) => {
			const m = (window as unknown as { __frontline: { map: { jumpTo(o: object): void } } }).__frontline.map;
			m.jumpTo({ center: [lon, lat], zoom });
		},
		[lon, lat, zoom]
	);
	await waitForMapIdle(page);
}

test('first view: sea, land, borders, oblasts and readable city labels, all from this origin', async ({
	page,
	watch
}) => {
	await page.goto('/');
	await waitForMapIdle(page);
	await page.screenshot({ path: 'e2e/screenshots/first-view-page.png' });
	const shot = await page
		.locator('canvas.maplibregl-canvas')
		.screenshot({ path: 'e2e/screenshots/first-view.png' });

	const labels = (await renderedOn(page, 'place-label-')).map((f) => String(f.props.name));
	for (const city of ['Kyiv', 'Kharkiv', 'Poltava', 'Volgograd']) expect(labels).toContain(city);
	expect(labels).not.toContain('Kiev');
	expect(labels).not.toContain('Kharkov');

	expect((await renderedOn(page, 'country-border')).length).toBeGreaterThan(0);
	expect((await renderedOn(page, 'admin1-line')).length).toBeGreaterThan(0);
	const oblasts = (await renderedOn(page, 'admin1-label')).map((f) => String(f.props.name));
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

	// Everything came from the page's own origin, fonts and basemap included.
	expect(watch.requests.some((u) => u.includes('/basemap/countries.geojson'))).toBe(true);
	expect(watch.requests.some((u) => u.endsWith('.woff2'))).toBe(true);
});

test('Crimea is drawn as part of Ukraine (borders as internationally recognised)', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	await jump(page, 34.1, 45.3, 6.5);
	const name = await page.evaluate(() => {
		const m = (
			window as unknown as {
				__frontline: {
					map: {
						project(ll: [number, number]): { x: number; y: number };
						queryRenderedFeatures(p: [number, number], o: object): { properties: { name?: string } }[];
					};
				};
			}
		).__frontline.map;
		const p = m.project([34.1, 44.95]); // Simferopol area
		return m.queryRenderedFeatures([p.x, p.y], { layers: ['land'] }).map((f) => f.properties.name);
	});
	expect(name).toEqual(['Ukraine']);
	const labels = (await renderedOn(page, 'place-label-')).map((f) => String(f.props.name));
	expect(labels).toContain('Simferopol');
	await page.locator('canvas.maplibregl-canvas').screenshot({ path: 'e2e/screenshots/crimea.png' });
});

test('front-line towns are labelled when zoomed to the Donbas', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	await jump(page, 37.3, 48.4, 7);
	const labels = (await renderedOn(page, 'place-label-')).map((f) => String(f.props.name));
	for (const town of ['Pokrovsk', 'Velyka Novosilka']) expect(labels).toContain(town);
	await jump(page, 37.7, 49.8, 8);
	const north = (await renderedOn(page, 'place-label-')).map((f) => String(f.props.name));
	expect(north).toContain('Kupiansk');
	await page.locator('canvas.maplibregl-canvas').screenshot({ path: 'e2e/screenshots/kupiansk.png' });
});

test('map attribution credits Natural Earth, GeoNames and MapLibre', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	const text = await page.locator('.maplibregl-ctrl-attrib').innerText();
	expect(text).toMatch(/Natural Earth/);
	expect(text).toMatch(/GeoNames/);
	expect(text).toMatch(/MapLibre/);
});
