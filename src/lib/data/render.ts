/**
 * Turns validated features into the flat GeoJSON the map draws: nested objects do not survive
 * MapLibre's worker, and the scrub step must only compare numbers, so every feature carries its
 * precomputed day keys (see `time/visibility.ts`) as plain properties.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { timeKeys, type TimeKeys } from '$lib/time/visibility';
import type { FeatureKind, LayerId, PositionPrecision, TimelineFeature, TimePrecision } from './types';

export interface RenderProps extends TimeKeys {
	/** The feature id used in links. */
	id: string;
	layer: LayerId;
	kind: FeatureKind;
	name: string;
	/** Date precision of the start. */
	tp: TimePrecision;
	/** Position precision. */
	pp: PositionPrecision;
	/** 1 when drawn from a description. */
	sch: 0 | 1;
}

export type RenderCollection = FeatureCollection<Geometry, RenderProps>;

/**
 * Numeric feature ids are the index in this collection, so feature-state and selection can address
 * a feature without a string lookup.
 */
export function toRenderCollection(features: readonly TimelineFeature[]): RenderCollection {
	return {
		type: 'FeatureCollection',
		features: features.map((f, i) => ({
			type: 'Feature',
			id: i,
			geometry: f.geometry,
			properties: {
				id: f.id,
				layer: f.properties.layer,
				kind: f.properties.kind,
				name: f.properties.name,
				tp: f.properties.time.precision,
				pp: f.properties.position.precision,
				sch: f.properties.schematic ? 1 : 0,
				...timeKeys(f.properties.kind, f.properties.time)
			}
		}))
	};
}
