import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module (it reads the flag once) with a fake `window`. */
async function load(win: Record<string, unknown>) {
	vi.resetModules();
	vi.stubGlobal('window', win);
	return import('./test-hooks');
}

describe('exposeForTests', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('puts nothing on the window of a page that did not ask', async () => {
		const win: Record<string, unknown> = {};
		const { exposeForTests } = await load(win);
		exposeForTests('app', undefined);
		expect(win).toEqual({});
	});

	it('puts each value under its name on a page that asked before loading', async () => {
		const win: Record<string, unknown> = {};
		const { exposeForTests, TEST_HOOKS_FLAG } = await load(win);
		win[TEST_HOOKS_FLAG] = true;
		const app = {} as never;
		const map = {} as never;
		exposeForTests('app', app);
		exposeForTests('map', map);
		expect(win['__frontline']).toEqual({ app, map });
	});

	it('reads the flag once: setting it after the first call does not open the hooks', async () => {
		const win: Record<string, unknown> = {};
		const { exposeForTests, TEST_HOOKS_FLAG } = await load(win);
		exposeForTests('app', {} as never);
		win[TEST_HOOKS_FLAG] = true;
		exposeForTests('map', {} as never);
		expect(win['__frontline']).toBeUndefined();
	});
});
