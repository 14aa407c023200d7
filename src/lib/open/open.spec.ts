import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatError, type DataError } from '$lib/data/validate';
import { decodeText } from './decode';
import { groupErrors, andMore } from './errors';
import { gather, openData, openTable, OpenRefused, type InputFile } from './open';
import { guessColumns, mappingProblems, parseTable, readTableDate, ROLES } from './table';
import { readZip, ZipRefused } from './zip';
import { parseIsoDay } from '$lib/time/days';

const FIX = join(process.cwd(), 'src/lib/open/fixtures');
const GEO = join(process.cwd(), 'geo');
const file = (name: string, dir = FIX): InputFile => ({
	name,
	bytes: new Uint8Array(readFileSync(join(dir, name)))
});
const text = (name: string): string => readFileSync(join(FIX, name), 'utf8');

/** Opens a table with the guessed columns, as a reader who accepts the guess. */
function openCsv(name: string, bytes?: Uint8Array) {
	const g = gather([bytes ? { name, bytes } : file(name)]);
	if (g.kind !== 'table') throw new Error('not a table');
	const table = parseTable(g.name, g.text);
	return openTable(g.name, table, guessColumns(table.headers));
}

const refusal = (f: () => unknown): string => {
	try {
		f();
	} catch (e) {
		if (e instanceof OpenRefused) return e.message;
		throw e;
	}
	throw new Error('was not refused');
};

describe('a folder of data files', () => {
	it("opens the project's own geo/ files as the validator reads them", () => {
		const names = readdirSync(GEO).filter((n) => /\.(geo)?json$/.test(n));
		const g = gather(names.map((n) => file(n, GEO)));
		if (g.kind !== 'data') throw new Error('not data');
		const { dataset, errors } = openData(g.files, g.notes);
		expect(errors.map(formatError)).toEqual([]);
		expect(dataset.layers.map((l) => l.id)).toEqual(
			(JSON.parse(readFileSync(join(GEO, 'layers.json'), 'utf8')) as { layers: { id: string }[] }).layers.map(
				(l) => l.id
			)
		);
		expect(dataset.features.length).toBeGreaterThan(20);
	});

	it('opens a zip of a folder, passing over what is not data', () => {
		const zip = zipSync({
			'mine/layers.json': readFileSync(join(FIX, 'folder/layers.json')),
			'mine/sources.json': readFileSync(join(FIX, 'folder/sources.json')),
			'mine/synthetic-events.geojson': readFileSync(join(FIX, 'folder/synthetic-events.geojson')),
			'mine/README.md': strToU8('# notes'),
			'__MACOSX/mine/._layers.json': strToU8('junk')
		});
		const g = gather([{ name: 'mine.zip', bytes: zip }]);
		if (g.kind !== 'data') throw new Error('not data');
		const { dataset, errors } = openData(g.files, g.notes);
		expect(errors).toEqual([]);
		expect(dataset.features.map((f) => f.id)).toEqual(['synthetic-strike-a', 'synthetic-report-b']);
		expect(g.notes).toEqual(['mine.zip: mine/README.md is not a data file and was passed over.']);
	});

	it("borrows the project's registries only for what the files lack, and only the layers they hold", () => {
		const g = gather([file('folder/synthetic-events.geojson')]);
		if (g.kind !== 'data') throw new Error('not data');
		const fallback = {
			layers: JSON.stringify({
				layers: [
					{ id: 'synthetic-events', label: 'Borrowed', colour: '#2f5f8a' },
					{ id: 'elsewhere', label: 'Not given', colour: '#2f5f8a' }
				]
			}),
			sources: readFileSync(join(FIX, 'folder/sources.json'), 'utf8')
		};
		const { dataset, errors, notes } = openData(g.files, g.notes, fallback);
		expect(errors).toEqual([]);
		expect(dataset.layers.map((l) => l.label)).toEqual(['Borrowed']);
		expect(notes.join(' ')).toMatch(/No layers.json among your files/);
	});

	it('words a file that is not JSON, and JSON that is not GeoJSON, as the validator does', () => {
		const g = gather([file('not-json.geojson'), file('not-geojson.geojson'), file('folder/layers.json')]);
		if (g.kind !== 'data') throw new Error('not data');
		const lines = openData(g.files, g.notes).errors.map(formatError);
		expect(lines.some((l) => /^not-json\.geojson: is not valid JSON/.test(l))).toBe(true);
		expect(lines.some((l) => /^not-json\.geojson|^not-geojson\.geojson/.test(l))).toBe(true);
	});

	it('refuses a file list with no data file, and a table given with data files', () => {
		expect(refusal(() => gather([{ name: 'notes.txt', bytes: strToU8('hello') }]))).toMatch(
			/no data file among them/
		);
		expect(refusal(() => gather([file('acled-good.csv'), file('folder/layers.json')]))).toMatch(
			/opened on its own/
		);
	});
});

describe('size limits and zip bombs', () => {
	const limits = { maxBytes: 1024 * 1024, maxEntries: 10, slice: 16 * 1024 };

	it('refuses a file over the limit without reading it', () => {
		const big = { name: 'big.geojson', bytes: new Uint8Array(limits.maxBytes + 1) };
		expect(refusal(() => gather([big], undefined, limits))).toMatch(
			/^big\.geojson: is 1\.0 MB, more than the 1\.0 MB a file may be/
		);
	});

	it('refuses a zip whose declared sizes exceed the limit, before inflating', () => {
		const bomb = zipSync({ 'a.geojson': new Uint8Array(3 * limits.maxBytes) }, { level: 9 });
		expect(bomb.length).toBeLessThan(20_000);
		expect(refusal(() => gather([{ name: 'bomb.zip', bytes: bomb }], undefined, limits))).toMatch(
			/^bomb\.zip: would inflate to 3\.0 MB, more than the 1\.0 MB limit: nothing was inflated/
		);
	});

	it('stops inflating an entry that inflates past what the zip declares', () => {
		const zip = zipSync({ 'a.geojson': new Uint8Array(3 * limits.maxBytes) }, { level: 9 });
		// Rewrite the declared size (local header and central directory) to 100 bytes: a lying zip.
		const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
		for (let i = 0; i + 4 <= zip.length; i++) {
			const sig = view.getUint32(i, true);
			if (sig === 0x04034b50) view.setUint32(i + 22, 100, true);
			if (sig === 0x02014b50) view.setUint32(i + 24, 100, true);
		}
		let inflated = 0;
		expect(() =>
			readZip(
				zip,
				() => true,
				limits,
				(done) => {
					inflated = done;
				}
			)
		).toThrow(ZipRefused);
		expect(() => readZip(zip, () => true, limits)).toThrow(
			/inflates to more than the 100 bytes the zip declares/
		);
		// It stopped in the first slices, long before the end of the compressed data.
		expect(inflated).toBeLessThanOrEqual(2 * limits.slice);
	});

	it('refuses a zip with too many entries, and a file that is not a zip', () => {
		const many = zipSync(
			Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.geojson`, strToU8('{}')]))
		);
		expect(() => readZip(many, () => true, limits)).toThrow(/holds 11 entries \(at most 10\)/);
		expect(refusal(() => gather([{ name: 'fake.zip', bytes: strToU8('not a zip at all') }]))).toMatch(
			/^fake\.zip: is not a zip archive/
		);
	});
});

describe('encodings', () => {
	const csv = text('acled-good.csv');

	it('reads UTF-8 with and without a BOM, and UTF-16 LE and BE with one', () => {
		const utf8 = strToU8(csv);
		const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
		const le = new Uint8Array(2 + csv.length * 2);
		const be = new Uint8Array(2 + csv.length * 2);
		le.set([0xff, 0xfe]);
		be.set([0xfe, 0xff]);
		for (let i = 0; i < csv.length; i++) {
			const c = csv.charCodeAt(i);
			le[2 + 2 * i] = c & 0xff;
			le[3 + 2 * i] = c >> 8;
			be[2 + 2 * i] = c >> 8;
			be[3 + 2 * i] = c & 0xff;
		}
		for (const bytes of [utf8, bom, le, be]) {
			const d = decodeText(bytes);
			expect('text' in d && d.text).toBe(csv);
			expect(openCsv('acled-good.csv', bytes).dataset.features).toHaveLength(6);
		}
	});

	it('refuses a file that mixes encodings, naming the line', () => {
		const bytes = new Uint8Array([...strToU8('a,b\n1,2\n'), ...strToU8('caf'), 0xe9, ...strToU8(',3\n')]);
		expect(refusal(() => gather([{ name: 'mixed.csv', bytes }]))).toMatch(
			/^mixed\.csv: is not valid UTF-8 text: line 3 holds a byte that is not UTF-8 \(the file may mix encodings/
		);
	});

	it('refuses UTF-16 without its byte-order mark', () => {
		const bytes = new Uint8Array(csv.length * 2);
		for (let i = 0; i < csv.length; i++) bytes[2 * i] = csv.charCodeAt(i);
		expect(refusal(() => gather([{ name: 'no-bom.csv', bytes }]))).toMatch(
			/looks like UTF-16 text without a byte-order mark/
		);
	});
});

describe('tables of events (ACLED layout)', () => {
	it("recognises every one of ACLED's columns by name", () => {
		const { headers } = parseTable('acled-good.csv', text('acled-good.csv'));
		const map = guessColumns(headers);
		expect(Object.keys(map).sort()).toEqual([...ROLES].sort());
		expect(headers[map.date!]).toBe('event_date');
		expect(mappingProblems(map)).toEqual([]);
	});

	it('maps the precision codes, the source, the notes and the event type', () => {
		const { dataset, errors } = openCsv('acled-good.csv');
		expect(errors.map(formatError)).toEqual([]);
		const byId = new Map(dataset.features.map((f) => [f.id, f.properties]));
		const p1 = byId.get('syn1')!;
		expect([p1.layer, p1.kind, p1.time.start, p1.time.precision, p1.position.precision]).toEqual([
			'battles',
			'battle',
			'2024-03-04',
			'day',
			'town'
		]);
		expect(p1.summary).toMatch(/^Synthetic test row 1: not a real event\./);
		expect(p1.claims[0]!.reportedBy).toEqual(['Synthetic Source One', 'acled-good.csv (your file)']);
		// 13 March 2024 (a Wednesday), week precision: the week from Monday 11 March.
		const p2 = byId.get('syn2')!;
		expect([p2.layer, p2.kind, p2.time.start, p2.time.precision, p2.position.precision]).toEqual([
			'explosions',
			'strike',
			'2024-03-11',
			'week',
			'city'
		]);
		expect(p2.claims[0]!.reportedBy).toEqual([
			'Synthetic Source One',
			'Synthetic Source Two',
			'acled-good.csv (your file)'
		]);
		const p3 = byId.get('syn3')!;
		expect([p3.layer, p3.time.start, p3.time.precision, p3.position.precision, p3.position.region]).toEqual([
			'civilians',
			'2024-04-01',
			'month',
			'region',
			'Zaporizhzhia'
		]);
		expect(byId.get('syn4')!.layer).toBe('protests');
		expect([byId.get('syn5')!.layer, byId.get('syn5')!.kind]).toEqual(['strategic', 'capture']);
		expect([byId.get('syn6')!.kind, byId.get('syn6')!.summary]).toEqual([
			'capture',
			'Government regains territory in Synthetic place F. Actors: Synthetic actor B; Synthetic actor A. Fatalities (as the table gives them): 0.'
		]);
		expect(dataset.layers.map((l) => l.id)).toEqual([
			'battles',
			'explosions',
			'civilians',
			'protests',
			'strategic'
		]);
	});

	it('reads the two date forms ACLED ships and nothing else', () => {
		expect(readTableDate('2025-01-31')).toEqual({ day: parseIsoDay('2025-01-31') });
		expect(readTableDate('31 January 2025')).toEqual({ day: parseIsoDay('2025-01-31') });
		expect(readTableDate('1 march 2024')).toEqual({ day: parseIsoDay('2024-03-01') });
		for (const bad of ['31/01/2025', '2025-1-31', 'January 31, 2025', '31 Jan 2025', '2025-02-30'])
			expect(readTableDate(bad)).toHaveProperty('error');
	});

	it('lists bad rows by row number and column, and opens the rest', () => {
		const { dataset, errors } = openCsv('acled-bad-rows.csv');
		expect(dataset.features.map((f) => f.id)).toEqual(['syn11', 'syn18']);
		expect(errors.map(formatError)).toEqual([
			"acled-bad-rows.csv: row 3: event_date: '31/01/2025' is not a date in a form the table reader accepts (use 2025-01-31 or 31 January 2025)",
			"acled-bad-rows.csv: row 4: event_date: '2025-02-30' is not a real date",
			"acled-bad-rows.csv: row 5: latitude: '95.5' is not a latitude (-90..90)",
			"acled-bad-rows.csv: row 6: longitude: '200' is not a longitude (-180..180)",
			"acled-bad-rows.csv: row 7: time_precision: '7' is not a time precision code (1 = day, 2 = week, 3 = month)",
			"acled-bad-rows.csv: row 8: event_date: '30 February 2025' is not a real date"
		]);
	});

	it('says a table has no date column, or no coordinates', () => {
		expect(openCsv('no-date.csv').errors.map(formatError)).toEqual([
			"no-date.csv: has no date column (event_date): choose the column that holds each event's date"
		]);
		expect(openCsv('no-coordinates.csv').errors.map(formatError)[0]).toMatch(
			/^no-coordinates\.csv: has no coordinates \(latitude and longitude\)/
		);
		expect(openCsv('no-date.csv').dataset.features).toEqual([]);
	});

	it('keeps markup, javascript: URLs and formulas as text, verbatim', () => {
		const { dataset, errors } = openCsv('hostile.csv');
		expect(errors.map(formatError)).toEqual([]);
		const [a, b] = dataset.features.map((f) => f.properties);
		expect(a!.name).toBe('Armed clash — <script>alert(1)</script>');
		expect(a!.claims[0]!.text).toBe('=HYPERLINK("javascript:alert(1)","click")');
		expect(a!.claims[0]!.claimant).toBe('javascript:alert(1)');
		expect(a!.summary).toContain('Actors: <img src=x onerror=alert(1)>.');
		expect(b!.claims[0]!.text).toBe('<b>bold</b> <a href="javascript:alert(2)">link</a>');
		expect(b!.name).toBe('Armed clash — @SUM(1+1)');
		// The file is a source without a URL: nothing from a cell ever becomes a link.
		expect(dataset.sources.map((s) => s.url)).toEqual([undefined]);
	});

	it("words the validator's errors by row and column", () => {
		const long = 'x'.repeat(2001);
		const csv = `event_id_cnty,event_date,latitude,longitude,notes\nSYN51,2024-03-04,48.1,37.7,${long}\n`;
		const errors = openCsv('long.csv', strToU8(csv)).errors.map(formatError);
		expect(errors[0]).toBe(
			'long.csv: row 2 (syn51): notes (properties.summary): is 2001 characters long (at most 2000)'
		);
	});
});

describe('grouped errors', () => {
	it('groups by file, caps each file and counts the rest', () => {
		const errors: DataError[] = [
			...Array.from({ length: 1240 }, (_, i) => ({
				file: 'a.csv',
				featureId: `row ${i + 2}`,
				field: 'event_date',
				message: 'bad'
			})),
			{ file: 'b.geojson', field: '', message: 'is not valid JSON' }
		];
		const g = groupErrors(errors, 6, 1);
		expect(g.total).toBe(1241);
		expect(g.groups).toEqual([
			{
				file: 'a.csv',
				count: 1240,
				lines: errors.slice(0, 6).map((e) => `${e.featureId}: event_date: bad`),
				more: 1234
			}
		]);
		expect([g.moreFiles, g.moreFilesErrors]).toEqual([1, 1]);
		expect(andMore(1234)).toBe('and 1,234 more');
	});
});
