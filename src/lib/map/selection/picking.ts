/**
 * What Interaction.svelte does with the map once a person points at it: which places lie under a
 * pixel box, how one is named in the tooltip and the chooser, and the camera that brings a selected
 * place into the part of the map the details panel leaves free. Loaded with the first pointer move,
 * click, Enter on the map or selection (as the selection's outline is), so a page that is only read
 * does not carry it.
 */
import { LngLat, type Map as MapLibreMap, type MapGeoJSONFeature, type PointLike } from 'maplibre-gl';
import { freeMapArea } from '$lib/details/layout';
import { kindLabel } from '$lib/details/kind';
import type { AppState } from '$lib/state/app.svelte';
import type { Camera } from '$lib/state/view';
import { formatTime } from '$lib/time/format';
import { visibilityAt } from '$lib/time/visibility';
import type { MapProps } from '../source-data';
import { FT_LAYER, FT_LAYER_IDS } from '../expressions';
import { TERRITORY_LAYER } from '../territory';
import type { ChooserItem } from './Chooser.svelte';
import { frameAction, framePadding } from './frame';
import { focusBounds } from './shapes';

/** Layers a click can hit: every data layer except the faint precision rings around points. */
const HIT_LAYERS = FT_LAYER_IDS.filter((id) => id !== FT_LAYER.precision);

/**
 * Features under a pixel box, one per feature (a point is drawn by several layers), top first. The
 * territory under everything answers only where no event is hit: a click on a place inside the
 * occupied area picks the place, not the ground around it.
 */
export function featuresAt(map: MapLibreMap, app: AppState, x: number, y: number, r: number): string[] {
	const events = hitsIn(map, app, HIT_LAYERS, x, y, r);
	return events.length > 0 ? events : hitsIn(map, app, [TERRITORY_LAYER.fill], x, y, 0).slice(0, 1);
}

function hitsIn(
	map: MapLibreMap,
	app: AppState,
	candidates: readonly string[],
	x: number,
	y: number,
	r: number
): string[] {
	const layers = candidates.filter((id) => map.getLayer(id));
	if (layers.length === 0) return [];
	const box: [PointLike, PointLike] = [
		[x - r, y - r],
		[x + r, y + r]
	];
	const hits = map.queryRenderedFeatures(box, { layers }) as MapGeoJSONFeature[];
	const ids: string[] = [];
	for (const h of hits) {
		const p = h.properties as Partial<MapProps>;
		if (typeof p.id !== 'string' || ids.includes(p.id) || !app.feature(p.id)) continue;
		// Belt and braces: a feature the rule hides on this day is never picked, whatever a layer draws.
		const keys = typeof h.id === 'number' ? app.render?.features[h.id]?.properties : undefined;
		if (!keys || keys.id !== p.id || visibilityAt(keys, app.view.date) === 'hidden') continue;
		ids.push(p.id);
	}
	return ids;
}

/** A place as the tooltip and the chooser name it. */
export function describe(app: AppState, id: string): ChooserItem {
	const f = app.feature(id);
	if (!f) return { id, name: id, kind: '', when: '' };
	return {
		id,
		name: f.properties.name,
		kind: kindLabel(f.properties.kind),
		when: formatTime(f.properties.time)
	};
}

/**
 * The camera that brings a feature into the part of the map the panel leaves free, moving as little
 * as needed (frame.ts), or null when it is already there (or is unknown).
 */
export function frameCamera(map: MapLibreMap, app: AppState, id: string): Camera | null {
	const f = app.feature(id);
	if (!f) return null;
	const [w, s, e, n] = focusBounds(f);
	const a = map.project([w, n]);
	const b = map.project([e, s]);
	const box = {
		minX: Math.min(a.x, b.x),
		minY: Math.min(a.y, b.y),
		maxX: Math.max(a.x, b.x),
		maxY: Math.max(a.y, b.y)
	};
	const c = map.getContainer();
	const dims = { width: c.clientWidth, height: c.clientHeight };
	const free = freeMapArea(dims.width, dims.height);
	const action = frameAction(box, dims, free, map.getZoom(), f.geometry.type === 'Point');
	if (!action.move) return null;
	const camera = map.cameraForBounds(
		[
			[w, s],
			[e, n]
		],
		{ padding: framePadding(dims, free), maxZoom: action.maxZoom }
	);
	if (!camera?.center || camera.zoom === undefined) return null;
	const { lng, lat } = LngLat.convert(camera.center);
	return { lon: lng, lat, zoom: camera.zoom };
}
