/**
 * The share image of each place and figure page (`/share/<id>.png`): the card `share-card.ts` draws,
 * rasterised by `share-render.ts`. Prerendered by `src/routes/share/[file]/+server.ts`, so the
 * static build holds one PNG per page; nothing here reaches the browser.
 */
import { featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { TimelineFeature } from '$lib/data/types';
import { dataset } from './dataset';
import { figureSvg, placeCard, placeSvg } from './share-card';
import { loadBasemap, measureText, renderPng } from './share-render';

const layers = new Map(dataset.layers.map((l) => [l.id, l]));
const features = new Map(dataset.features.map((f) => [f.id, f]));
const figures = new Map(dataset.figures.map((f) => [f.id, f]));

/** A territory layer's pieces are one series: they share its image instead of one each. */
const inSeries = (f: TimelineFeature): boolean => layers.get(f.properties.layer)?.style === 'territory';

/** Every id with a share image of its own: each place outside a territory series and each figure. */
export function shareIds(): string[] {
	return [...[...features.values()].filter((f) => !inSeries(f)).map((f) => f.id), ...figures.keys()];
}

/** The territory layers, each with one share image (`/share/series/<layer>.png`) for all its pieces. */
export function seriesIds(): string[] {
	return dataset.layers.filter((l) => l.style === 'territory').map((l) => l.id);
}

/**
 * A territory layer drawn as its last snapshot shows it: the pieces held on that day as one shape,
 * named after the layer and dated by the snapshot. Undefined without a snapshot or a held piece.
 */
export function seriesFeature(layerId: string): TimelineFeature | undefined {
	const last = dataset.territory.find((s) => s.layer === layerId)?.snapshots.at(-1);
	if (!last) return undefined;
	const held = dataset.features.filter((f) => {
		const p = f.properties;
		const end = p.time.end ?? p.time.start;
		return (
			p.layer === layerId &&
			(p.kind === 'territory' || p.kind === 'gain') &&
			p.time.start <= last.day &&
			end >= last.day
		);
	});
	const first = held[0];
	if (!first) return undefined;
	// One shape, not the converter's grid of pieces, so the image shows the front, not the grid.
	const polygons = held.flatMap((f) =>
		f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'
			? [f as Feature<Polygon | MultiPolygon>]
			: []
	);
	const whole = polygons.length > 1 ? union(featureCollection(polygons)) : polygons[0];
	if (!whole) return undefined;
	const g = whole.geometry;
	return {
		type: 'Feature',
		id: layerId,
		geometry: { type: 'MultiPolygon', coordinates: g.type === 'Polygon' ? [g.coordinates] : g.coordinates },
		properties: {
			...first.properties,
			name: layers.get(layerId)?.label ?? layerId,
			time: { start: last.day, precision: 'day' }
		}
	};
}

/** The PNG of a territory layer's share image; undefined when it has none. */
export function seriesPng(layerId: string): Buffer | undefined {
	const feature = seriesFeature(layerId);
	if (!feature) return undefined;
	const layer = layers.get(layerId);
	const card = placeCard(feature, layer);
	// Data from a second source keeps its credit wherever it appears.
	const credit = [layer?.credit, layer?.licence].filter(Boolean).join(' · ');
	const svg = placeSvg(
		feature,
		{ ...card, date: `Map as of ${card.date}`, note: credit || undefined },
		loadBasemap(),
		measureText
	).svg;
	return renderPng(svg);
}

/** The SVG of the share image of a place or figure; undefined when the data has no such id. */
export function shareSvg(id: string): string | undefined {
	const feature = features.get(id);
	if (feature)
		return placeSvg(
			feature,
			placeCard(feature, layers.get(feature.properties.layer)),
			loadBasemap(),
			measureText
		).svg;
	const figure = figures.get(id);
	return figure ? figureSvg(figure, measureText) : undefined;
}

/** The PNG of the share image of a place or figure; undefined when the data has no such id. */
export function sharePng(id: string): Buffer | undefined {
	const svg = shareSvg(id);
	return svg === undefined ? undefined : renderPng(svg);
}
