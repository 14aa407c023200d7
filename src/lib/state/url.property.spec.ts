/**
 * Property test: whatever a query string holds, parsing never throws, and the link written from the
 * parsed view reopens exactly that view with nothing to report.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '$lib/time/days';
import { parseLocation, parseView, serialiseView, viewHref, type UrlContext } from './url';

/** The project's layer ids, as `geo/layers.json` declares them (any ids would do). */
const ALL_LAYERS: readonly string[] = ['kursk', 'pokrovsk', 'kupiansk', 'velyka-novosilka', 'strikes'];

function day(iso: string): number {
	const d = parseIsoDay(iso);
	if (d === null) throw new Error(iso);
	return d;
}

const PLACES = ['poltava-strike', 'kursk-incursion', 'pokrovsk-battle'];
const FIGURES = ['buk-m3-strike', 'territory-gained-2024-12'];

const CTX: UrlContext = {
	places: new Map(PLACES.map((id, i) => [id, day('2024-08-06') + 40 * i])),
	figures: new Map(FIGURES.map((id, i) => [id, day('2024-09-01') + 50 * i])),
	range: { min: day('2024-08-06'), max: day('2025-03-31') },
	defaultDay: day('2025-03-31'),
	layers: ALL_LAYERS
};

const KEYS = ['date', 'place', 'layers', 'at'];

const junkNumber = fc.oneof(
	fc.double().map(String),
	fc.integer().map(String),
	fc.constantFrom('', ' ', 'NaN', 'Infinity', '-Infinity', '1e309', '-0', '0x1F', '١٢', '9'.repeat(400))
);

/** Values that look like what each key wants, and values that do not. */
const value = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme' }),
	fc.string({ unit: 'binary' }),
	fc.constantFrom(...PLACES, ...FIGURES, ...ALL_LAYERS, 'none', '__proto__', 'constructor'),
	fc
		.tuple(
			fc.integer({ min: -5000, max: 12000 }),
			fc.integer({ min: -5, max: 20 }),
			fc.integer({ min: -5, max: 40 })
		)
		.map(
			([y, m, d]) =>
				`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
		),
	fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
	fc.array(fc.oneof(fc.constantFrom(...ALL_LAYERS), fc.string()), { maxLength: 7 }).map((a) => a.join(',')),
	fc.array(junkNumber, { minLength: 0, maxLength: 5 }).map((a) => a.join(','))
);

const pair = fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string()), value);

/** Whole query strings: structured pairs (repeated keys included), encoded or raw, and pure noise. */
const query = fc.oneof(
	fc
		.array(pair, { maxLength: 8 })
		.map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
	fc.array(pair, { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
	fc.string(),
	fc.string({ unit: 'binary' }),
	fc
		.array(fc.constantFrom('?', '&', '=', '%', '%2', '%ZZ', '+', ',', 'date', 'at', ';', '#', '%00'))
		.map((a) => a.join(''))
);

/** Any path, and paths that name a page: a place or figure, known or not, perhaps badly escaped. */
const path = fc.oneof(
	fc.webPath(),
	fc
		.tuple(
			fc.constantFrom('/place/', '/figure/'),
			fc.oneof(fc.constantFrom(...PLACES, ...FIGURES, '', '%', '%E0%A4%A', '__proto__'), fc.string())
		)
		.map(([prefix, id]) => prefix + id)
);

describe('parseView, property', () => {
	it('never throws, and serialise∘parse reopens the same view without notices', () => {
		fc.assert(
			fc.property(query, (q) => {
				const first = parseView(new URLSearchParams(q), CTX);
				const again = parseView(new URLSearchParams(serialiseView(first.view, ALL_LAYERS)), CTX);
				expect(again.view).toEqual(first.view);
				expect(again.notices).toEqual([]);
				const href = new URL(viewHref(first.view, ALL_LAYERS, '', CTX.figures), 'http://example.test');
				const viaHref = parseLocation(href.pathname, href.search, CTX);
				expect(viaHref.view).toEqual(first.view);
				expect(viaHref.notices).toEqual([]);
			}),
			{ numRuns: 10_000 }
		);
	});

	it('always yields a view inside the context', () => {
		fc.assert(
			fc.property(query, path, (q, p) => {
				const { view } = parseLocation(p, q, CTX);
				expect(view.date).toBeGreaterThanOrEqual(CTX.range.min);
				expect(view.date).toBeLessThanOrEqual(CTX.range.max);
				expect(view.place === null || CTX.places.has(view.place) || CTX.figures.has(view.place)).toBe(true);
				expect(view.layers.every((l) => ALL_LAYERS.includes(l))).toBe(true);
				if (view.camera) {
					expect(Number.isFinite(view.camera.lat + view.camera.lon + view.camera.zoom)).toBe(true);
				}
			}),
			{ numRuns: 10_000 }
		);
	});
});
