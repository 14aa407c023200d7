/**
 * The pieces of a territory layer held on a day, read from the day's visibility codes (the same pass
 * the map and the list use): held and gained ground, not the week-long marks of lost ground.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { RenderCollection } from '$lib/data/render';
import type { DayCodes } from '$lib/time/day-codes';

export function heldPieces(
	render: RenderCollection,
	codes: DayCodes,
	layer: string,
	day: number
): Feature<Polygon | MultiPolygon>[] {
	const now = codes.at(day);
	const held: Feature<Polygon | MultiPolygon>[] = [];
	render.features.forEach((f, i) => {
		const { kind } = f.properties;
		if (f.properties.layer !== layer || now[i] === 0 || (kind !== 'territory' && kind !== 'gain')) return;
		if (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
			held.push(f as Feature<Polygon | MultiPolygon>);
	});
	return held;
}
