/**
 * The built files, read from disk (no browser): every page carries a strict Content-Security-Policy
 * that allows scripts only from the origin or by the hash of each inline script it has, and a place
 * page carries its link-preview head tags. Runs after `npm run build`, as the rest of the e2e suite;
 * the directory is `$FT_BUILD_DIR`, else `build/`.
 * That a whole session then trips no CSP rule is in security.e2e.ts; that a place page opens the app
 * at its place and date is in deeplink.e2e.ts.
 */
import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const BUILD = process.env.FT_BUILD_DIR ?? 'build';

/** Every .html file of the build, relative to it. */
function htmlFiles(dir = BUILD): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
		const path = join(dir, e.name);
		if (e.isDirectory()) return htmlFiles(path);
		return e.name.endsWith('.html') ? [relative(BUILD, path)] : [];
	});
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'" };
const decode = (s: string) => s.replace(/&(amp|quot|apos|lt|gt|#39);/g, (_, e: string) => ENTITIES[e]!);

/** The attributes of every `<name …>` start tag in `html`. */
function tags(html: string, name: string): Record<string, string>[] {
	const out: Record<string, string>[] = [];
	for (const m of html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))) {
		const attrs: Record<string, string> = {};
		for (const a of m[1]!.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
			attrs[a[1]!.toLowerCase()] = decode(a[2] ?? a[3] ?? a[4] ?? '');
		out.push(attrs);
	}
	return out;
}

/** The text of every inline `<script>` (no src), exactly as the browser hashes it. */
function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter((m) => !/\ssrc\s*=/i.test(` ${m[1]}`))
		.map((m) => m[2]!);
}

/**
 * What is wrong with a page's CSP, in words (empty when nothing is). Plain checks collected into one
 * list, not an `expect` per rule: with two thousand pages (every territory piece has one), an
 * `expect` per rule and page cost minutes of stack traces.
 */
function cspProblems(html: string, what: string): string[] {
	const problems: string[] = [];
	const check = (ok: boolean, message: string) => {
		if (!ok) problems.push(`${what}: ${message}`);
	};
	const metas = tags(html, 'meta').filter(
		(a) => a['http-equiv']?.toLowerCase() === 'content-security-policy'
	);
	check(metas.length === 1, `exactly one CSP meta (found ${metas.length})`);
	if (metas.length !== 1) return problems;
	const csp = new Map<string, string[]>();
	for (const part of metas[0]!['content']!.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) csp.set(name.toLowerCase(), sources);
	}
	const only = (name: string, want: string[]) =>
		check(JSON.stringify(csp.get(name)) === JSON.stringify(want), `${name} is ${csp.get(name)?.join(' ')}`);
	const script = csp.get('script-src') ?? csp.get('default-src') ?? [];
	check(script.includes("'self'"), "script-src lacks 'self'");
	// Only the origin and exact hashes: no inline, no eval, no wildcard, no other host or scheme.
	for (const s of script) check(/^'self'$|^'sha256-[A-Za-z0-9+/=]+'$/.test(s), `script-src source ${s}`);
	only('default-src', ["'self'"]);
	only('connect-src', ["'self'"]);
	only('font-src', ["'self'"]);
	only('object-src', ["'none'"]);
	only('base-uri', ["'self'"]);
	const img = csp.get('img-src') ?? [];
	check(img.includes("'self'"), "img-src lacks 'self'");
	for (const s of img) check(["'self'", 'data:', 'blob:'].includes(s), `img-src source ${s}`);
	for (const s of csp.get('worker-src') ?? [])
		check(["'self'", 'blob:'].includes(s), `worker-src source ${s}`);

	// Every inline script of the page is allowed by its hash, and nothing else inline is.
	const inline = inlineScripts(html);
	const hashes = script.filter((s) => s.startsWith("'sha256-"));
	check(
		hashes.length === inline.length,
		`one hash per inline script (${hashes.length} for ${inline.length})`
	);
	check(inline.length > 0, "SvelteKit's boot script is inline, yet none was found");
	for (const text of inline) {
		const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
		check(hashes.includes(hash), `inline script not hashed: ${text.slice(0, 60)}`);
	}
	// No inline handlers either: `on…=` attributes would need 'unsafe-inline' or 'unsafe-hashes'.
	check(!/<[a-z][^>]*\son[a-z]+\s*=/i.test(html), 'inline event handler');
	return problems;
}

test('every built page carries a strict Content-Security-Policy', () => {
	const pages = htmlFiles();
	// Every kind of page: the app, each place's page, and the fallback a static host serves.
	expect(pages).toEqual(
		expect.arrayContaining(['index.html', '404.html', join('place', 'poltava-strike.html')])
	);
	const problems = pages.flatMap((page) => cspProblems(readFileSync(join(BUILD, page), 'utf8'), page));
	expect(problems).toEqual([]);
});

test('the check reads what it should: a page with an unhashed inline script fails it', () => {
	const html = readFileSync(join(BUILD, 'index.html'), 'utf8');
	expect(cspProblems(html, 'index.html')).toEqual([]);
	const tampered = html.replace('</head>', '<script>window.__ran = 1</script></head>');
	expect(cspProblems(tampered, 'tampered').join('\n')).toMatch(/one hash per inline script/);
	const handler = html.replace('<body', '<body onload="x()"');
	expect(cspProblems(handler, 'handler').join('\n')).toMatch(/inline event handler/);
});

test('a place page unfurls with the place: title, description and Open Graph tags', () => {
	const html = readFileSync(join(BUILD, 'place', 'poltava-strike.html'), 'utf8');
	const title = 'Missile strike on an apartment building in Poltava — Frontline Timeline';
	expect(html).toContain(`<title>${title}</title>`);
	const metas = tags(html, 'meta');
	const meta = (key: 'name' | 'property', value: string) => {
		const found = metas.filter((m) => m[key] === value);
		expect(found, `one ${key}="${value}"`).toHaveLength(1);
		return found[0]!['content'];
	};
	expect(meta('property', 'og:title')).toBe(title);
	expect(meta('name', 'description')).toContain('Sat 1 Feb 2025');
	expect(meta('property', 'og:description')).toContain('apartment building in Poltava');
	expect(meta('property', 'og:type')).toBe('article');
	// og:url and the share image need the site's public origin: previews.e2e.ts.
});
