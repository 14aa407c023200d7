import { describe, expect, it } from 'vitest';
import { positionSummary, relayChain, safeHref, statusLabel } from './format';
import { VERIFICATION_STATUSES } from '$lib/data/types';

describe('positions with what is not known', () => {
	it('says a city point is an approximate area with the ring radius', () => {
		expect(positionSummary({ precision: 'city', source: 'GeoNames' })).toBe(
			'Known to the city only; the map shows an approximate area (15 km radius) around the point'
		);
		expect(positionSummary({ precision: 'village', source: 'GeoNames' })).toContain('3 km radius');
	});

	it('says a region point stands for the whole region, naming it', () => {
		expect(positionSummary({ precision: 'region', region: 'Kursk Oblast', source: 'x' })).toBe(
			'Somewhere in Kursk Oblast; the outline of the region is shown on the map'
		);
	});

	it('without a map, points at no ring or outline', () => {
		expect(positionSummary({ precision: 'region', region: 'Kursk Oblast', source: 'x' }, false)).toBe(
			'Somewhere in Kursk Oblast; the point stands for the whole region'
		);
		expect(positionSummary({ precision: 'city', source: 'GeoNames' }, false)).toBe(
			'Known to the city only: somewhere within about 15 km of the point'
		);
		for (const precision of ['site', 'village', 'town', 'city', 'region', 'schematic'] as const)
			expect(positionSummary({ precision, region: 'Kursk Oblast', source: 'x' }, false)).not.toMatch(/map/);
	});

	it('says a schematic shape is not a measured position', () => {
		expect(positionSummary({ precision: 'schematic', source: 'x' })).toContain('not a measured position');
	});
});

describe('claims and sources', () => {
	it('does not repeat a publisher that reports its own statement', () => {
		expect(relayChain('Al Jazeera', ['Al Jazeera'])).toEqual([]);
		expect(relayChain('Volodymyr Zelenskyy', ['The Associated Press', 'Al Jazeera'])).toEqual([
			'The Associated Press',
			'Al Jazeera'
		]);
	});

	it('has a distinct label and a meaning for every verification status', () => {
		const labels = VERIFICATION_STATUSES.map((s) => statusLabel(s).label);
		expect(new Set(labels).size).toBe(VERIFICATION_STATUSES.length);
		for (const s of VERIFICATION_STATUSES) expect(statusLabel(s).meaning.length).toBeGreaterThan(5);
	});

	it('only lets http(s) URLs become links', () => {
		expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
		expect(safeHref('http://example.org/')).toBe('http://example.org/');
		expect(safeHref('javascript:alert(1)')).toBeNull();
		expect(safeHref('JAVASCRIPT:alert(1)')).toBeNull();
		expect(safeHref('data:text/html,hi')).toBeNull();
		expect(safeHref('/relative')).toBeNull();
		expect(safeHref('not a url')).toBeNull();
		expect(safeHref(undefined)).toBeNull();
	});
});
