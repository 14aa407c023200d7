import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { dataset } from './dataset';
import { SHARE_IMAGE } from './meta';
import { measureText, renderPng } from './share-render';
import { seriesFeature, seriesIds, seriesPng, shareIds, sharePng, shareSvg } from './share';

/** Decoded PNG and the variance of its grey levels (0 for a blank image). */
function decode(png: Buffer): { width: number; height: number; variance: number; data: Buffer } {
	const img = PNG.sync.read(png);
	let sum = 0;
	let sq = 0;
	const n = img.width * img.height;
	for (let i = 0; i < n; i++) {
		const g = (img.data[i * 4]! + img.data[i * 4 + 1]! + img.data[i * 4 + 2]!) / 3;
		sum += g;
		sq += g * g;
	}
	const mean = sum / n;
	return { width: img.width, height: img.height, variance: sq / n - mean * mean, data: img.data };
}

describe('renderPng', () => {
	it('draws text with the bundled Noto Sans (no system fonts are loaded)', () => {
		const svg = (text: string) =>
			`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/><text x="10" y="40" font-family="Noto Sans" font-size="30">${text}</text></svg>`;
		expect(decode(renderPng(svg(''))).variance).toBe(0);
		expect(decode(renderPng(svg('Poltava'))).variance).toBeGreaterThan(100);
	});

	it('measures text as resvg lays it out', () => {
		const h = measureText('H', 100, 400);
		expect(h).toBeGreaterThan(50);
		expect(h).toBeLessThan(90);
		expect(measureText('HH', 100, 400)).toBeCloseTo(2 * h, 0);
		expect(measureText('H H', 50, 400)).toBeGreaterThan(measureText('HH', 50, 400));
		expect(measureText('Pokrovsk', 40, 600)).toBeGreaterThan(measureText('Pokrovsk', 40, 400));
	});
});

describe('share images of the real data', () => {
	it('has one for every place and figure', () => {
		expect(shareIds()).toContain('poltava-strike');
		expect(shareIds()).toContain('pokrovsk-battle');
		expect(shareSvg('atlantis-strike')).toBeUndefined();
	});

	it.each(['poltava-strike', 'pokrovsk-encirclement', 'kursk-incursion'])(
		'%s is a 1200x630 PNG of a map, not a blank one',
		(id) => {
			const png = sharePng(id);
			expect(png).toBeDefined();
			const img = decode(png!);
			expect([img.width, img.height]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
			expect(img.variance).toBeGreaterThan(200);
			// Small enough for every chat app's preview limit.
			expect(png!.length).toBeLessThan(200_000);
			// The map half is not one flat colour either: land, sea or lines and the place.
			const colours = new Set<number>();
			for (let y = 0; y < img.height; y += 7)
				for (let x = 460; x < img.width; x += 7) colours.add(img.data.readUInt32BE((y * img.width + x) * 4));
			expect(colours.size).toBeGreaterThan(5);
		}
	);

	it('gives a territory series one image for all its pieces: the ground held on its last snapshot', () => {
		const [layer] = seriesIds();
		expect(layer).toBeDefined();
		const feature = seriesFeature(layer!)!;
		expect(feature.geometry.type).toBe('MultiPolygon');
		expect(feature.properties.time.start).toBe('2025-02-09');
		// Its pieces have no image of their own.
		const pieces = dataset.features.filter((f) => f.properties.layer === layer).map((f) => f.id);
		expect(pieces.length).toBeGreaterThan(100);
		expect(shareIds().filter((id) => pieces.includes(id))).toEqual([]);
		const img = decode(seriesPng(layer!)!);
		expect([img.width, img.height]).toEqual([SHARE_IMAGE.width, SHARE_IMAGE.height]);
		expect(img.variance).toBeGreaterThan(200);
	});
});
