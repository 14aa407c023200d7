#!/usr/bin/env node
/**
 * Run before the e2e tests: makes sure a Chromium exists, installing Playwright's own where the
 * internet allows it, so `npm test` stays the whole set-up on a laptop; otherwise a clear message.
 */
import { spawnSync } from 'node:child_process';
import { findBrowser, NO_BROWSER_HELP } from './browser.js';

let found = findBrowser();
if (!found) {
	console.log('No Chromium found; trying `npx playwright install chromium` …');
	const r = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
	if (r.status === 0) found = findBrowser();
}
if (!found) {
	console.error(`\n${NO_BROWSER_HELP}\n`);
	process.exit(1);
}
console.log(`e2e browser: ${found.path} (${found.via})`);
