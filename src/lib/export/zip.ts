/**
 * The whole dataset as one .zip: the data files as the site serves them at /data/ (every file the
 * manifest lists: layers.json, sources.json, figures.json and each layer's .geojson), the licence
 * file of each layer drawn from a second source (`<layer>.LICENSE`, served beside its data), and a
 * README.txt with the credits and licences the data declares (layers.json) and its sources
 * (sources.json). All in one folder, `frontline-data/`, which `npm run check:data -- <folder>` checks
 * as it is (the manifest, index.json, is the site's, not data, so it is not in the zip).
 */
import { strToU8, zipSync } from 'fflate';
import type { LayerSpec, Source } from '$lib/data/types';

export const DATA_ZIP_NAME = 'frontline-data.zip';
export const DATA_ZIP_FOLDER = 'frontline-data';
export const README_NAME = 'README.txt';

/** A file for the zip: its name in the data folder and its text. */
export interface DataText {
	name: string;
	text: string;
}

/** The licence file a layer's data ships with, as served beside it (`/data/<layer>.LICENSE`). */
export function licenceFileName(layer: LayerSpec): string {
	return `${layer.id}.LICENSE`;
}

/**
 * README.txt: what the folder holds, the credits and licences of its layers and its sources, in the
 * data's own words. `files` are the data files in the zip, `licences` the licence files found.
 */
export function dataReadme(
	layers: readonly LayerSpec[],
	sources: readonly Source[],
	files: readonly string[],
	licences: readonly string[]
): string {
	const lines: string[] = [
		'Frontline Timeline: the whole dataset',
		'',
		'The data files as the site serves them at /data/, in the contract of the project (geo/README.md',
		'in its repository): layers.json declares the layers, <layer>.geojson holds one layer (an RFC 7946',
		'FeatureCollection), sources.json is the registry every claim cites, figures.json holds the numbers',
		'with no place on the map. Check a copy with `npm run check:data -- <this folder>`.',
		'',
		'Files:',
		...files.map((f) => `  ${f}`),
		...licences.map((f) => `  ${f} (licence)`),
		'',
		'Layers, credits and licences:'
	];
	for (const l of layers) {
		lines.push(`  ${l.label} (${l.id}.geojson)`);
		if (l.credit) lines.push(`    Credit: ${l.credit}`);
		if (l.licence) {
			const file = licenceFileName(l);
			const shipped = licences.includes(file) ? `, full text in ${file}` : '';
			lines.push(`    Licence: ${l.licence}${shipped}`);
		}
	}
	lines.push('', 'Sources (every claim cites one of these):');
	for (const s of sources) {
		lines.push(`  ${s.publisher}, “${s.title}”, ${s.date}${s.url ? `, ${s.url}` : ' (no URL given)'}`);
		if (s.note) lines.push(`    ${s.note}`);
	}
	lines.push(
		'',
		'Where each position comes from (a gazetteer entry, a region point, a drawing) is in its feature’s',
		'properties.position.source; credit that source where you use the positions.',
		''
	);
	return lines.join('\n');
}

/**
 * The zip's bytes. Every entry has the same date, so the same data always gives the same zip. A zip
 * stores local date and time fields from 1980 on: noon on 1 Jan 1980 in local time is the same
 * fields in every time zone.
 */
export function dataZip(entries: readonly DataText[], mtime = new Date(1980, 0, 1, 12)): Uint8Array {
	const tree: Record<string, Uint8Array> = {};
	for (const e of entries) {
		if (e.name.includes('/') || e.name.includes('\\') || e.name.startsWith('.'))
			throw new Error(`not a file name for the data folder: ${e.name}`);
		tree[`${DATA_ZIP_FOLDER}/${e.name}`] = strToU8(e.text);
	}
	return zipSync(tree, { level: 6, mtime });
}
