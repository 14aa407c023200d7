import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stampManifest } from '../../src/lib/data/stamp';

/**
 * Writes a bench data set's files (base name → text) and their manifest under `<dir>/data/`, where
 * `?dataset=` reads them. The manifest is stamped as the build stamps the site's own data
 * (src/lib/data/stamp.ts), so the app loads the set as it loads a published site's: validated once
 * here, not again in the browser. Throws, naming `what`, if the validator finds anything wrong.
 * Returns the bytes of the files written (the manifest aside).
 */
export function writeStampedDataSet(dir: string, files: ReadonlyMap<string, string>, what: string): number {
	const manifest = stampManifest(files);
	if (!manifest.checked) throw new Error(`${what} does not pass the validator (npm run check:data)`);
	const data = join(dir, 'data');
	mkdirSync(data, { recursive: true });
	let bytes = 0;
	for (const [name, text] of files) {
		writeFileSync(join(data, name), text);
		bytes += Buffer.byteLength(text);
	}
	writeFileSync(join(data, 'index.json'), JSON.stringify(manifest));
	return bytes;
}
