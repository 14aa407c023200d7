/**
 * The benchmark's yardsticks: the same points on the same basemap, drawn by plain MapLibre with no
 * app around it. Each page picks one scrub technique; `scripts/bench.ts` measures these pages and the
 * app in one run, so the report's ratios compare like with like on the same machine at the same time.
 * Bench build only (bench/vite.config.ts builds bench/pages/*.html, which load these modules);
 * nothing here ships in the app.
 */
/// <reference types="vite/client" />
import * as maplibregl from 'maplibre-gl';
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { toRenderCollection, type RenderCollection } from '$lib/data/render';
import type { Figure, TimelineFeature } from '$lib/data/types';
import { dataRange, type DayRange } from '$lib/timeline/range';
import { FT_SOURCE_BUFFER } from '$lib/map/expressions';
import { buildStyle, LABEL_LAYER_BEFORE } from '$lib/map/style';
import { dataBase } from '../data-base';

/** The source id the bench harness waits on; the same as the app's. */
export const SOURCE = 'ft-data';

/** How a page shows day t: the layers it adds, and what it does on each slider input. */
export interface Technique {
	/** Layers over {@link SOURCE}, drawn for day `day` from the first frame. */
	layers(day: number): LayerSpecification[];
	/** Called once the source and layers are in, before the first draw, and on every slider input. */
	setDay(map: maplibregl.Map, day: number, data: RenderCollection): void;
}

export const IS_POINT: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
export const IS_LINE: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
export const IS_POLYGON: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];

/** Plain styling, one layer per geometry; `visible` is what each technique adds to hide/show by day. */
export function plainLayers(
	visible: (geom: ExpressionSpecification) => ExpressionSpecification,
	paint: {
		opacity: ExpressionSpecification | number;
		radius: ExpressionSpecification | number;
	}
): LayerSpecification[] {
	return [
		{
			id: 'ft-fill',
			type: 'fill',
			source: SOURCE,
			filter: visible(IS_POLYGON),
			paint: { 'fill-color': '#b1562a', 'fill-opacity': ['*', 0.2, paint.opacity] }
		},
		{
			id: 'ft-line',
			type: 'line',
			source: SOURCE,
			filter: visible(IS_LINE),
			paint: { 'line-color': '#6b3fa0', 'line-width': 2, 'line-opacity': paint.opacity }
		},
		{
			id: 'ft-points',
			type: 'circle',
			source: SOURCE,
			filter: visible(IS_POINT),
			paint: {
				'circle-radius': paint.radius,
				'circle-color': '#c8102e',
				'circle-opacity': ['*', 0.8, paint.opacity],
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 1,
				'circle-stroke-opacity': paint.opacity
			}
		}
	];
}

/** The app's data or, with `?dataset=<name>`, the bench data set the harness wrote (as the app reads it). */
function dataRoot(): string {
	return `${dataBase(location.origin)}/data`;
}

/** Fetches and parses the data files, with no validation: what a bare MapLibre page would do. */
async function loadRaw(): Promise<{ features: TimelineFeature[]; figures: Figure[] }> {
	const root = dataRoot();
	const manifest = (await (await fetch(`${root}/index.json`)).json()) as { files: string[] };
	const texts = await Promise.all(
		manifest.files.map(async (f) => [f, await (await fetch(`${root}/${f}`)).text()])
	);
	const features: TimelineFeature[] = [];
	const figures: Figure[] = [];
	for (const [name, text] of texts) {
		const json = JSON.parse(text!) as { features?: TimelineFeature[]; figures?: Figure[] };
		if (name!.endsWith('.geojson')) features.push(...(json.features ?? []));
		else if (name === 'figures.json') figures.push(...(json.figures ?? []));
	}
	return { features, figures };
}

/** Starts a baseline page: map, data, slider; exposes the map as the app does for the harness. */
export async function startBaseline(technique: Technique): Promise<void> {
	maplibregl.setWorkerUrl(workerUrl);
	const map = new maplibregl.Map({
		container: 'map',
		style: buildStyle(location.origin),
		bounds: [
			[22, 43],
			[50, 57]
		],
		maxBounds: [
			[5, 35],
			[70, 65]
		],
		minZoom: 4,
		maxZoom: 12,
		dragRotate: false,
		pitchWithRotate: false,
		fadeDuration: 0
	});
	(window as unknown as { __frontline: object }).__frontline = { map };
	const [raw] = await Promise.all([loadRaw(), map.once('load')]);
	const data = toRenderCollection(raw.features);
	const range: DayRange = dataRange(raw);
	const slider = document.querySelector<HTMLInputElement>('#slider')!;
	slider.min = String(range.min);
	slider.max = String(range.max);
	slider.value = String(range.max);
	// The app's tile buffer (not MapLibre's default 128 px), so that the comparison is like with like:
	// with the default, the naive page's 100k cold load took about 8 % longer (4 pairs in turns).
	map.addSource(SOURCE, { type: 'geojson', data, buffer: FT_SOURCE_BUFFER });
	const before = map.getLayer(LABEL_LAYER_BEFORE) ? LABEL_LAYER_BEFORE : undefined;
	for (const layer of technique.layers(range.max)) map.addLayer(layer, before);
	technique.setDay(map, range.max, data);
	slider.addEventListener('input', () => technique.setDay(map, Number(slider.value), data));
	(window as unknown as { __bench: object }).__bench = { range, ready: true };
}
