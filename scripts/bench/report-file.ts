/**
 * bench/REPORT.md has two parts: the numbers, which `npm run bench` writes from each run, and below a
 * marker line, notes written by hand (how to read the numbers, run-to-run noise, what changed and
 * why). A run rewrites the first part and keeps the second as it is.
 */

/** The line between the generated report and the hand-written notes. */
export const NOTES_MARKER =
	'<!-- Everything above this line is rewritten by `npm run bench`; everything below it is written by hand and kept. -->';

const EMPTY_NOTES = '\n## Notes\n\n(none yet)\n';

/** The report file's new text: `generated` (from this run), then the notes kept from `previous`. */
export function reportWithNotes(generated: string, previous: string | null): string {
	const at = previous?.indexOf(NOTES_MARKER) ?? -1;
	const notes = at >= 0 ? previous!.slice(at + NOTES_MARKER.length) : EMPTY_NOTES;
	return `${generated.trimEnd()}\n\n${NOTES_MARKER}\n${notes.replace(/^\n*/, '\n')}`;
}
