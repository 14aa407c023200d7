/**
 * A small static file server that behaves like the common static hosts, to try a build the way a
 * newsroom will serve it (and used by e2e/hosting.e2e.ts). No dependency beyond Node.
 *
 *   node scripts/serve-static.js <dir> [--fallback 404|200|index|none] [--base /sub/path] [--port 4173]
 *
 * A request is answered, as GitHub Pages, Netlify or nginx's `try_files $uri $uri.html $uri/` do, by
 * the first of: the file itself, `<path>.html`, `<path>/index.html`. A path with no file gets the
 * fallback the host is set up with:
 *   404    `404.html` with status 404 (GitHub Pages, Netlify and most hosts without a rewrite rule);
 *   200    `200.html` with status 200 (Surge, and rewrite rules pointing at it);
 *   index  `index.html` with status 200 (the usual single-page-app setting: nginx `try_files … /index.html`,
 *          Netlify `/* /index.html 200`, `npx serve -s`);
 *   none   a plain 404.
 * With `--base /sub/path`, the site lives under that prefix (as on a GitHub Pages project site):
 * `/sub/path` is redirected to `/sub/path/`, and a path outside the prefix is a plain 404.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {'404' | '200' | 'index' | 'none'} FallbackKind */

/**
 * The fallback kinds a host can be set up with, and the page each serves (null: none).
 * @type {Readonly<Record<FallbackKind, { file: string, status: number } | null>>}
 */
export const FALLBACKS = Object.freeze({
	404: { file: '404.html', status: 404 },
	200: { file: '200.html', status: 200 },
	index: { file: 'index.html', status: 200 },
	none: null
});

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.LICENSE': 'text/plain; charset=utf-8'
};

/** @param {string} path */
function isFile(path) {
	try {
		return statSync(path).isFile();
	} catch {
		return false;
	}
}

/**
 * The file under `root` a site path (already without the base) is served from, or null.
 * @param {string} root absolute
 * @param {string} sitePath starts with `/`
 */
export function fileFor(root, sitePath) {
	let decoded;
	try {
		decoded = decodeURIComponent(sitePath);
	} catch {
		return null;
	}
	if (decoded.includes('\0')) return null;
	const path = normalize(join(root, decoded));
	if (path !== root && !path.startsWith(root + sep)) return null;
	const candidates = decoded.endsWith('/')
		? [join(path, 'index.html')]
		: [path, `${path}.html`, join(path, 'index.html')];
	return candidates.find(isFile) ?? null;
}

/**
 * @param {{ root: string, fallback?: FallbackKind, base?: string }} options
 * @returns {import('node:http').Server}
 */
export function staticServer({ root, fallback = '404', base = '' }) {
	const dir = resolve(root);
	const prefix = base.replace(/\/+$/, '');
	if (prefix !== '' && !prefix.startsWith('/')) throw new Error(`--base must start with "/": ${base}`);
	if (!(fallback in FALLBACKS))
		throw new Error(`unknown fallback "${fallback}" (${Object.keys(FALLBACKS).join(', ')})`);
	const spec = FALLBACKS[fallback];

	return createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://host');
		/** @param {number} status @param {string} file */
		const send = (status, file) => {
			const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file))] ?? 'application/octet-stream';
			res.writeHead(status, {
				'content-type': type,
				'content-length': statSync(file).size,
				// Any site may frame the map (an embed, README › Embedding); a meta-tag CSP cannot say so.
				'content-security-policy': 'frame-ancestors *'
			});
			if (req.method === 'HEAD') res.end();
			else createReadStream(file).pipe(res);
		};
		const notFound = () => {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			res.end('Not found');
		};
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			res.writeHead(405, { allow: 'GET, HEAD' });
			res.end();
			return;
		}
		if (prefix !== '' && url.pathname === prefix) {
			res.writeHead(301, { location: `${prefix}/${url.search}` });
			res.end();
			return;
		}
		if (prefix !== '' && !url.pathname.startsWith(`${prefix}/`)) return notFound();
		const file = fileFor(dir, url.pathname.slice(prefix.length));
		if (file) return send(200, file);
		const page = spec && join(dir, spec.file);
		if (spec && page && isFile(page)) return send(spec.status, page);
		notFound();
	});
}

/** @param {string[]} argv */
function parseArgs(argv) {
	/** @type {{ root?: string, fallback: FallbackKind, base: string, port: number, host: string }} */
	const options = { fallback: '404', base: '', port: 4173, host: '127.0.0.1' };
	for (let i = 0; i < argv.length; i++) {
		const arg = /** @type {string} */ (argv[i]);
		const value = () => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`${arg} needs a value`);
			return v;
		};
		if (arg === '--fallback') options.fallback = /** @type {FallbackKind} */ (value());
		else if (arg === '--base') options.base = value();
		else if (arg === '--port') options.port = Number(value());
		else if (arg === '--host') options.host = value();
		else if (!arg.startsWith('--') && options.root === undefined) options.root = arg;
		else throw new Error(`unknown argument ${arg}`);
	}
	if (!options.root)
		throw new Error(
			'usage: node scripts/serve-static.js <dir> [--fallback 404|200|index|none] [--base /sub/path] [--port N]'
		);
	return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { root, fallback, base, port, host } = parseArgs(process.argv.slice(2));
	staticServer({ root: /** @type {string} */ (root), fallback, base }).listen(port, host, () => {
		console.log(`${root} on http://${host}:${port}${base.replace(/\/+$/, '')}/ (fallback: ${fallback})`);
	});
}
