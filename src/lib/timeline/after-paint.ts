/**
 * Runs `fn` once the next frame has been painted and no newer call has come for `restMs`. A scrub
 * step changes the map and the list; the map is what the hand on the slider watches, so the list's
 * DOM work waits until the map's frame is out and the slider rests, instead of delaying every frame
 * of a drag. Returns a cancel function: a newer step replaces the pending one.
 */
export function afterPaint(fn: () => void, restMs = 0): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => {
		// rAF callbacks run before the paint; a task queued from one runs after it.
		timer = setTimeout(fn, restMs);
	});
	return () => {
		cancelAnimationFrame(frame);
		if (timer !== undefined) clearTimeout(timer);
	};
}
