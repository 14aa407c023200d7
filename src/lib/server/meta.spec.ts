import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure, TimelineFeature } from '$lib/data/types';
import { figureMeta, linkTags, placeMeta, publicOrigin, shareImagePath } from './meta';
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
		expect(m.image.path).toBe('/share/test-strike.png');
		expect(m.image.alt).toBe('Map of A strike (strikes), week of 27 Jan 2025');
	});
});

describe('publicOrigin', () => {
	it('is undefined when FT_PUBLIC_ORIGIN is unset or empty: no origin is made up', () => {
		expect(publicOrigin(undefined)).toBeUndefined();
		expect(publicOrigin('  ')).toBeUndefined();
	});
	it('takes an http(s) origin, with or without a trailing slash', () => {
		expect(publicOrigin('https://maps.example.org')).toBe('https://maps.example.org');
		expect(publicOrigin('https://maps.example.org/')).toBe('https://maps.example.org');
		expect(publicOrigin('http://localhost:4173')).toBe('http://localhost:4173');
	});
	it('stops the build on anything but an origin, saying where the path goes', () => {
		for (const bad of [
			'maps.example.org',
			'ftp://example.org',
			'https://example.org/maps',
			'https://example.org?x=1'
		])
			expect(() => publicOrigin(bad), bad).toThrow(/FT_PUBLIC_ORIGIN must be an origin.*FT_BASE_PATH/);
	});
});

describe('linkTags', () => {
	const m = placeMeta(feature);
	const tag = (tags: ReturnType<typeof linkTags>, key: string) => tags.find((t) => t.key === key)?.content;

	it('names the page and its share image by absolute URL, under the base path, with a large card', () => {
		const tags = linkTags(m, 'https://maps.example.org', '/war/frontline');
		expect(tag(tags, 'og:url')).toBe('https://maps.example.org/war/frontline/place/test-strike');
		expect(tag(tags, 'og:image')).toBe('https://maps.example.org/war/frontline/share/test-strike.png');
		expect(tag(tags, 'twitter:image')).toBe(tag(tags, 'og:image'));
		expect(tag(tags, 'og:image:width')).toBe('1200');
		expect(tag(tags, 'og:image:height')).toBe('630');
		expect(tag(tags, 'og:image:type')).toBe('image/png');
		expect(tag(tags, 'og:image:alt')).toBe(m.image.alt);
		expect(tag(tags, 'twitter:card')).toBe('summary_large_image');
		expect(tags.filter((t) => t.key.startsWith('og:')).every((t) => t.attr === 'property')).toBe(true);
		expect(tags.filter((t) => t.key.startsWith('twitter:')).every((t) => t.attr === 'name')).toBe(true);
	});

	it('leaves out every tag that needs an absolute URL when no origin is configured', () => {
		const tags = linkTags(m, undefined, '');
		expect(tags).toEqual([{ attr: 'name', key: 'twitter:card', content: 'summary' }]);
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
		expect(m.image).toEqual({
			path: '/share/test-figure.png',
			alt: 'Territory gained, a month: 498sq km (192 square miles) (January 2025)'
		});
	});

	it('says "undated; reported by" for an undated figure', () => {
		const undated = figureMeta({ ...figure, time: { start: '2025-02-06', precision: 'undated' } });
		expect(undated.description).toMatch(/^undated; reported by 6 Feb 2025 · Figure: /);
	});
});

describe('placeHead', () => {
	it('writes the meta as escaped text, so markup in the data never becomes markup in the page', () => {
		const hostile = `Strike "quoted" <script>alert('x')</script> & more`;
		const head = placeHead(
			{
				id: 'x',
				title: hostile,
				description: `${hostile}"><img src=x onerror=alert(1)>`,
				path: '/place/x',
				image: { path: shareImagePath('x'), alt: hostile }
			},
			'https://example.org',
			''
		);
		expect(head).not.toContain('<script>');
		expect(head).not.toContain('<img');
		expect(head).not.toMatch(/content="[^"]*"[^ />]/);
		expect(head).toContain(
			'<title>Strike &quot;quoted&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more</title>'
		);
		expect(head).toContain('<meta property="og:url" content="https://example.org/place/x" />');
		expect(head).toContain('<meta name="twitter:image" content="https://example.org/share/x.png" />');
		expect(head).toContain(
			'<meta property="og:image:alt" content="Strike &quot;quoted&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more" />'
		);
	});

	it('writes no URL tag without a public origin', () => {
		const meta = placeMetaFor(placeIds()[0] ?? '');
		expect(meta).toBeDefined();
		const head = placeHead(meta!, undefined, '');
		expect(head).toContain('<meta property="og:title"');
		expect(head).not.toMatch(/og:url|og:image|twitter:image/);
		expect(head).toContain('<meta name="twitter:card" content="summary" />');
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
