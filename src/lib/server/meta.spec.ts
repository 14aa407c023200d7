import { describe, expect, it } from 'vitest';
import type { TimelineFeature } from '$lib/data/types';
import { placeMeta } from './meta';
import { placeHead, placeIds, placeMetaFor } from './places';

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

describe('placeHead', () => {
	it('writes the meta as escaped text, so markup in the data never becomes markup in the page', () => {
		const hostile = `Strike "quoted" <script>alert('x')</script> & more`;
		const head = placeHead({
			id: 'x',
			title: hostile,
			description: `${hostile}"><img src=x onerror=alert(1)>`,
			path: '/place/x'
		});
		expect(head).not.toContain('<script>');
		expect(head).not.toContain('<img');
		expect(head).not.toMatch(/content="[^"]*"[^ />]/);
		expect(head).toContain(
			'<title>Strike &quot;quoted&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</title>'
		);
		expect(head).toContain('<meta property="og:url" content="/place/x" />');
	});

	it('exists for every feature in geo/, and for nothing else', () => {
		expect(placeIds().length).toBeGreaterThan(0);
		for (const id of placeIds()) expect(placeMetaFor(id)?.path).toBe(`/place/${encodeURIComponent(id)}`);
		expect(placeMetaFor('atlantis-strike')).toBeUndefined();
	});
});
