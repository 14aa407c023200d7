import { describe, expect, it } from 'vitest';
import { toRenderCollection } from '$lib/data/render';
import { toDay } from '$lib/time/days';
import { FIXTURE } from '$lib/timeline/fixture';
import { mapSource } from './source-data';
import { codeAt, DEFAULT_CODE } from './visibility-state';

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
