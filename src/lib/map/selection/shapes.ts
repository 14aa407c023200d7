/**
 * What the map draws for the selected feature, and the box the camera must keep in view. Pure, so the
 * selection layer only hands the result to `setData`.
 */
import { bbox } from '@turf/turf';
import type { BBox, Feature, FeatureCollection } from 'geojson';
import type { TimelineFeature } from '$lib/data/types';
import { precisionRing } from '$lib/spatial/measures';

/** The GeoJSON source of the selection highlight. */
export const SELECTION_SOURCE = 'ft-selection';

/** `role` of a selection feature: the feature's own shape, or its approximate-area ring. */
export type SelectionRole = 'shape' | 'ring';

/**
 * The selected feature's shape plus, for a point known only to a city, town or village, its
 * approximate-area ring. Region-precision points get the region's outline from the basemap instead
 * (see `regionFilterName`). Empty when nothing is selected.
 */
export function selectionData(feature: TimelineFeature | undefined): FeatureCollection {
	if (!feature) return { type: 'FeatureCollection', features: [] };
	const features: Feature[] = [
		{ type: 'Feature', geometry: feature.geometry, properties: { role: 'shape' } }
	];
	if (feature.geometry.type === 'Point') {
		const ring = precisionRing(feature.geometry.coordinates, feature.properties.position.precision);
		if (ring) features.push({ ...ring, properties: { role: 'ring' } });
	}
	return { type: 'FeatureCollection', features };
}

/** The admin-1 region whose outline marks a region-precision selection; '' for none. */
export function regionFilterName(feature: TimelineFeature | undefined): string {
	const p = feature?.properties.position;
	return p?.precision === 'region' && p.region ? p.region : '';
}

/** The box to keep on screen: the shape and its ring, so "approximately here" is visible whole. */
export function focusBounds(feature: TimelineFeature): BBox {
	return bbox(selectionData(feature));
}
