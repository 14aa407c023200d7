import { describe, expect, it } from 'vitest';
import { basePath, notFoundNotice } from './site';

describe('basePath', () => {
	it('is the base path the build was made for, without a trailing slash', () => {
		// The unit tests run without FT_BASE_PATH: a site at the root of its host.
		expect(basePath()).toBe('');
	});
});

describe('notFoundNotice', () => {
	for (const base of ['', '/maps/frontline']) {
		describe(`under "${base || '/'}"`, () => {
			it('says nothing on the site root', () => {
				expect(notFoundNotice(`${base}/`, base)).toBeUndefined();
				expect(notFoundNotice(base || '/', base)).toBeUndefined();
			});

			it('leaves place and figure links to the link parser, known or not', () => {
				expect(notFoundNotice(`${base}/place/poltava-strike`, base)).toBeUndefined();
				expect(notFoundNotice(`${base}/place/does-not-exist`, base)).toBeUndefined();
				expect(notFoundNotice(`${base}/figure/does-not-exist`, base)).toBeUndefined();
			});

			it('names any other address', () => {
				expect(notFoundNotice(`${base}/no/such/page`, base)).toBe(
					`There is no page at “${base}/no/such/page”; showing the whole map.`
				);
			});
		});
	}

	it('reads a place link only under the base path', () => {
		expect(notFoundNotice('/place/poltava-strike', '/maps/frontline')).toContain(
			'no page at “/place/poltava-strike”'
		);
	});

	it('quotes at most 60 characters of a long address', () => {
		const notice = notFoundNotice(`/${'x'.repeat(100)}`, '');
		expect(notice).toContain(`“/${'x'.repeat(59)}…”`);
	});
});
