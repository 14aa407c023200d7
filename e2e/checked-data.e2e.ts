/**
 * The build validates the project's data and records each file's digest in data/index.json; the
 * browser then assembles those exact bytes without loading the validator (src/lib/data/checked.ts).
 * A file changed on the host after the build is validated as before, and its fault is named.
 */
import type { Page } from '@playwright/test';
import { expect, openApp, test, withoutWebGL } from './fixtures';

/** Words only the validator's code holds (validate.ts, the message for a bad id). */
const VALIDATOR_TEXT = 'must be a kebab-case string id';

/** Collects the text of every script the page loads from its own origin. */
function scriptsOf(page: Page): Promise<string>[] {
	const texts: Promise<string>[] = [];
	page.on('response', (r) => {
		if (r.request().resourceType() === 'script') texts.push(r.text().catch(() => ''));
	});
	return texts;
}

test('the build’s own data opens without the validator; a file changed on the host is validated and named', async ({
	page
}) => {
	const scripts = scriptsOf(page);
	// About the data's path into the app (the same with or without a map), not the map.
	await withoutWebGL(page);
	await openApp(page, '/', { map: false });
	const manifest = (await (await page.request.get('/data/index.json')).json()) as {
		files: string[];
		checked?: Record<string, string>;
	};
	expect(Object.keys(manifest.checked ?? {}), 'the build stamps every data file').toEqual(manifest.files);
	const opening = await Promise.all(scripts);
	expect(opening.length).toBeGreaterThan(0);
	expect(
		opening.filter((t) => t.includes(VALIDATOR_TEXT)),
		'validator code loaded'
	).toEqual([]);
	await expect(page.getByTestId('notices')).toHaveCount(0);

	// The same site with one file edited on the host after the build: its digest no longer matches.
	await page.route('**/data/strikes.geojson', async (route) => {
		const original = await route.fetch();
		const text = (await original.text()).replace('"2025-01-31"', '"2025-02-30"');
		await route.fulfill({ response: original, body: text });
	});
	scripts.length = 0;
	await openApp(page, '/', { map: false });
	await expect(page.getByTestId('notices')).toContainText(
		"data/strikes.geojson: volgograd-refinery-strike-1: properties.time.start: '2025-02-30' is not a real date"
	);
	expect(
		(await Promise.all(scripts)).some((t) => t.includes(VALIDATOR_TEXT)),
		'validator code loaded'
	).toBe(true);
});
