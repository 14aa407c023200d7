import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '$lib/data/types';
import { LAYER_COLOURS, LAYER_LABELS } from './palette';

function luminance(hex: string): number {
	const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
	const [r, g, b] = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [
		number,
		number,
		number
	];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
	const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
	return (x + 0.05) / (y + 0.05);
}

describe('layer palette', () => {
	it('names and colours every data layer', () => {
		for (const l of LAYER_IDS) {
			expect(LAYER_LABELS[l]).toBeTruthy();
			expect(LAYER_COLOURS[l]).toMatch(/^#[0-9a-f]{6}$/);
		}
	});

	it('keeps each colour at 3:1 or more against the paper background and white', () => {
		for (const l of LAYER_IDS) {
			expect(contrast(LAYER_COLOURS[l], '#fbfaf7')).toBeGreaterThanOrEqual(3);
			expect(contrast(LAYER_COLOURS[l], '#ffffff')).toBeGreaterThanOrEqual(3);
		}
	});
});
