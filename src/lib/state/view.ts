/**
 * View state: what a link reproduces (date, selected place, camera, visible layers, the track's window).
 * It lives in the URL; `url.ts` is the only place that parses and serialises it.
 */
import type { LayerId } from '$lib/data/types';
import type { DayRange } from '$lib/timeline/range';

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
	/** Visible data layers, in the order the data declares them (`layers.json`). */
	layers: LayerId[];
	/** The days the timeline's detail track shows; absent for the window a visit opens on. */
	window?: DayRange;
}

/**
 * Where the camera may go. MapView enforces it and the URL parser clamps to it, so a link can never
 * ask for a view the map would refuse.
 */
export const CAMERA_LIMITS = {
	lat: [35, 65],
	lon: [5, 70],
	zoom: [4, 12]
} as const satisfies Record<keyof Camera, readonly [number, number]>;
