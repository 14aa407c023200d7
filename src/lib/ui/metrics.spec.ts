import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compile, preprocess } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import config from '../../../svelte.config.js';
import {
	CHROME_REM,
	CHROME_STYLE,
	CUSTOM_MEDIA,
	customMediaPreprocessor,
	isPhoneWidth,
	PHONE_MAX_PX,
	PHONE_QUERY,
	replaceCustomMedia,
	WIDE_MIN_PX
} from './metrics';

const ROOT = join(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]
	);
}

const files = filesUnder(SRC).filter((f) => !f.endsWith('.spec.ts'));
const styled = files.filter((f) => f.endsWith('.svelte') || f.endsWith('.css'));
const name = (f: string): string => relative(ROOT, f);

/** The preludes of every `@media` rule in `text`. */
const mediaPreludes = (text: string): string[] =>
	[...text.matchAll(/@media\b([^{;]*)\{/g)].map((m) => (m[1] ?? '').trim());

describe('the phone breakpoint lives in ui/metrics.js only', () => {
	it('no style under src/ writes a width into a media query', () => {
		expect(styled.length).toBeGreaterThan(5);
		const raw = styled.flatMap((f) =>
			mediaPreludes(readFileSync(f, 'utf8'))
				.filter((q) => /width/.test(q))
				.map((q) => `${name(f)}: @media ${q}`)
		);
		expect(raw).toEqual([]);
	});

	it('no source file under src/ but metrics.js spells the breakpoint out', () => {
		const spelled = files
			.filter((f) => !f.endsWith('metrics.js'))
			.filter((f) => /719\.98|\b720px|(max|min)-width:\s*7\d\dpx/.test(readFileSync(f, 'utf8')))
			.map(name);
		expect(spelled).toEqual([]);
	});

	it('plain .css files, which no preprocessor reads, use no custom media name', () => {
		const css = styled.filter((f) => f.endsWith('.css'));
		expect(css.length).toBeGreaterThan(0);
		for (const f of css) {
			for (const q of mediaPreludes(readFileSync(f, 'utf8'))) expect(q, name(f)).not.toMatch(/\(\s*--/);
		}
	});

	it('the components name the phone layout, and the preprocessor writes the real query in', async () => {
		const components = styled.filter((f) => f.endsWith('.svelte'));
		let phone = 0;
		for (const f of components) {
			const source = readFileSync(f, 'utf8');
			const uses = mediaPreludes(source).some((q) => q.includes('(--phone)'));
			if (uses) phone++;
			const { code } = await preprocess(source, customMediaPreprocessor(), { filename: f });
			const queries = mediaPreludes(code);
			for (const q of queries) expect(q, name(f)).not.toMatch(/\(\s*--/);
			if (uses)
				expect(
					queries.some((q) => q.includes(PHONE_QUERY)),
					name(f)
				).toBe(true);
		}
		// App, the layers panel, the key, the notices, the timeline and the details panel.
		expect(phone).toBeGreaterThanOrEqual(6);
	});

	it('the compiled CSS of a component keeps the query', async () => {
		const f = join(SRC, 'lib/ui/App.svelte');
		const { code } = await preprocess(readFileSync(f, 'utf8'), customMediaPreprocessor(), { filename: f });
		const { css } = compile(code, { filename: f, css: 'external', runes: true });
		const queries = mediaPreludes(css?.code ?? '');
		expect(queries).toContain(PHONE_QUERY);
		expect(queries).toContain(`(pointer: coarse), ${PHONE_QUERY}`);
	}, 30_000);
});

describe('replaceCustomMedia', () => {
	it('replaces the names in media preludes, alone or in a list, and nothing else', () => {
		const css = [
			'a { color: var(--ink); }',
			'@media (--phone) { a { margin: 0; } }',
			'@media (pointer: coarse), (--phone) { b { width: 44px; } }',
			'@media (--wide) { c { width: var(--column-width); } }'
		].join('\n');
		expect(replaceCustomMedia(css)).toBe(
			[
				'a { color: var(--ink); }',
				'@media (max-width: 719.98px) { a { margin: 0; } }',
				'@media (pointer: coarse), (max-width: 719.98px) { b { width: 44px; } }',
				'@media (min-width: 720px) { c { width: var(--column-width); } }'
			].join('\n')
		);
	});

	it('refuses an unknown name, saying where it is', () => {
		expect(() => replaceCustomMedia('@media (--tablet) { a { b: c } }', 'X.svelte')).toThrow(
			/X\.svelte.*--tablet/
		);
	});

	it('is the preprocessor svelte.config.js runs first', () => {
		const groups = [config.preprocess ?? []].flat();
		expect(groups[0]?.name).toBe(customMediaPreprocessor().name);
	});
});

describe('the breakpoint in script', () => {
	it('isPhoneWidth agrees with the two queries, on either side of the breakpoint', () => {
		const px = (q: string): number => Number(/(\d+(?:\.\d+)?)px/.exec(q)?.[1]);
		expect(px(CUSTOM_MEDIA['--phone'])).toBe(PHONE_MAX_PX);
		expect(px(CUSTOM_MEDIA['--wide'])).toBe(WIDE_MIN_PX);
		for (const w of [0, 320, 390, 700, 718, 719, 720, 721, 768, 1024, 1280, 2560]) {
			expect(isPhoneWidth(w), String(w)).toBe(w <= px(CUSTOM_MEDIA['--phone']));
			expect(isPhoneWidth(w), String(w)).toBe(!(w >= px(CUSTOM_MEDIA['--wide'])));
		}
	});
});

describe('the chrome sizes', () => {
	it('reach CSS as custom properties with the same numbers', () => {
		const props = Object.fromEntries(
			CHROME_STYLE.split(';').map((d) => d.split(':').map((s) => s.trim()) as [string, string])
		);
		expect(props).toEqual({
			'--edge': `${CHROME_REM.edge}rem`,
			'--column-width': `${CHROME_REM.column}rem`,
			'--masthead': `${CHROME_REM.masthead}rem`,
			'--masthead-phone': `${CHROME_REM.mastheadPhone}rem`,
			'--gap': `${CHROME_REM.gap}rem`
		});
	});

	it('App.svelte sets them on its root and spells none of them out', () => {
		const app = readFileSync(join(SRC, 'lib/ui/App.svelte'), 'utf8');
		expect(app).toMatch(/<div class="app"[^>]* style=\{CHROME_STYLE\}>/);
		const style = app.slice(app.indexOf('<style>'));
		// Every custom property the style reads is one of ours or a colour/shadow of app.css.
		const root = readFileSync(join(SRC, 'app.css'), 'utf8');
		for (const [, prop] of style.matchAll(/var\((--[\w-]+)\)/g)) {
			expect(CHROME_STYLE.includes(`${prop}:`) || root.includes(`${prop}:`), prop).toBe(true);
		}
		for (const rem of [CHROME_REM.column, CHROME_REM.masthead + CHROME_REM.gap]) {
			expect(style, `${rem}rem`).not.toMatch(new RegExp(`[^.\\d]${String(rem).replace('.', '\\.')}rem`));
		}
	});
});
