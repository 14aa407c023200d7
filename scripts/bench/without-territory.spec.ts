import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutTerritory } from './without-territory';

const GEO = new URL('../../geo/', import.meta.url);

/** The project's data as the build serves it: the geo/ files and their manifest. */
function siteData(): Map<string, string> {
	const names = readdirSync(GEO).filter((n) => /\.(geo)?json$/.test(n));
	const files = new Map(names.map((n) => [n, readFileSync(new URL(n, GEO), 'utf8')] as const));
	files.set('index.json', JSON.stringify({ files: names }));
	return files;
}

describe('the bench’s real data without the territory layer', () => {
	it('drops the territory layers’ files and declarations, and keeps everything else as it is', () => {
		const all = siteData();
		const { layers } = JSON.parse(all.get('layers.json')!) as { layers: { id: string; style?: string }[] };
		const territory = layers.filter((l) => l.style === 'territory').map((l) => l.id);
		expect(territory.length).toBeGreaterThan(0);

		const out = withoutTerritory(all);
		for (const id of territory) expect(out.has(`${id}.geojson`)).toBe(false);
		const kept = JSON.parse(out.get('layers.json')!) as { layers: { id: string }[] };
		expect(kept.layers.map((l) => l.id)).toEqual(
			layers.filter((l) => l.style !== 'territory').map((l) => l.id)
		);
		const index = JSON.parse(out.get('index.json')!) as { files: string[]; checked?: object };
		// Stamped as the build stamps the site's data: the app loads both sets the same way.
		expect(Object.keys(index.checked ?? {})).toEqual(index.files);
		expect(index.files.some((f) => territory.some((id) => f === `${id}.geojson`))).toBe(false);
		expect(index.files.length).toBe(all.size - 1 - territory.length);
		for (const name of ['sources.json', 'figures.json']) expect(out.get(name)).toBe(all.get(name));
	});

	it('refuses data without a territory layer, so the comparison cannot silently measure nothing', () => {
		const out = withoutTerritory(siteData());
		expect(() => withoutTerritory(out)).toThrow(/no territory layer/);
	});
});
