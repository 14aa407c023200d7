import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticServer, type FallbackKind } from './serve-static.js';

/** A site as the build writes it, beside a file that must never be served. */
let parent: string;
let site: string;
beforeAll(() => {
	parent = mkdtempSync(join(tmpdir(), 'serve-static-'));
	site = join(parent, 'site');
	mkdirSync(join(site, 'place'), { recursive: true });
	mkdirSync(join(site, 'data'));
	writeFileSync(join(parent, 'secret.txt'), 'secret');
	for (const [file, text] of Object.entries({
		'index.html': 'index',
		'404.html': 'not found page',
		'200.html': 'shell page',
		'place/kyiv.html': 'kyiv page',
		'data/index.json': '{}'
	})) {
		writeFileSync(join(site, file), text);
	}
});
afterAll(() => rmSync(parent, { recursive: true, force: true }));

async function serve(fallback: FallbackKind, base = '') {
	const server: Server = staticServer({ root: site, fallback, base });
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const get = async (path: string) => {
		const res = await fetch(`${origin}${path}`, { redirect: 'manual' });
		return { status: res.status, body: await res.text(), type: res.headers.get('content-type'), res };
	};
	return {
		get,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}

describe('serve-static', () => {
	it('serves a file, a page without .html and a folder’s index, with their types', async () => {
		const host = await serve('404');
		try {
			expect(await host.get('/data/index.json')).toMatchObject({
				status: 200,
				body: '{}',
				type: 'application/json'
			});
			expect(await host.get('/place/kyiv')).toMatchObject({ status: 200, body: 'kyiv page' });
			expect(await host.get('/place/kyiv.html')).toMatchObject({ status: 200, body: 'kyiv page' });
			expect(await host.get('/')).toMatchObject({ status: 200, body: 'index' });
		} finally {
			await host.close();
		}
	});

	it.each([
		['404', 404, 'not found page'],
		['200', 200, 'shell page'],
		['index', 200, 'index'],
		['none', 404, 'Not found']
	] as const)('answers an address with no file with the %s fallback', async (kind, status, body) => {
		const host = await serve(kind);
		try {
			expect(await host.get('/place/atlantis')).toMatchObject({ status, body });
		} finally {
			await host.close();
		}
	});

	it('under a base path: serves the site there only, and sends the bare path on to its slash', async () => {
		const host = await serve('index', '/sub/path');
		try {
			expect(await host.get('/sub/path/place/kyiv')).toMatchObject({ status: 200, body: 'kyiv page' });
			expect(await host.get('/sub/path/place/atlantis')).toMatchObject({ status: 200, body: 'index' });
			const bare = await host.get('/sub/path?date=2025-02-01');
			expect(bare.status).toBe(301);
			expect(bare.res.headers.get('location')).toBe('/sub/path/?date=2025-02-01');
			expect(await host.get('/place/kyiv')).toMatchObject({ status: 404, body: 'Not found' });
		} finally {
			await host.close();
		}
	});

	it('never serves a file outside its folder', async () => {
		const host = await serve('none');
		try {
			for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%00']) {
				expect((await host.get(path)).body, path).not.toBe('secret');
			}
		} finally {
			await host.close();
		}
	});

	it('refuses an unknown fallback and a base path that does not start with /', () => {
		expect(() => staticServer({ root: site, fallback: 'spa' as FallbackKind })).toThrow(/unknown fallback/);
		expect(() => staticServer({ root: site, base: 'sub' })).toThrow(/must start with "\/"/);
	});
});
