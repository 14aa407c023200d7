import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/lib/data/validate';
import { toRenderCollection } from '../../src/lib/data/render';
import { generateSynthetic, REGION } from './synthetic';

const asFiles = (m: Map<string, string>) => [...m].map(([name, text]) => ({ path: `data/${name}`, text }));

describe('synthetic bench data', () => {
	const files = generateSynthetic(3000, 7);
	const { dataset, errors } = validateDataset(asFiles(files));

	it('is valid per the data contract, every feature kept', () => {
		expect(errors).toEqual([]);
		expect(dataset.features).toHaveLength(3000);
	});

	it('is deterministic for a seed and differs for another', () => {
		expect(generateSynthetic(3000, 7)).toEqual(files);
		expect(generateSynthetic(3000, 8).get('strikes.geojson')).not.toEqual(files.get('strikes.geojson'));
	});

	it('stays in the region and mixes layers, kinds, geometries and precisions', () => {
		const render = toRenderCollection(dataset.features);
		const distinct = (f: (p: (typeof render.features)[number]) => string) =>
			new Set(render.features.map(f)).size;
		expect(distinct((f) => f.properties.layer)).toBe(5);
		expect(distinct((f) => f.properties.kind)).toBe(7);
		expect(distinct((f) => f.properties.tp)).toBe(3);
		expect(distinct((f) => f.properties.pp)).toBe(6);
		expect(distinct((f) => f.geometry.type)).toBe(3);
		for (const f of dataset.features) {
			const g = f.geometry;
			const pts = g.type === 'Point' ? [g.coordinates] : g.type === 'LineString' ? g.coordinates : [];
			for (const [lon, lat] of pts as number[][]) {
				// Points sit inside the region; a line may reach out by its length (≤ 0.5°).
				const m = g.type === 'Point' ? 0 : 0.5;
				expect(lon).toBeGreaterThanOrEqual(REGION.west - m);
				expect(lon).toBeLessThanOrEqual(REGION.east + m);
				expect(lat).toBeGreaterThanOrEqual(REGION.south - m);
				expect(lat).toBeLessThanOrEqual(REGION.north + m);
			}
		}
	});
});
