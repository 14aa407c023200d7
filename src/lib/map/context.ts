/**
 * Hands the live MapLibre map to the layer components nested inside `MapView`.
 * Layers add their own sources and layers once and then only call narrow setters, so they need the
 * map instance, not a copy of its state.
 */
import { getContext, setContext } from 'svelte';
import type { Map as MlMap } from 'maplibre-gl';

const KEY = Symbol('frontline-map');

export interface MapContext {
	readonly map: MlMap;
}

export function provideMap(ctx: MapContext): void {
	setContext(KEY, ctx);
}

/** For layer components: the map they draw on. Only valid inside `MapView`'s children. */
export function useMap(): MlMap {
	const ctx = getContext<MapContext | undefined>(KEY);
	if (!ctx) throw new Error('useMap() called outside <MapView>');
	return ctx.map;
}
