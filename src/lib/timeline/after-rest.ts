/**
 * Runs `fn` once the view has rested: `restMs` with no newer call, then a frame painted with none. A
 * scrub step changes the map and the list; the map is what the hand on the slider watches, so the
 * list's DOM work waits for the hand to pause instead of delaying the frames of a drag. Rest is counted
 * in frames as well as time because a frame can take longer than `restMs` (at 100,000 events on a
 * software renderer, 400–500 ms): the time alone would run out inside every frame of a drag, and the
 * list's work (and its style and layout, in the next frame) would land on every step. The drag's next
 * input cancels the call before the frame's callback runs.
 * Returns a cancel function: a newer step replaces the pending one.
 */
export function afterRest(fn: () => void, restMs: number): () => void {
	let live = true;
	// After the frame is painted: rAF callbacks run before the paint; a task queued from one runs after it.
	setTimeout(() => requestAnimationFrame(() => setTimeout(() => live && fn())), restMs);
	return () => (live = false);
}
