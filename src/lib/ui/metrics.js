/**
 * The numbers of the page layout, each in one place: the phone breakpoint, the left column, the
 * masthead. Everything else takes them from here:
 *
 * - component styles write `@media (--phone)` / `@media (--wide)` (the syntax of CSS custom media);
 *   the preprocessor in svelte.config.js ({@link customMediaPreprocessor}) replaces the name with the
 *   query below before anything else reads the CSS;
 * - script asks `matchMedia(PHONE_QUERY)` or {@link isPhoneWidth};
 * - the sizes reach CSS as custom properties ({@link CHROME_STYLE}, set on the app's root element) and
 *   the framing maths (`ui/layout.ts`, `details/layout.ts`) as pixels ({@link rem}).
 *
 * Plain JavaScript with JSDoc types, so svelte.config.js can import it without a build step.
 */

/** Pixels per rem: the framing maths assume the browser's default root font size, as the CSS does. */
export const REM_PX = 16;

/** The narrowest viewport (CSS px) with the wide layout; anything narrower gets the phone layout. */
export const WIDE_MIN_PX = 720;
/**
 * The widest phone viewport, for `max-width` queries: just under {@link WIDE_MIN_PX}, as CSS pixels
 * can be fractional (a zoomed page) and `max-width: 719px` would leave a gap between the layouts.
 */
export const PHONE_MAX_PX = WIDE_MIN_PX - 0.02;

/** What `@media (--name)` means in a component's style block. */
export const CUSTOM_MEDIA = Object.freeze({
	'--phone': `(max-width: ${PHONE_MAX_PX}px)`,
	'--wide': `(min-width: ${WIDE_MIN_PX}px)`
});

/** The phone layout's media query, for `matchMedia`. */
export const PHONE_QUERY = CUSTOM_MEDIA['--phone'];

/**
 * Whether a viewport (or map) `width` in CSS px gets the phone layout: the script's reading of
 * {@link PHONE_QUERY}.
 * @param {number} width
 */
export function isPhoneWidth(width) {
	return width < WIDE_MIN_PX;
}

/** Sizes of the chrome over the map, in rem. */
export const CHROME_REM = Object.freeze({
	/** Distance of the masthead, the left column and the toolbar from the window's edge. */
	edge: 0.75,
	/** Width of the left column (layers, key, event list) on wide screens. */
	column: 18,
	/**
	 * The band at the top of the map that the masthead (--edge plus its two lines) and the toolbar beside
	 * it take: the column starts below it, and the map frames its content below it.
	 */
	masthead: 4,
	/** The masthead band on phones, where the masthead has one line (its tagline is hidden). */
	mastheadPhone: 3,
	/** Between the masthead and the column below it. */
	gap: 0.5
});

/**
 * `rem` in CSS px.
 * @param {number} rem
 */
export function rem(rem) {
	return rem * REM_PX;
}

/**
 * The chrome's sizes as CSS custom properties, for the `style` of the app's root element:
 * `--edge`, `--column-width`, `--masthead`, `--masthead-phone`, `--gap`.
 */
export const CHROME_STYLE = [
	['--edge', CHROME_REM.edge],
	['--column-width', CHROME_REM.column],
	['--masthead', CHROME_REM.masthead],
	['--masthead-phone', CHROME_REM.mastheadPhone],
	['--gap', CHROME_REM.gap]
]
	.map(([name, value]) => `${name}: ${value}rem`)
	.join('; ');

/** `@media` preludes, up to their block (or the `;` of an `@import … media` is not ours to touch). */
const MEDIA_PRELUDE = /@media\b([^{;]*)/g;
/** A custom media name in a prelude: `(--phone)`. */
const CUSTOM_NAME = /\(\s*(--[\w-]+)\s*\)/g;

/**
 * `css` with every `(--name)` of an `@media` prelude replaced by its query from {@link CUSTOM_MEDIA}.
 * An unknown name throws, naming the file, rather than leave a query no browser matches.
 * @param {string} css
 * @param {string} [filename]
 * @returns {string}
 */
export function replaceCustomMedia(css, filename = 'a style block') {
	return css.replace(MEDIA_PRELUDE, (_, /** @type {string} */ prelude) => {
		const replaced = prelude.replace(CUSTOM_NAME, (_m, /** @type {string} */ name) => {
			const query = /** @type {Record<string, string>} */ (CUSTOM_MEDIA)[name];
			if (query === undefined) {
				throw new Error(
					`${filename}: unknown custom media "(${name})"; known: ${Object.keys(CUSTOM_MEDIA).join(', ')} (src/lib/ui/metrics.js)`
				);
			}
			return query;
		});
		return `@media${replaced}`;
	});
}

/**
 * A Svelte style preprocessor that writes the real queries into `@media (--phone)` and
 * `@media (--wide)` in every component (see {@link replaceCustomMedia}).
 * @returns {import('svelte/compiler').PreprocessorGroup}
 */
export function customMediaPreprocessor() {
	return {
		name: 'ft-custom-media',
		style({ content, filename }) {
			if (!content.includes('(--')) return;
			return { code: replaceCustomMedia(content, filename) };
		}
	};
}
