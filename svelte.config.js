import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { EMBED_BOOT_SCRIPT } from './src/lib/state/embed-rule.js';
import { customMediaPreprocessor } from './src/lib/ui/metrics.js';

/** FT_OUT_DIR / FT_BUILD_DIR let parallel builds (several developers on one machine) stay apart. */
const buildDir = process.env.FT_BUILD_DIR ?? 'build';

/**
 * FT_BASE_PATH: the path the site is published under, e.g. `/maps/frontline` for
 * `https://example.org/maps/frontline/` (a GitHub Pages project site is `/<repository>`); empty or
 * unset for a site at the root of its host. Set at build time: every page, asset and data URL carries it.
 */
/** @returns {'' | `/${string}`} */
function basePath(value = '') {
	const path = value.trim().replace(/\/+$/, '');
	if (path !== '' && !/^(\/(?!\.+(\/|$))[A-Za-z0-9._~-]+)+$/.test(path)) {
		throw new Error(
			`FT_BASE_PATH must be a path like /maps/frontline (letters, digits, . _ ~ -), not "${value}"`
		);
	}
	return /** @type {'' | `/${string}`} */ (path);
}

/**
 * adapter-static, plus the fallback page under each name a static host may look for: `404.html`
 * (GitHub Pages, Netlify, most hosts) and `200.html` (Surge; rewrite rules). Both are SvelteKit's
 * shell page, which opens whatever the address names; `index.html` also works as a fallback (the
 * asset paths are absolute, see `paths.relative`).
 */
function staticHost() {
	const inner = adapter({
		pages: buildDir,
		assets: buildDir,
		// A static host serves this for any path it has no file for (an unknown /place/<id>): the app
		// opens with a notice instead of a bare 404 (src/routes/+error.svelte).
		fallback: '404.html',
		strict: true
	});
	return {
		...inner,
		/** @param {import('@sveltejs/kit').Builder} builder */
		async adapt(builder) {
			await inner.adapt(builder);
			copyFileSync(join(buildDir, '404.html'), join(buildDir, '200.html'));
		}
	};
}

/**
 * The app's version, which SvelteKit writes into its runtime and `_app/version.json` (to tell a new
 * deploy): the commit the build is made from, marked `-dirty` with uncommitted changes, as Kit's docs
 * ask (a deterministic name). Kit's default, the build's time, made two builds of the same sources
 * differ, and the opening JS's gzip size with them (61,433–61,438 bytes in three builds on
 * 3 Dec 2026, against a budget of 61,440). Outside a git checkout, Kit's default.
 * @returns {string | undefined}
 */
function commitVersion() {
	try {
		const ref = execFileSync('git', ['describe', '--always', '--dirty', '--abbrev=7'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		}).trim();
		return ref || undefined;
	} catch {
		return undefined;
	}
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	// `@media (--phone)` in a component's style becomes the real query (src/lib/ui/metrics.js) first,
	// so every later step (Vite's CSS pipeline, Svelte's compiler) sees plain CSS.
	preprocess: [customMediaPreprocessor(), vitePreprocess()],
	compilerOptions: {
		runes: true,
		// Not `window.__svelte.v`: nothing reads it, and it costs every page an extra module.
		discloseVersion: false,
		// Scoped-style classes as `s-<hash>` rather than `svelte-<hash>`: the class is on nearly every
		// element of every component's template, so the shorter prefix is a measurable part of the bundle.
		cssHash: ({ hash, css }) => `s-${hash(css)}`
	},
	kit: {
		outDir: process.env.FT_OUT_DIR ?? '.svelte-kit',
		adapter: staticHost(),
		paths: {
			base: basePath(process.env.FT_BASE_PATH),
			// Absolute asset paths (`/_app/…`, not `./_app/…`): a host that answers an unknown address
			// with index.html (or 200.html) serves it at that address, e.g. /place/<id>, where a relative
			// path would point at /place/_app/… and the page would stay blank.
			relative: false
		},
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		version: { name: commitVersion() },
		// Everything the page loads comes from its own origin; inline scripts only by hash (SvelteKit's
		// own, and the embed's early script, written into each page by src/hooks.server.ts). MapLibre
		// needs blob: for images and its worker; no 'unsafe-inline' or 'unsafe-eval' for scripts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', `sha256-${createHash('sha256').update(EMBED_BOOT_SCRIPT).digest('base64')}`],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
