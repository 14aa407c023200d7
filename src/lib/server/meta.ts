/**
 * What a shared `/place/<id>` link unfurls with: the place's name, its date at the precision the
 * source allows, and its summary — all from the data, so a preview never says more than the map.
 * A `/figure/<id>` link likewise: the figure's label, its time, its value and the claim that gives it.
 */
import type { Figure, LayerSpec, TimelineFeature } from '$lib/data/types';
import { formatTime } from '$lib/time/format';

export interface PlaceMeta {
	id: string;
	/** Document and og:title. */
	title: string;
	/** Meta description and og:description. */
	description: string;
	/** The site-relative path of the page (og:url). */
	path: string;
}

/** `layer` is the feature's layer declaration (its label names the layer in the preview). */
export function placeMeta(feature: TimelineFeature, layer?: LayerSpec): PlaceMeta {
	const p = feature.properties;
	return {
		id: feature.id,
		title: `${p.name} — Frontline Timeline`,
		description: `${formatTime(p.time)} · ${layer?.label ?? p.layer}. ${p.summary}`,
		path: `/place/${encodeURIComponent(feature.id)}`
	};
}

/** The head tags of a figure's page: its label, when it holds, its value as printed and who says it. */
export function figureMeta(figure: Figure): PlaceMeta {
	const claim = figure.claims[0];
	return {
		id: figure.id,
		title: `${figure.label} — Frontline Timeline`,
		description: `${formatTime(figure.time)} · Figure: ${figure.value}.${claim ? ` ${claim.text}` : ''}`,
		path: `/figure/${encodeURIComponent(figure.id)}`
	};
}
