/**
 * What the map's one GeoJSON source carries. MapLibre copies the data to its worker (a structured
 * clone on the main thread) and keeps it in every tile, so each feature carries only what the
 * filters, paint and clicks read: its string id, layer, kind, position precision and its
 * visibility code on the day the data is sent (`v0`). Names, dates and time keys stay with the app.
 *
 * Baking the day's code into the data means the map opens on any day with no `setFeatureState` at
 * all: at 100,000 events, states set before the tiles exist make MapLibre apply them to every tile
 * as it loads, decoding each tile on the main thread, which cost seconds of the first load.
 * Scrubbing then sets state only on the features whose code differs from `v0`.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { RenderCollection } from '$lib/data/render';
import { TERRITORY_KINDS } from '$lib/data/kinds';
import type { FeatureKind, LayerId, PositionPrecision } from '$lib/data/types';
import { DayCodes } from '$lib/time/day-codes';
import { VisibilityDiff } from './visibility-state';

export interface MapProps {
	id: string;
	layer: LayerId;
	kind: FeatureKind;
	pp: PositionPrecision;
	/** Visibility code on the day the data was sent; paint reads it until a state replaces it. */
	v0: number;
}

export type MapCollection = FeatureCollection<Geometry, MapProps>;

const isTerritory = (kind: FeatureKind): boolean => (TERRITORY_KINDS as readonly string[]).includes(kind);

/**
 * The source data for day `day`, and the diff to scrub from it. Feature ids stay the render
 * collection's numeric ids, so feature-state, clicks and the app address the same feature. Before a
 * day is chosen (`day` 0), every feature starts as DEFAULT_CODE. `codes` are the render collection's;
 * the app passes the ones its list reads, so a scrub step evaluates each day once. With `plain` (the
 * plain symbology, `layers/symbology.ts`), the events are sent only as on the map or not; the
 * territory pieces, drawn the same at any size, keep every state.
 */
export function mapSource(
	render: RenderCollection,
	day: number,
	codes = new DayCodes(render.features.map((f) => f.properties)),
	plain = false
): { data: MapCollection; diff: VisibilityDiff } {
	const mask = plain
		? Uint8Array.from(render.features, (f) => (isTerritory(f.properties.kind) ? 0 : 1))
		: null;
	const diff = new VisibilityDiff(codes, day > 0 ? day : undefined, mask);
	const data: MapCollection = {
		type: 'FeatureCollection',
		features: render.features.map((f, i) => ({
			type: 'Feature',
			id: i,
			geometry: f.geometry,
			properties: {
				id: f.properties.id,
				layer: f.properties.layer,
				kind: f.properties.kind,
				pp: f.properties.pp,
				v0: diff.code(i)
			}
		}))
	};
	return { data, diff };
}

/**
 * The pieces of the territory layers go to a source of their own, drawn under the events and
 * credited through the source's attribution; everything else stays in the events source. Feature ids
 * are kept, so a state set by id reaches its feature through `inTerritory`.
 */
export function splitSources(data: MapCollection): {
	events: MapCollection;
	territory: MapCollection;
	/** 1 for the ids whose feature is in the territory source. */
	inTerritory: Uint8Array;
} {
	const inTerritory = new Uint8Array(data.features.length);
	const events: MapCollection = { type: 'FeatureCollection', features: [] };
	const territory: MapCollection = { type: 'FeatureCollection', features: [] };
	data.features.forEach((f, i) => {
		const piece = isTerritory(f.properties.kind);
		inTerritory[i] = piece ? 1 : 0;
		(piece ? territory : events).features.push(f);
	});
	return { events, territory, inTerritory };
}
