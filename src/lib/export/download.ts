/**
 * The downloads the layers panel (and later an embed's menu) offers: the chosen day as GeoJSON or
 * CSV, and the whole dataset as a .zip. Each is made in the page and handed to the browser as a
 * file (a Blob behind an object URL, clicked through an `<a download>`); nothing is sent anywhere.
 * Loaded only when a reader asks for a download, so the page does not carry the export code, Turf's
 * point maths or fflate.
 */
import { dataBase } from '$lib/data/base';
import { siteRoot } from '$lib/site';
import type { AppState } from '$lib/state/app.svelte';
import { dataFolder } from './data-folder';
import { dayCsv } from './day-csv';
import { dayGeoJson } from './geojson';
import { dayFileName, shownDay, type ShownDay } from './shown';
import { DATA_ZIP_NAME, README_NAME, dataReadme, dataZip } from './zip';

export type DayFormat = 'geojson' | 'csv';

const TYPES: Record<DayFormat | 'zip', string> = {
	geojson: 'application/geo+json',
	csv: 'text/csv;charset=utf-8',
	zip: 'application/zip'
};

/** How long an object URL outlives its click: the browser has the file by then. */
const REVOKE_MS = 60_000;

/** Hands `data` to the browser as a file called `name`. */
export function saveFile(name: string, data: BlobPart, type: string): void {
	const url = URL.createObjectURL(new Blob([data], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), REVOKE_MS);
}

/** What the list shows on the chosen day, for a download (see `shown.ts`). */
export function shownNow(app: AppState): ShownDay {
	if (!app.dataset || app.view.date <= 0) throw new Error('no data is loaded yet');
	return shownDay(app.dataset, app.view.date, app.dayInFull(), app.figuresDay);
}

/** The chosen day as `frontline-<date>.geojson` or `.csv`. */
export function downloadDay(app: AppState, format: DayFormat): void {
	const shown = shownNow(app);
	const text = format === 'geojson' ? dayGeoJson(shown) : dayCsv(shown);
	saveFile(dayFileName(shown.date, format), text, TYPES[format]);
}

/** The whole dataset, with its licence files and a README.txt of credits, as `frontline-data.zip`. */
export async function downloadData(app: AppState): Promise<void> {
	const dataset = app.dataset;
	if (!dataset) throw new Error('no data is loaded yet');
	const { files, licences } = await dataFolder(dataBase(siteRoot()), dataset.layers);
	const readme = dataReadme(
		dataset.layers,
		dataset.sources,
		files.map((f) => f.name),
		licences.map((f) => f.name)
	);
	const zip = dataZip([...files, ...licences, { name: README_NAME, text: readme }]);
	saveFile(DATA_ZIP_NAME, zip as Uint8Array<ArrayBuffer>, TYPES.zip);
}
