/**
 * Whether selecting a feature should move the camera, and how far. The rule is "as little as
 * needed": leave the map alone when the feature is already in the free part of the map (not under
 * the details panel); otherwise pan at the same zoom; zoom out only if it does not fit, and zoom in a
 * little only for a drawn shape too small to see, never onto a point.
 */
import type { Insets } from '$lib/details/layout';

/** A projected box in CSS pixels of the map canvas. */
export interface PixelBox {
	minX: number;
	minY: number;
	maxX: number;
	maxY: number;
}

/** Below this size (px) a line or area is too small to read. */
export const MIN_SHAPE_PX = 24;
/** How far a too-small shape may zoom in per selection, and never past this zoom. */
export const MAX_ZOOM_IN_STEP = 3;
export const MAX_FRAME_ZOOM = 10;

export type FrameAction = { move: false } | { move: true; maxZoom: number };

export function frameAction(
	box: PixelBox,
	size: { width: number; height: number },
	free: Insets,
	zoom: number,
	isPoint: boolean
): FrameAction {
	const inside =
		box.minX >= free.left &&
		box.maxX <= size.width - free.right &&
		box.minY >= free.top &&
		box.maxY <= size.height - free.bottom;
	const tooSmall = !isPoint && Math.max(box.maxX - box.minX, box.maxY - box.minY) < MIN_SHAPE_PX;
	if (inside && !tooSmall) return { move: false };
	if (tooSmall) return { move: true, maxZoom: Math.min(MAX_FRAME_ZOOM, zoom + MAX_ZOOM_IN_STEP) };
	return { move: true, maxZoom: zoom };
}

/**
 * The padding to frame with: the free area, shrunk where the map is too small for it (a phone in
 * landscape with the sheet open) so MapLibre never gets padding larger than the canvas.
 */
export function framePadding(size: { width: number; height: number }, free: Insets): Insets {
	const fit = (a: number, b: number, total: number): [number, number] => {
		const room = total - a - b;
		if (room >= 80) return [a, b];
		const scale = Math.max(0, (total - 80) / (a + b));
		return [Math.floor(a * scale), Math.floor(b * scale)];
	};
	const [left, right] = fit(free.left, free.right, size.width);
	const [top, bottom] = fit(free.top, free.bottom, size.height);
	return { top, right, bottom, left };
}
