/**
 * The bench's "real data without the territory layer" set: the site's own data files with every layer
 * of style `territory` taken out of `layers.json` and the manifest, so the same build measures the cost
 * of the territory layer (issue #14's budgets: cold load and scrub step with it ≤ 1.15× without it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stampManifest } from '../../src/lib/data/stamp';
import type { LayerSpec } from '../../src/lib/data/types';

export const WITHOUT_TERRITORY = 'real-no-territory';

/** The data files (name → text) minus the territory layers; throws if there is no such layer. */
export function withoutTerritory(files: ReadonlyMap<string, string>): Map<string, string> {
	const layersText = files.get('layers.json');
	if (layersText === undefined) throw new Error('no layers.json in the data');
	const { layers } = JSON.parse(layersText) as { layers: LayerSpec[] };
	const dropped = new Set(layers.filter((l) => l.style === 'territory').map((l) => `${l.id}.geojson`));
	if (dropped.size === 0) throw new Error('layers.json declares no territory layer');
	const out = new Map<string, string>();
	for (const [name, text] of files) {
		if (dropped.has(name)) continue;
		if (name === 'layers.json') {
			const kept = layers.filter((l) => l.style !== 'territory');
			out.set(name, JSON.stringify({ ...JSON.parse(text), layers: kept }, null, '\t'));
		} else if (name !== 'index.json') out.set(name, text);
	}
	// The manifest of what is left, stamped as the build stamps the site's data (src/lib/data/stamp.ts):
	// both sets are then loaded the same way, without validating again in the browser.
	const manifest = stampManifest(out);
	if (!manifest.checked) throw new Error('the data without its territory layers does not pass the validator');
	out.set('index.json', JSON.stringify(manifest, null, '\t'));
	return out;
}

/** Writes the set under `<build>/bench-data/real-no-territory/data/` from the build's own `data/`. */
export function writeWithoutTerritory(build: string): void {
	const src = join(build, 'data');
	const index = JSON.parse(readFileSync(join(src, 'index.json'), 'utf8')) as { files: string[] };
	const files = new Map(
		['index.json', ...index.files].map((n) => [n, readFileSync(join(src, n), 'utf8')] as const)
	);
	const dir = join(build, 'bench-data', WITHOUT_TERRITORY, 'data');
	mkdirSync(dir, { recursive: true });
	for (const [name, text] of withoutTerritory(files)) writeFileSync(join(dir, name), text);
}
