/**
 * The share image of each place and figure page (`/share/<id>.png`): the card `share-card.ts` draws,
 * rasterised by `share-render.ts`. Prerendered by `src/routes/share/[file]/+server.ts`, so the
 * static build holds one PNG per page; nothing here reaches the browser.
 */
import { dataset } from './dataset';
import { figureSvg, placeCard, placeSvg } from './share-card';
import { loadBasemap, measureText, renderPng } from './share-render';

const layers = new Map(dataset.layers.map((l) => [l.id, l]));
const features = new Map(dataset.features.map((f) => [f.id, f]));
const figures = new Map(dataset.figures.map((f) => [f.id, f]));

/** Every id with a share image: each place and each figure (one id space). */
export function shareIds(): string[] {
	return [...features.keys(), ...figures.keys()];
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
