/**
 * The chosen day as GeoJSON in the project's own contract (geo/README.md): one RFC 7946
 * FeatureCollection whose features are the data's features as they are (stable `id`, nested
 * `properties` with time, position and claims), with the rest of the contract as foreign members
 * (RFC 7946 §6.1), which GIS tools ignore: `layers` (as in layers.json), `figures` (as in
 * figures.json) and `sources` (as in sources.json, every source a claim cites). Split back into
 * files (`<layer>.geojson` per layer, layers.json, figures.json, sources.json) it passes the
 * project's validator (`validateDataset`); the spec does exactly that.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { Figure, FeatureProps, IsoDate, LayerSpec, Source, TimelineFeature } from '$lib/data/types';
import type { ShownDay } from './shown';

export interface DayCollection extends FeatureCollection<Geometry, FeatureProps> {
	/** What the file is (QGIS shows it as the layer's name). */
	name: string;
	/** The chosen day. */
	date: IsoDate;
	features: TimelineFeature[];
	layers: LayerSpec[];
	figures: Figure[];
	sources: Source[];
}

export function dayCollection(shown: ShownDay): DayCollection {
	return {
		type: 'FeatureCollection',
		name: `Frontline Timeline: on the map on ${shown.date}`,
		date: shown.date,
		layers: shown.layers,
		features: shown.features,
		figures: shown.figures,
		sources: shown.sources
	};
}

/** The file's text (UTF-8 JSON, tab-indented like the files in geo/). */
export function dayGeoJson(shown: ShownDay): string {
	return `${JSON.stringify(dayCollection(shown), null, '\t')}\n`;
}
