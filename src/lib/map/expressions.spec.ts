import { createExpression, featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEATURE_KINDS, LAYER_IDS, type FeatureKind, type LayerId, type TimeSpec } from '$lib/data/types';
import { toDay, toIso } from '$lib/time/days';
import { timeKeys, visibilityAt, type TimeKeys } from '$lib/time/visibility';
import { dataLayers, FT_LAYER_IDS, FT_SOURCE, visibilityExpr, visibleFilter } from './expressions';

function compile(expr: unknown) {
	const result = createExpression(expr, 'test', null);
	if (result.result !== 'success') throw new Error(result.value.map((e) => e.message).join('; '));
	return result.value;
}

const visExpr = compile(visibilityExpr);
const filter = featureFilter(['all', visibleFilter], 'test');

interface Case {
	keys: TimeKeys;
	layer: LayerId;
}

function evalVis(c: Case, t: number, layers: LayerId[]): unknown {
	return visExpr.evaluate(
		{ zoom: 6, globalState: { t, layers } },
		{ type: 'Point', properties: { ...c.keys, layer: c.layer } }
	);
}

function evalFilter(c: Case, t: number, layers: LayerId[]): boolean {
	return filter.filter(
		{ zoom: 6, globalState: { t, layers } },
		{ type: 'Point', properties: { ...c.keys, layer: c.layer } }
	);
}

const base = toDay('2024-01-01');
const day = fc.integer({ min: 0, max: 500 }).map((n) => base + n);
const timeSpec: fc.Arbitrary<TimeSpec> = fc
	.record({
		start: day,
		precision: fc.constantFrom('day', 'week', 'month') as fc.Arbitrary<TimeSpec['precision']>,
		length: fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined })
	})
	.map(({ start, precision, length }) => {
		// Month-dated facts start on the 1st, as the data contract says.
		const s = precision === 'month' ? toDay(`${toIso(start).slice(0, 7)}-01`) : start;
		return {
			start: toIso(s),
			precision,
			...(length === undefined ? {} : { end: toIso(s + length) })
		};
	});

describe('visibility expressions agree with visibilityAt (parity)', () => {
	it('for random facts of every kind and precision, on days around their edges', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...FEATURE_KINDS),
				timeSpec,
				fc.integer({ min: -40, max: 260 }),
				(kind: FeatureKind, time, offset) => {
					const keys = timeKeys(kind, time);
					const c: Case = { keys, layer: 'strikes' };
					const t = keys.s + offset;
					expect(evalVis(c, t, [...LAYER_IDS])).toBe(visibilityAt(keys, t));
					expect(evalFilter(c, t, [...LAYER_IDS])).toBe(visibilityAt(keys, t) !== 'hidden');
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('at every day across week/month spans and their edges', () => {
		const specs: [FeatureKind, TimeSpec][] = [
			['claim', { start: '2025-01-27', end: '2025-02-02', precision: 'week' }],
			['capture', { start: '2025-01-01', end: '2025-01-31', precision: 'month' }],
			['battle', { start: '2025-01-01', precision: 'month' }],
			['area', { start: '2024-08-01', end: '2025-02-06', precision: 'month' }],
			['strike', { start: '2025-01-31', precision: 'day' }],
			['movement', { start: '2025-02-03', end: '2025-02-09', precision: 'day' }],
			['report', { start: '2025-02-03', precision: 'week' }]
		];
		let checked = 0;
		for (const [kind, time] of specs) {
			const keys = timeKeys(kind, time);
			for (let t = keys.s - 3; t <= Math.min(keys.e, keys.s + 400) + 3; t++) {
				const c: Case = { keys, layer: 'kursk' };
				expect(evalVis(c, t, ['kursk'])).toBe(visibilityAt(keys, t));
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(500);
	});

	it('hides a feature whose layer is switched off, whatever the day', () => {
		const keys = timeKeys('strike', { start: '2025-01-31', precision: 'day' });
		const c: Case = { keys, layer: 'strikes' };
		const t = toDay('2025-02-01');
		expect(evalFilter(c, t, ['strikes'])).toBe(true);
		expect(evalFilter(c, t, ['kursk', 'pokrovsk'])).toBe(false);
		expect(evalFilter(c, t, [])).toBe(false);
	});

	it('shows nothing before the day is set', () => {
		const keys = timeKeys('strike', { start: '2025-01-31', precision: 'day' });
		const feature = { type: 'Point' as const, properties: { ...keys, layer: 'strikes' } };
		expect(visExpr.evaluate({ zoom: 6, globalState: {} }, feature)).toBe('hidden');
		expect(filter.filter({ zoom: 6, globalState: {} }, feature)).toBe(false);
	});
});

describe('data layers', () => {
	const layers = dataLayers(['Noto Sans Regular']);

	it('are valid style-spec layers with stable ft- ids on the one source', () => {
		const errors = validateStyleMin({
			version: 8,
			glyphs: 'http://127.0.0.1/{fontstack}/{range}.pbf',
			sources: { [FT_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } },
			layers
		});
		expect(errors.map((e) => e.message)).toEqual([]);
		expect(layers.map((l) => l.id)).toEqual([...FT_LAYER_IDS]);
		for (const l of layers) {
			expect(l.id.startsWith('ft-')).toBe(true);
			expect('source' in l && l.source).toBe(FT_SOURCE);
		}
	});

	it('all filter by the visibility rule, so no layer draws a hidden feature', () => {
		const keys = timeKeys('capture', { start: '2025-01-01', end: '2025-01-31', precision: 'month' });
		for (const l of layers) {
			if (!('filter' in l) || l.filter === undefined) throw new Error(`${l.id} has no filter`);
			const f = featureFilter(l.filter, l.id);
			const geometry =
				l.id === 'ft-movement' || l.id === 'ft-movement-arrow'
					? 'LineString'
					: l.id.startsWith('ft-area')
						? 'Polygon'
						: 'Point';
			const feature = {
				type: geometry as 'Point',
				properties: { ...keys, layer: 'velyka-novosilka', kind: 'capture', pp: 'city' }
			};
			expect(
				f.filter({ zoom: 6, globalState: { t: toDay('2024-12-31'), layers: [...LAYER_IDS] } }, feature)
			).toBe(false);
		}
	});
});
