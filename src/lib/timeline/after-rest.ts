/**
 * Runs `fn` once the view has rested: the next frame painted, then `restMs` with no newer call, then
 * one more frame painted with none. A scrub step changes the map and the list; the map is what the
 * hand on the slider watches, so the list's DOM work waits for the hand to pause instead of delaying
 * the frames of a drag. Rest is counted in frames as well as time because a frame can take longer than
 * `restMs` (at 100,000 events on a software renderer, 400–500 ms): the time alone would run out inside
 * every frame of a drag, and the list's work (and its style and layout, in the next frame) would land
 * on every step. The drag's next input cancels the call before the last frame's callback runs.
 * Returns a cancel function: a newer step replaces the pending one.
 */
export function afterRest(fn: () => void, restMs: number): () => void {
	let live = true;
	/** After the next frame is painted: rAF callbacks run before the paint; a task queued from one runs after it. */
	const painted = (then: () => void) => requestAnimationFrame(() => setTimeout(() => live && then()));
	// A call cancelled during the rest still asks for the last frame; the check there keeps `fn` from running.
	painted(() => setTimeout(() => painted(fn), restMs));
	return () => (live = false);
}
