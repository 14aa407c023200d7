import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// FT_OUT_DIR / FT_BUILD_DIR let parallel builds (several developers on one machine) stay apart.
		outDir: process.env.FT_OUT_DIR ?? '.svelte-kit',
		adapter: adapter({
			pages: process.env.FT_BUILD_DIR ?? 'build',
			assets: process.env.FT_BUILD_DIR ?? 'build',
			fallback: undefined,
			strict: true
		}),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
