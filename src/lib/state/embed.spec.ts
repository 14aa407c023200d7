import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmbed, partsFor, withEmbed } from './embed';
import { EMBED_ATTR, EMBED_BOOT_SCRIPT } from './embed-rule.js';

describe('isEmbed', () => {
	it('reads the parameter bare, with a value, with or without the ?', () => {
		expect(isEmbed('?embed')).toBe(true);
		expect(isEmbed('embed')).toBe(true);
		expect(isEmbed('?date=2025-02-06&embed=1')).toBe(true);
		expect(isEmbed('?embed=true&layers=strikes')).toBe(true);
	});
	it('is off without it, or when it says off', () => {
		expect(isEmbed('')).toBe(false);
		expect(isEmbed('?date=2025-02-06')).toBe(false);
		expect(isEmbed('?embedded')).toBe(false);
		for (const off of ['0', 'false', 'No', ' off ']) expect(isEmbed(`?embed=${off}`)).toBe(false);
	});
	it('never throws, whatever the query', () => {
		fc.assert(fc.property(fc.string(), (s) => typeof isEmbed(s) === 'boolean'));
	});
});

/** Runs the page's early script against an address's query; whether it marked the page an embed. */
function bootMarks(search: string): boolean {
	const attrs = new Map<string, string>();
	const documentElement = { setAttribute: (k: string, v: string) => attrs.set(k, v) };
	new Function('location', 'document', EMBED_BOOT_SCRIPT)({ search }, { documentElement });
	return attrs.has(EMBED_ATTR);
}

describe('the early script in the page head', () => {
	it('marks the page an embed exactly when isEmbed says so', () => {
		for (const q of ['?embed', '?embed=1', '?date=2025-02-06&embed', '?embed=%20Off%20', '?embed=no', ''])
			expect(bootMarks(q), q).toBe(isEmbed(q));
		expect(bootMarks('?embed&date=2025-02-06')).toBe(true);
		expect(bootMarks('?embed=0')).toBe(false);
		const value = fc.oneof(fc.constantFrom('', '0', '1', 'off', 'OFF', ' no ', 'false', 'yes'), fc.string());
		const pair = fc.tuple(fc.constantFrom('embed', 'date', 'embedded', 'Embed'), value);
		fc.assert(
			fc.property(fc.array(pair, { maxLength: 4 }), (kv) => {
				const search = `?${new URLSearchParams(kv).toString()}`;
				return bootMarks(search) === isEmbed(search);
			})
		);
	});
});

describe('withEmbed', () => {
	it('adds the flag to the query, before a hash', () => {
		expect(withEmbed('/')).toBe('/?embed');
		expect(withEmbed('/?date=2025-02-06&layers=strikes')).toBe('/?date=2025-02-06&layers=strikes&embed');
		expect(withEmbed('/place/poltava-strike?date=2025-02-01')).toBe(
			'/place/poltava-strike?date=2025-02-01&embed'
		);
		expect(withEmbed('/sub/?date=2025-02-06#x')).toBe('/sub/?date=2025-02-06&embed#x');
		expect(withEmbed('/?')).toBe('/?embed');
	});
	it('leaves an address that has it alone', () => {
		expect(withEmbed('/?embed&date=2025-02-06')).toBe('/?embed&date=2025-02-06');
	});
	it('always gives an embed address that keeps every other parameter', () => {
		const part = fc.stringMatching(/^[a-z0-9,.-]{0,8}$/);
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom('date', 'layers', 'at', 'win', 'place'), part)), (kv) => {
				const query = new URLSearchParams(kv).toString();
				const href = withEmbed(query === '' ? '/' : `/?${query}`);
				const url = new URL(href, 'http://x');
				expect(isEmbed(url.search)).toBe(true);
				url.searchParams.delete('embed');
				expect(url.searchParams.toString()).toBe(query);
			})
		);
	});
});

describe('partsFor', () => {
	it('the full page has the masthead, the side column and the toolbar, and no embed bar', () => {
		expect(partsFor(false)).toMatchObject({
			masthead: true,
			side: true,
			openData: true,
			share: true,
			embedBar: false
		});
	});
	it('the embed has its bar and keeps the credits in sight, without masthead or side column', () => {
		expect(partsFor(true)).toEqual({
			masthead: false,
			side: false,
			openData: false,
			share: false,
			embedBar: true,
			creditsUnderSheet: true
		});
	});
});
