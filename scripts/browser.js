/**
 * Finds the Chromium that the e2e tests and the benchmark drive.
 * Order: $CHROMIUM_PATH, the Debian package (/usr/bin/chromium), then Playwright's own download.
 * Kept in one place so tests and bench can never disagree about which browser they measured.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep a headless Chromium quiet on a machine with no network but the local server. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** @returns {{ path: string, via: string } | null} */
export function findBrowser() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return { path: fromEnv, via: 'CHROMIUM_PATH' };
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
	}
	for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
		if (existsSync(p)) return { path: p, via: 'system package' };
	}
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return { path: own, via: "Playwright's own browser" };
	} catch {
		// Playwright has no browser of its own installed.
	}
	return null;
}

export const NO_BROWSER_HELP = `No Chromium found for the browser tests.
Get one of:
  - Debian/Ubuntu:  sudo apt-get install chromium      (then it is found at /usr/bin/chromium)
  - anywhere with internet:  npx playwright install chromium
  - or point CHROMIUM_PATH at a Chromium/Chrome binary:  CHROMIUM_PATH=/path/to/chrome npm test`;
