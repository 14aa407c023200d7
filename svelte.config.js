import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { customMediaPreprocessor } from './src/lib/ui/metrics.js';

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
		// FT_OUT_DIR / FT_BUILD_DIR let parallel builds (several developers on one machine) stay apart.
		outDir: process.env.FT_OUT_DIR ?? '.svelte-kit',
		adapter: adapter({
			pages: process.env.FT_BUILD_DIR ?? 'build',
			assets: process.env.FT_BUILD_DIR ?? 'build',
			// A static host serves this for any path it has no file for (an unknown /place/<id>): the app
			// opens with a notice instead of a bare 404 (src/routes/+error.svelte).
			fallback: '404.html',
			strict: true
		}),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Everything the page loads comes from its own origin; inline scripts only by hash.
		// MapLibre needs blob: for images and its worker; no 'unsafe-inline' or 'unsafe-eval' for scripts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
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
