/**
 * The real data in geo/ for the unit tests of what the app makes from it (downloads): its files as
 * the site serves them, validated the way the browser does, and an AppState showing a chosen day.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { manifestFor } from '$lib/data/load';
import type { Dataset, LayerId } from '$lib/data/types';
import { formatError, validateDataset, type DataFile } from '$lib/data/validate';
import { AppState } from '$lib/state/app.svelte';
import { toDay } from '$lib/time/days';

export const GEO = join(process.cwd(), 'geo');

/** Every file in geo/ the site serves at /data/ (the data files, by the manifest's rule, and licences). */
export function servedFiles(): Map<string, string> {
	const names = readdirSync(GEO);
	const served = [...manifestFor(names).files, ...names.filter((n) => n.endsWith('.LICENSE'))];
	return new Map(served.map((n) => [n, readFileSync(join(GEO, n), 'utf8')]));
}

/** The data files of geo/, validated; throws on any error (the data is checked before every build). */
export function realDataset(): Dataset {
	const files: DataFile[] = [...servedFiles()]
		.filter(([name]) => !name.endsWith('.LICENSE'))
		.map(([path, text]) => ({ path, text }));
	const { dataset, errors } = validateDataset(files);
	if (errors.length > 0) throw new Error(errors.map(formatError).join('\n'));
	return dataset;
}

/** An AppState holding `dataset`, on `date` with `layers` on (default: every layer), as a link opens it. */
export function appOn(dataset: Dataset, date: string, layers?: readonly LayerId[]): AppState {
	const app = new AppState();
	app.setDataset(dataset, []);
	const on = layers ?? dataset.layers.map((l) => l.id);
	app.restore({ date: toDay(date), place: null, camera: null, layers: [...on] }, 'link');
	return app;
}
