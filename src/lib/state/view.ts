/**
 * View state: what a link reproduces (date, selected place, camera, visible layers).
 * It lives in the URL; `url.ts` is the only place that parses and serialises it.
 */
import { LAYER_IDS, type LayerId } from '$lib/data/types';

export interface Camera {
	lon: number;
	lat: number;
	zoom: number;
}

export interface ViewState {
	/** The chosen day, as a UTC day number (see `time/days.ts`). */
	date: number;
	/** Id of the selected feature, or null. */
	place: string | null;
	/** Camera, or null for the default framing of the whole region. */
	camera: Camera | null;
	/** Visible data layers, in the canonical order of LAYER_IDS. */
	layers: LayerId[];
}

export const ALL_LAYERS: readonly LayerId[] = LAYER_IDS;
