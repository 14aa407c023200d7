/**
 * Build side of checked.ts: the data manifest of a folder of data files, with each file's digest
 * when the validator finds nothing wrong in the folder as a whole. Build and server only (Node's
 * crypto; it carries the validator); the browser computes the same SHA-256 with Web Crypto
 * (`digestOf`), and load.spec.ts checks that the two agree.
 */
import { createHash } from 'node:crypto';
import type { CheckedDigests } from './checked';
import { manifestFor, type DataManifest } from './load';
import { validateDataset } from './validate';

/**
 * The manifest for these files (name → text; names that are not data, like README.md, are left
 * out). `checked` is set only when the validator, run as the browser runs it, reports no error.
 */
export function stampManifest(texts: ReadonlyMap<string, string>): DataManifest {
	const { files } = manifestFor([...texts.keys()]);
	const { errors } = validateDataset(files.map((name) => ({ path: name, text: texts.get(name) ?? '' })));
	if (errors.length > 0 || files.length === 0) return { files };
	const checked: CheckedDigests = {};
	for (const name of files)
		checked[name] = createHash('sha256')
			.update(texts.get(name) ?? '', 'utf8')
			.digest('hex');
	return { files, checked };
}
