import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { MLFontFace, SymbolLayerSpecification } from 'maplibre-gl';
import { contrast } from '$lib/ui/contrast';
import {
	buildStyle,
	COLORS,
	COUNTRY_BORDER_LAYER,
	FONT_REGULAR,
	FONT_SEMIBOLD,
	LABEL_LAYER_BEFORE,
	UNICODE_RANGES
} from './style';

const origin = 'http://127.0.0.1:4173';
const style = buildStyle(origin);
const root = process.cwd();

describe('buildStyle', () => {
	it('is a valid MapLibre style', () => {
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('has no glyphs URL: text comes from font-faces only', () => {
		expect('glyphs' in style).toBe(false);
	});

	it('declares Latin and Cyrillic woff2 faces for both weights, on the page origin', () => {
		const faces = style['font-faces'] ?? {};
		expect(Object.keys(faces).sort()).toEqual([FONT_REGULAR, FONT_SEMIBOLD].sort());
		for (const declared of Object.values(faces)) {
			expect(Array.isArray(declared)).toBe(true);
			const list = declared as MLFontFace[];
			const ranges = list.flatMap((f) => f['unicode-range'] ?? []);
			expect(ranges).toContain('U+0000-00FF');
			expect(ranges).toContain('U+0400-045F');
			for (const face of list) {
				expect(face.url.startsWith(`${origin}/fonts/`)).toBe(true);
				expect(face.url.endsWith('.woff2')).toBe(true);
				expect(existsSync(join(root, 'static', new URL(face.url).pathname))).toBe(true);
			}
		}
	});

	it('keeps unicode ranges in step with the shipped @fontsource subsets', () => {
		const shipped = JSON.parse(
			readFileSync(join(root, 'node_modules/@fontsource/noto-sans/unicode.json'), 'utf8')
		) as Record<string, string>;
		for (const [subset, range] of Object.entries(UNICODE_RANGES)) expect(range).toBe(shipped[subset]);
	});

	it('loads every source from the same origin, from a file that exists', () => {
		for (const source of Object.values(style.sources)) {
			expect(source.type).toBe('geojson');
			const data = 'data' in source ? source.data : undefined;
			expect(typeof data).toBe('string');
			const url = new URL(data as string);
			expect(url.origin).toBe(origin);
			expect(existsSync(join(root, 'static', url.pathname))).toBe(true);
		}
	});

	it('puts every source and font under the site root it is given (a site under a sub-path)', () => {
		const sub = 'https://example.org/maps/frontline';
		const atSub = buildStyle(sub);
		const urls = [
			...Object.values(atSub.sources).map((s) => ('data' in s ? String(s.data) : '')),
			...Object.values(atSub['font-faces'] ?? {}).flatMap((faces) =>
				(faces as MLFontFace[]).map((f) => f.url)
			)
		];
		expect(urls.length).toBe(Object.keys(style.sources).length + 2 * Object.keys(UNICODE_RANGES).length);
		for (const url of urls) {
			expect(url.startsWith(`${sub}/`)).toBe(true);
			// The same file as at the root: only the root differs.
			expect(existsSync(join(root, 'static', url.slice(sub.length)))).toBe(true);
		}
	});

	it('uses only declared font names in every text layer', () => {
		const declared = Object.keys(style['font-faces'] ?? {});
		const symbols = style.layers.filter((l): l is SymbolLayerSpecification => l.type === 'symbol');
		expect(symbols.length).toBeGreaterThan(0);
		for (const layer of symbols) {
			const fonts = layer.layout?.['text-font'];
			expect(Array.isArray(fonts)).toBe(true);
			for (const font of fonts as string[]) expect(declared).toContain(font);
		}
	});

	it('credits Natural Earth and GeoNames', () => {
		const credits = Object.values(style.sources).map((s) => ('attribution' in s ? s.attribution : ''));
		expect(credits).toContain('© Natural Earth');
		expect(credits).toContain('GeoNames (CC BY 4.0)');
	});

	it('leaves a slot for data above borders and below all labels', () => {
		const ids = style.layers.map((l) => l.id);
		const before = ids.indexOf(LABEL_LAYER_BEFORE);
		expect(before).toBeGreaterThan(ids.indexOf(COUNTRY_BORDER_LAYER));
		expect(style.layers.slice(0, before).some((l) => l.type === 'symbol')).toBe(false);
	});

	it('gives labels readable contrast', () => {
		for (const ground of [COLORS.land, COLORS.ukraine, COLORS.halo, COLORS.sea]) {
			expect(contrast(COLORS.placeText, ground)).toBeGreaterThanOrEqual(7);
			expect(contrast(COLORS.admin1Text, ground)).toBeGreaterThanOrEqual(4.5);
		}
	});
});
