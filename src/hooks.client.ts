/**
 * A static host serves 404.html for any address it has no file for; the app then opens with a notice
 * (src/routes/+error.svelte). Such a "not found" is expected, not a fault, so it is not logged to the
 * reader's console; anything else still is.
 */
import type { HandleClientError } from '@sveltejs/kit';

export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
