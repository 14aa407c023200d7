import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure, TimelineFeature } from '$lib/data/types';
import { figureMeta, placeMeta } from './meta';
import { figureIds, figureMetaFor, placeHead, placeIds, placeMetaFor } from './places';

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

describe('figureMeta', () => {
	const figure: Figure = {
		id: 'test-figure',
		label: 'Territory gained, a month',
		value: '498sq km (192 square miles)',
		time: { start: '2025-01-01', end: '2025-01-31', precision: 'month' },
		claims: [
			{
				text: 'Something the source says.',
				claimant: 'An analyst',
				reportedBy: ['A publisher'],
				source: 'test',
				date: '2025-02-06',
				datePrecision: 'day',
				status: 'assessed'
			}
		]
	};

	it('names the figure, gives its time at its precision, its value as printed and the claim', () => {
		const m = figureMeta(figure);
		expect(m.title).toBe('Territory gained, a month — Frontline Timeline');
		expect(m.description).toBe(
			'January 2025 · Figure: 498sq km (192 square miles). Something the source says.'
		);
		expect(m.path).toBe('/figure/test-figure');
	});

	it('says "undated; reported by" for an undated figure', () => {
		const undated = figureMeta({ ...figure, time: { start: '2025-02-06', precision: 'undated' } });
		expect(undated.description).toMatch(/^undated; reported by 6 Feb 2025 · Figure: /);
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

	it('exists for every figure in geo/figures.json, and for nothing else; ids never shared with places', () => {
		const file = JSON.parse(readFileSync(join(process.cwd(), 'geo/figures.json'), 'utf8')) as {
			figures: { id: string }[];
		};
		expect(figureIds().sort()).toEqual(file.figures.map((f) => f.id).sort());
		for (const id of figureIds()) {
			expect(figureMetaFor(id)?.path).toBe(`/figure/${encodeURIComponent(id)}`);
			expect(placeMetaFor(id)).toBeUndefined();
		}
		expect(figureMetaFor(placeIds()[0] ?? '')).toBeUndefined();
	});

	it('exists for every feature in geo/, and for nothing else', () => {
		expect(placeIds().length).toBeGreaterThan(0);
		for (const id of placeIds()) expect(placeMetaFor(id)?.path).toBe(`/place/${encodeURIComponent(id)}`);
		expect(placeMetaFor('atlantis-strike')).toBeUndefined();
	});
});
