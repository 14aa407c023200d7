/**
 * Link previews, read from the build on disk (`$FT_BUILD_DIR`, else build/) and fetched from the
 * preview server, no browser: every place and figure page has its share image in the build, a
 * 1200×630 PNG (`share/<id>.png`, drawn at build time), and a place page's head names its URL and
 * image by absolute URL when the build had a public origin (`FT_PUBLIC_ORIGIN`, under `FT_BASE_PATH`),
 * and leaves those tags out when it had none. Run with the environment the build had (`npm test`
 * does): the expected tags are worked out from the same two settings.
 * That the head's other tags carry the place (title, description) is in built.e2e.ts.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

const BUILD = process.env.FT_BUILD_DIR ?? 'build';
const ORIGIN = process.env.FT_PUBLIC_ORIGIN?.trim().replace(/\/+$/, '') || undefined;
const BASE = (process.env.FT_BASE_PATH ?? '').trim().replace(/\/+$/, '');
const PLACE = 'poltava-strike';

/** Width and height from a PNG's header (its signature, then the IHDR chunk). */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
	expect(bytes.subarray(12, 16).toString('latin1'), 'IHDR first').toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The content of each `<meta property|name="key" content="…">` of a page, by key. */
function metaTags(html: string): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const m of html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) {
		const content = m[2]!.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
		out.set(m[1]!, [...(out.get(m[1]!) ?? []), content]);
	}
	return out;
}

const ids = (dir: string) =>
	existsSync(join(BUILD, dir))
		? readdirSync(join(BUILD, dir))
				.filter((f) => f.endsWith('.html'))
				.map((f) => f.slice(0, -'.html'.length))
		: [];

/** The territory layers of the build's data, and the ids of their pieces (which share their layer's image). */
function series(): { layers: string[]; pieces: Set<string> } {
	const read = (f: string) => JSON.parse(readFileSync(join(BUILD, 'data', f), 'utf8'));
	const layers = (read('layers.json').layers as { id: string; style?: string }[])
		.filter((l) => l.style === 'territory')
		.map((l) => l.id);
	const pieces = layers.flatMap((id) =>
		(read(`${id}.geojson`).features as { id: string }[]).map((f) => f.id)
	);
	return { layers, pieces: new Set(pieces) };
}

test('every place and figure page has its share image in the build, a 1200x630 PNG; a territory series has one for all its pieces', () => {
	const pages = [...ids('place'), ...ids('figure')];
	expect(pages).toContain(PLACE);
	const { layers, pieces } = series();
	expect(layers.length).toBeGreaterThan(0);
	expect(pieces.size).toBeGreaterThan(0);
	const images = readdirSync(join(BUILD, 'share')).filter((f) => f.endsWith('.png'));
	expect(images.sort()).toEqual(
		pages
			.filter((id) => !pieces.has(id))
			.map((id) => `${id}.png`)
			.sort()
	);
	const seriesImages = readdirSync(join(BUILD, 'share', 'series')).filter((f) => f.endsWith('.png'));
	expect(seriesImages.sort()).toEqual(layers.map((id) => `${id}.png`).sort());
	let bytes = 0;
	for (const file of [...images, ...seriesImages.map((f) => join('series', f))]) {
		const png = readFileSync(join(BUILD, 'share', file));
		expect(pngSize(png), file).toEqual({ width: 1200, height: 630 });
		bytes += png.length;
	}
	console.log(`share images: ${images.length + seriesImages.length}, ${(bytes / 1e6).toFixed(1)} MB`);
});

test("a place page's preview tags name its page and its image by absolute URL only with a public origin", () => {
	const tags = metaTags(readFileSync(join(BUILD, 'place', `${PLACE}.html`), 'utf8'));
	const one = (key: string) => {
		expect(tags.get(key), key).toHaveLength(1);
		return tags.get(key)![0]!;
	};
	expect(one('og:title')).toContain('Poltava');
	expect(one('og:type')).toBe('article');
	if (ORIGIN === undefined) {
		for (const key of ['og:url', 'og:image', 'og:image:width', 'twitter:image'])
			expect(tags.has(key), `${key} needs an absolute URL`).toBe(false);
		expect(one('twitter:card')).toBe('summary');
		return;
	}
	expect(one('og:url')).toBe(`${ORIGIN}${BASE}/place/${PLACE}`);
	const image = one('og:image');
	expect(image).toBe(`${ORIGIN}${BASE}/share/${PLACE}.png`);
	expect(one('twitter:image')).toBe(image);
	expect(one('twitter:card')).toBe('summary_large_image');
	expect([one('og:image:width'), one('og:image:height'), one('og:image:type')]).toEqual([
		'1200',
		'630',
		'image/png'
	]);
	expect(one('og:image:alt')).toContain('Poltava');
	// The image it names is in the build, at that path under the site's root: a map, not a blank.
	const file = join(BUILD, image.slice(`${ORIGIN}${BASE}/`.length));
	const png = PNG.sync.read(readFileSync(file));
	expect([png.width, png.height]).toEqual([1200, 630]);
	const grey = new Set<number>();
	for (let i = 0; i < png.data.length; i += 4 * 97)
		grey.add(png.data[i]! + png.data[i + 1]! + png.data[i + 2]!);
	expect(grey.size).toBeGreaterThan(20);
});

test('the preview server serves the share image as a PNG', async ({ request }) => {
	const res = await request.get(`${BASE}/share/${PLACE}.png`);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-type']).toBe('image/png');
	expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
});
