/**
 * `npx tsx scripts/check-data.ts [dir]` (default geo/): the gate that stops a broken or
 * unsourced data file from reaching a build. Uses the same validator the browser uses, so the
 * build and the app never disagree about what is valid. Exit 1 on any error.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	formatError,
	LAYERS_FILE,
	SOURCES_FILE,
	validateDataset,
	type DataFile
} from '../src/lib/data/validate';
import { overlaps } from '../src/lib/data/territory-overlaps';

const geoDir = fileURLToPath(new URL('../geo', import.meta.url));
const dir = process.argv[2] ?? geoDir;
const label = `${relative(process.cwd(), dir) || '.'}/`.replace(/\/+$/, '/');

const read = (path: string): DataFile => ({
	path: relative(process.cwd(), path),
	text: readFileSync(path, 'utf8')
});

let names: string[];
try {
	names = readdirSync(dir)
		.filter((n) => n.endsWith('.geojson') || n.endsWith('.json'))
		.sort();
} catch (e) {
	console.error(`${label}: cannot read directory (${e instanceof Error ? e.message : String(e)})`);
	process.exit(1);
}
const files = names.map((n) => read(join(dir, n)));
// A folder of new layer files may lean on the project's registries (sources, layer declarations).
for (const [name, what] of [
	[SOURCES_FILE, 'the source registry'],
	[LAYERS_FILE, 'the layer declarations']
] as const) {
	if (names.includes(name)) continue;
	const fallback = join(geoDir, name);
	if (existsSync(fallback)) {
		console.log(`${label}: no ${name} here, using ${relative(process.cwd(), fallback)} as ${what}`);
		files.push(read(fallback));
	}
}

const { dataset, errors } = validateDataset(files, { deep: overlaps });
for (const e of errors) console.error(formatError(e));
if (errors.length > 0) {
	console.error(`${label}: ${errors.length} error(s)`);
	process.exit(1);
}
console.log(
	`${label}: ${dataset.features.length} features in ${dataset.layers.length} layers, ${dataset.sources.length} sources, ${dataset.figures.length} figures — OK`
);
