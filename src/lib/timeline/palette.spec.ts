import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '$lib/data/types';
import { LAYER_COLOURS, LAYER_LABELS } from './palette';
import { contrast } from '$lib/ui/contrast';

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
