/**
 * Reads the data folder as the site serves it, for the dataset download (`zip.ts`): the files its
 * manifest lists and the licence files of the layers that declare a licence.
 */
import { MANIFEST_PATH } from '$lib/data/load';
import type { LayerSpec } from '$lib/data/types';
import { isDataFileName } from '$lib/data/files';
import { licenceFileName, type DataText } from './zip';

export type FetchFn = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

async function text(fetchFn: FetchFn, url: string, name: string): Promise<string> {
	const res = await fetchFn(url);
	if (!res.ok) throw new Error(`data/${name} could not be loaded (HTTP ${res.status})`);
	return res.text();
}

/**
 * The files of the data folder as the site serves them under `root` (`<root>/data/`): every data file
 * its manifest lists, and the licence file of each layer that declares a licence. Throws, naming the
 * file, when the manifest or a data file cannot be loaded; a licence file the site does not serve is
 * left out (README.txt then names the licence without its text).
 */
export async function dataFolder(
	root: string,
	layers: readonly LayerSpec[],
	fetchFn: FetchFn = (url) => fetch(url)
): Promise<{ files: DataText[]; licences: DataText[] }> {
	const site = root.replace(/\/+$/, '');
	const dir = `${site}/data`;
	const manifest: unknown = JSON.parse(await text(fetchFn, `${site}/${MANIFEST_PATH}`, 'index.json'));
	const listed = (manifest as { files?: unknown }).files;
	const names = Array.isArray(listed)
		? listed.filter((n): n is string => typeof n === 'string' && isDataFileName(n))
		: [];
	if (names.length === 0) throw new Error('data/index.json lists no data files');
	const files = await Promise.all(
		names.map(async (name) => ({ name, text: await text(fetchFn, `${dir}/${name}`, name) }))
	);
	const licences: DataText[] = [];
	for (const layer of layers.filter((l) => l.licence)) {
		const name = licenceFileName(layer);
		const res = await fetchFn(`${dir}/${name}`);
		if (res.ok) licences.push({ name, text: await res.text() });
	}
	return { files, licences };
}
