import { describe, expect, it } from 'vitest';
import { toRenderCollection } from '$lib/data/render';
import { toDay } from '$lib/time/days';
import { FIXTURE } from '$lib/timeline/fixture';
import { mapSource, splitSources } from './source-data';
import { codeAt, DEFAULT_CODE, VIS_CODE } from './visibility-state';

const render = toRenderCollection(FIXTURE);
const days = ['2024-12-01', '2025-01-15', '2025-01-31', '2025-02-01', '2025-02-06', '2025-03-01'].map(toDay);

describe('the map source', () => {
	it("carries the opening day's code as v0, so opening needs no feature-state", () => {
		for (const day of days) {
			const { data } = mapSource(render, day);
			data.features.forEach((f, i) =>
				expect(f.properties.v0).toBe(codeAt(render.features[i]!.properties, day))
			);
		}
	});

	it('scrubs from v0: a step reports exactly the features whose code differs from it', () => {
		for (const opening of days)
			for (const day of days) {
				const { data, diff } = mapSource(render, opening);
				const seen = new Map<number, number>();
				diff.update(day, (id, code) => seen.set(id, code));
				const expected = new Map(
					data.features.flatMap((f, i) => {
						const code = codeAt(render.features[i]!.properties, day);
						return code !== f.properties.v0 ? [[i, code] as const] : [];
					})
				);
				expect(seen).toEqual(expected);
			}
	});

	it('keeps the numeric ids and only what filters, paint and clicks read', () => {
		const { data } = mapSource(render, days[2]!);
		expect(data.features.map((f) => f.id)).toEqual(render.features.map((_, i) => i));
		for (const [i, f] of data.features.entries()) {
			const p = render.features[i]!.properties;
			expect(f.properties).toEqual({ id: p.id, layer: p.layer, kind: p.kind, pp: p.pp, v0: f.properties.v0 });
			expect(f.geometry).toBe(render.features[i]!.geometry);
		}
	});

	it('before a day is chosen, starts every feature as the default', () => {
		const { data } = mapSource(render, 0);
		for (const f of data.features) expect(f.properties.v0).toBe(DEFAULT_CODE);
	});
});

describe('the territory source', () => {
	it('takes the pieces of territory layers, keeps ids, and leaves everything else to the events', () => {
		const piece = (id: string, kind: 'territory' | 'gain' | 'loss') => ({
			...FIXTURE[0]!,
			id,
			geometry: {
				type: 'Polygon' as const,
				coordinates: [
					[
						[30, 50],
						[31, 50],
						[31, 51],
						[30, 50]
					]
				]
			},
			properties: { ...FIXTURE[0]!.properties, layer: 'held', kind }
		});
		const withPieces = toRenderCollection([
			...FIXTURE,
			piece('p-1', 'territory'),
			piece('p-2', 'gain'),
			piece('p-3', 'loss')
		]);
		const { data } = mapSource(withPieces, days[1]!);
		const { events, territory, inTerritory } = splitSources(data);
		expect(territory.features.map((f) => f.properties.id)).toEqual(['p-1', 'p-2', 'p-3']);
		expect(events.features.map((f) => f.id)).toEqual(FIXTURE.map((_, i) => i));
		expect(territory.features.map((f) => f.id)).toEqual([
			FIXTURE.length,
			FIXTURE.length + 1,
			FIXTURE.length + 2
		]);
		expect([...inTerritory]).toEqual([...FIXTURE.map(() => 0), 1, 1, 1]);
	});
});

describe('the map source for the plain symbology', () => {
	it('sends the events only as hidden or on the map, and the territory pieces in every state', () => {
		// Newly held ground: emphasised as recent for its first week (2025-02-01 and 2025-02-06 here).
		const piece = {
			...FIXTURE[0]!,
			id: 'p-1',
			properties: {
				...FIXTURE[0]!.properties,
				kind: 'gain' as const,
				time: { start: '2025-01-31', end: '2025-03-01', precision: 'day' as const }
			}
		};
		const withPiece = toRenderCollection([...FIXTURE, piece]);
		for (const day of days) {
			const { data } = mapSource(withPiece, day, undefined, true);
			data.features.forEach((f, i) => {
				const code = codeAt(withPiece.features[i]!.properties, day);
				const plain = code === VIS_CODE.hidden ? code : DEFAULT_CODE;
				expect(f.properties.v0, `${f.properties.id} on ${day}`).toBe(
					f.properties.kind === 'gain' ? code : plain
				);
			});
		}
		// The fixture has facts in each state on these days, so the test sees every code collapse.
		const codes = days.flatMap((d) => withPiece.features.map((f) => codeAt(f.properties, d)));
		expect(new Set(codes)).toEqual(new Set(Object.values(VIS_CODE)));
		expect(codeAt(withPiece.features.at(-1)!.properties, toDay('2025-02-06'))).toBe(VIS_CODE.recent);
	});
});
