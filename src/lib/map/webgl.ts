/**
 * Detects WebGL before MapLibre is constructed, so a browser without it gets a sentence that says why
 * the map is missing (and the rest of the app keeps working) instead of an exception.
 */
export function webglSupport(): { ok: true } | { ok: false; reason: string } {
	if (typeof document === 'undefined') return { ok: false, reason: 'not in a browser' };
	try {
		const canvas = document.createElement('canvas');
		const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
		if (!gl) return { ok: false, reason: 'this browser has WebGL turned off or does not support it' };
		return { ok: true };
	} catch (e) {
		return { ok: false, reason: `WebGL could not start (${e instanceof Error ? e.message : String(e)})` };
	}
}
