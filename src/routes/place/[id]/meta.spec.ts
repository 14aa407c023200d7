import { describe, expect, it } from 'vitest';
import type { TimelineFeature } from '$lib/data/types';
import { placeMeta } from './meta';

const feature: TimelineFeature = {
	type: 'Feature',
	id: 'test-strike',
	geometry: { type: 'Point', coordinates: [34.5, 49.6] },
	properties: {
		name: 'A strike',
		layer: 'strikes',
		kind: 'strike',
		summary: 'Something the source says.',
		time: { start: '2025-01-27', precision: 'week' },
		position: { precision: 'city', source: 'test' },
		schematic: false,
		claims: []
	}
};

describe('placeMeta', () => {
	it('names the place and gives its date at its precision and its summary', () => {
		const m = placeMeta(feature);
		expect(m.title).toBe('A strike — Frontline Timeline');
		expect(m.description).toContain('week of 27 Jan 2025');
		expect(m.description).toContain('Something the source says.');
		expect(m.path).toBe('/place/test-strike');
	});
});
