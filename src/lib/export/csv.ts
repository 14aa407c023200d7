/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet:
 * - records end with CRLF; a field holding a comma, a double quote, CR or LF is quoted, its quotes
 *   doubled;
 * - a text cell that a spreadsheet could read as a formula is neutralised (OWASP, "CSV Injection"):
 *   a cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return (or their full-width forms,
 *   which some spreadsheets normalise) gets a leading `'`, so it is shown as text and never run;
 * - numbers are written as numbers (a longitude of -3.7 stays a number; a number is never a formula);
 * - the text starts with a UTF-8 byte order mark, so spreadsheets read it as UTF-8 (“ ”, →, Cyrillic).
 */

/** A cell: text, a number, or empty (null). */
export type Cell = string | number | null;

/** Characters that make a spreadsheet read a cell as a formula when they start it. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NEEDS_QUOTES = /[",\r\n]/;
const BOM = '\uFEFF';

/** A text cell as a spreadsheet will show it: prefixed with `'` when it could start a formula. */
export function neutralise(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field as written: neutralised text (quoted when needed), a number, or nothing. */
export function field(cell: Cell): string {
	if (cell === null) return '';
	if (typeof cell === 'number') {
		if (!Number.isFinite(cell)) throw new Error(`not a finite number: ${cell}`);
		return String(cell);
	}
	const text = neutralise(cell);
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table as CSV text: a header row, then one record per row, each ending with CRLF. */
export function csvText(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
	const lines = [header, ...rows].map((row, i) => {
		if (row.length !== header.length)
			throw new Error(`row ${i} has ${row.length} cells, the header ${header.length}`);
		return row.map(field).join(',');
	});
	return `${BOM}${lines.join('\r\n')}\r\n`;
}
