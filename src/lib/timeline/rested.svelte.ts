/**
 * The chosen day as the side panel shows it: the event list and the layers' counts. It follows the
 * view once the slider has rested for REST_MS and then a frame has passed without a step
 * (`afterRest`): a drag moves the map every frame, and the panel's DOM work (up to
 * LIST_LIMIT items, a count per layer) waits for the hand to pause instead of slowing every frame, even
 * where a frame takes longer than REST_MS. The count under the date and the map follow at once.
 * Made once by the page (App.svelte), during its setup, and read by the parts that show it.
 */
import { untrack } from 'svelte';
import type { AppState } from '$lib/state/app.svelte';
import { afterRest } from './after-rest';

const REST_MS = 120;

export class RestedDay {
	/** The date, its summary (`app.day`) and its figures (`app.figuresDay`), as last rested on. */
	current: { date: number; day: AppState['day']; figures: AppState['figuresDay'] };

	constructor(app: AppState) {
		// Read once, outside any effect: the page's setup tracks nothing.
		this.current = $state.raw({ date: app.view.date, day: app.day, figures: app.figuresDay });
		$effect(() => {
			const next = { date: app.view.date, day: app.day, figures: app.figuresDay };
			const now = untrack(() => this.current);
			if (next.day === now.day && next.figures === now.figures) return;
			return afterRest(() => (this.current = next), REST_MS);
		});
	}
}
