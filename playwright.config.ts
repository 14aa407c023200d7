import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser, NO_BROWSER_HELP } from './scripts/browser.js';

const browser = findBrowser();
if (!browser) throw new Error(NO_BROWSER_HELP);

/**
 * The suite serves a build with `vite preview`, which serves SvelteKit's outDir: `$FT_OUT_DIR`
 * (default .svelte-kit), read by svelte.config.js in the server this config starts (it inherits the
 * environment). Checks of the built files read `$FT_BUILD_DIR` (default build/). So a second build
 * can be tested beside the first, on its own port:
 *   FT_BUILD_DIR=build-e2e FT_OUT_DIR=.sk-e2e npm run build
 *   FT_BUILD_DIR=build-e2e FT_OUT_DIR=.sk-e2e E2E_PORT=4185 npm run test:e2e
 */
const PORT = Number(process.env.E2E_PORT ?? 4183);

export default defineConfig({
	testDir: 'e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	// Two: the CI machine has two cores, and each page draws its map in software (SwiftShader).
	workers: 2,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	outputDir: 'test-results',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: { executablePath: browser.path, args: CHROMIUM_ARGS },
		trace: 'off'
	},
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
