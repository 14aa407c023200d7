import { getContext } from 'svelte';
import { ASKED } from './Lazy.svelte';

/**
 * Whether a part loaded on demand (ui/Lazy.svelte) may take the focus as it shows: a panel's heading,
 * a list's first item. Not the first time after its code came late, if the reader has since put the
 * focus elsewhere (anything but the page itself, which is where it goes when the element that asked
 * is redrawn); always once the part has shown. Only the parts, loaded on demand, carry this code.
 */

/** Where the focus was when the part was asked for (Lazy sets it as the part's code is fetched). */
export interface Asked {
	from?: Element | null;
}

/** The rule itself, on what Lazy recorded (`focusRule` gives it to a part). */
export function mayTakeFocus(asked: Asked, active: Element | null = document.activeElement): boolean {
	const from = asked.from;
	asked.from = null;
	return !from || active === from || active === active?.ownerDocument.body;
}

/**
 * For a part's set-up (it reads the context of the Lazy that placed it): the check to make just
 * before the part takes the focus, e.g. `const mayFocus = focusRule();` then `if (mayFocus()) …`.
 */
export function focusRule(): () => boolean {
	const asked = getContext<Asked>(ASKED);
	return () => mayTakeFocus(asked);
}
