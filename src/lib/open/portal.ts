/**
 * Moves an element to the end of `<body>`, out of the toolbar whose stacking context would keep a
 * dialog under the timeline and the panels (a Svelte action).
 */
export function portal(node: HTMLElement): { destroy(): void } {
	document.body.appendChild(node);
	return { destroy: () => node.remove() };
}
