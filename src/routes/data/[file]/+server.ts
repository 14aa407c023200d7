/**
 * Serves the project's own `geo/` files at `/data/<file>`, a manifest at `/data/index.json`, and the
 * licence of a layer drawn from a second source (`<layer>.LICENSE`) beside its data, as text (not in
 * the manifest: it is not data). The manifest carries each file's digest when the validator passes
 * the whole folder, so the browser need not validate the same bytes again (src/lib/data/checked.ts).
 * Prerendered, so the static build carries the data as plain files the app fetches at run time
 * (and that a newsroom can replace on its host without rebuilding).
 */
import { error } from '@sveltejs/kit';
import { manifestFor } from '$lib/data/load';
import { stampManifest } from '$lib/data/stamp';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

const raw = import.meta.glob('/geo/*.{geojson,json,LICENSE}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

const all = new Map(Object.entries(raw).map(([path, text]) => [path.slice('/geo/'.length), text]));
const { files: names } = manifestFor([...all.keys()]);
const files = new Map(names.map((name) => [name, all.get(name) ?? '']));
const licences = new Map([...all].filter(([name]) => name.endsWith('.LICENSE')));

/** The manifest, with the digests of the files when the validator passes them (stamp.ts). */
let manifest: string | undefined;
const manifestText = () => (manifest ??= JSON.stringify(stampManifest(files), null, '\t'));

export const entries: EntryGenerator = () => [
	{ file: 'index.json' },
	...[...files.keys(), ...licences.keys()].map((file) => ({ file }))
];

export const GET: RequestHandler = ({ params }) => {
	const licence = licences.get(params.file);
	if (licence !== undefined) return new Response(licence, { headers: { 'content-type': 'text/plain' } });
	const body = params.file === 'index.json' ? manifestText() : files.get(params.file);
	if (body === undefined) error(404, `no data file ${params.file}`);
	const type = params.file.endsWith('.geojson') ? 'application/geo+json' : 'application/json';
	return new Response(body, { headers: { 'content-type': type } });
};
