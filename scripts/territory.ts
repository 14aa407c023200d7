/**
 * `npm run territory -- <folder or .tar.xz> [options]`: converts a dated series of snapshots of
 * held territory (DeepStateMap's by default) into one compact layer file, `geo/territory.geojson`,
 * and prints the monthly table, the file's size and the run time. The conversion itself is in
 * scripts/territory/ (pure modules, with specs beside them); this file only reads, prints and writes.
 *
 *   --from / --to YYYY-MM-DD   only snapshots whose file date is in this range
 *   --tolerance <degrees>      Douglas–Peucker tolerance (default 0.0002; 0 = rounding only)
 *   --out <file>               default geo/territory.geojson; the series' licence is copied beside it
 *                              as <name>.LICENSE
 *   --grid <degrees>           grid cell size (default 0.5)
 *   --min-km2 / --min-width-m  the sliver rule (default 0.01 km², 15 m mean width)
 *   --claimant, --publisher, --source-id, --holder, --layer, --lag <days>, --taken <text>
 *                              wording and dating for another source's series (see geo/README.md)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { addDays, monthLabel, shortDate } from './territory/dates';
import { convert, DEFAULTS, type ConvertOptions } from './territory/convert';
import { readSeries } from './territory/input';

const BUDGET_GZIP = 150 * 1024;

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		from: { type: 'string' },
		to: { type: 'string' },
		tolerance: { type: 'string' },
		out: { type: 'string', default: 'geo/territory.geojson' },
		grid: { type: 'string' },
		decimals: { type: 'string' },
		'min-km2': { type: 'string' },
		'min-width-m': { type: 'string' },
		claimant: { type: 'string' },
		publisher: { type: 'string' },
		'source-id': { type: 'string' },
		holder: { type: 'string' },
		layer: { type: 'string' },
		lag: { type: 'string' },
		taken: { type: 'string' }
	}
});

function fail(message: string): never {
	console.error(`territory: ${message}`);
	process.exit(1);
}

function num(name: string, v: string | undefined, fallback: number, min: number, max: number): number {
	if (v === undefined) return fallback;
	const n = Number(v);
	if (!Number.isFinite(n) || n < min || n > max)
		fail(`--${name} ${v}: expected a number from ${min} to ${max}`);
	return n;
}

const input = positionals[0];
if (!input || positionals.length > 1) {
	fail(
		'usage: npm run territory -- <folder or .tar.xz> [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--tolerance <degrees>] [--out geo/territory.geojson]'
	);
}
for (const k of ['from', 'to'] as const) {
	const v = values[k];
	if (v !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v)) fail(`--${k} ${v}: expected YYYY-MM-DD`);
}
const claimant = values.claimant ?? DEFAULTS.claimant;
const options: ConvertOptions = {
	...DEFAULTS,
	...(values.from !== undefined ? { from: values.from } : {}),
	...(values.to !== undefined ? { to: values.to } : {}),
	tolerance: num('tolerance', values.tolerance, DEFAULTS.tolerance, 0, 0.1),
	grid: num('grid', values.grid, DEFAULTS.grid, 0.01, 90),
	decimals: num('decimals', values.decimals, DEFAULTS.decimals, 1, 5),
	sliver: {
		minKm2: num('min-km2', values['min-km2'], DEFAULTS.sliver.minKm2, 0, 1000),
		minWidthM: num('min-width-m', values['min-width-m'], DEFAULTS.sliver.minWidthM, 0, 10000)
	},
	claimant,
	publisher: values.publisher ?? (values.claimant !== undefined ? claimant : DEFAULTS.publisher),
	sourceId: values['source-id'] ?? DEFAULTS.sourceId,
	holder: values.holder ?? DEFAULTS.holder,
	layer: values.layer ?? DEFAULTS.layer,
	lag: num('lag', values.lag, DEFAULTS.lag, 0, 31),
	taken: values.taken ?? (values.claimant !== undefined ? '' : DEFAULTS.taken)
};
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(options.layer))
	fail(`--layer ${options.layer}: expected a kebab-case id`);

const started = performance.now();
let result: ReturnType<typeof convert>;
let licence: { name: string; text: string } | undefined;
try {
	const series = readSeries(resolve(input));
	licence = series.licence;
	result = convert(series.files, options);
} catch (e) {
	fail(e instanceof Error ? e.message : String(e));
}
const seconds = (performance.now() - started) / 1000;

const snaps = result.snapshots;
const first = snaps[0]!;
const last = snaps[snaps.length - 1]!;
const missing: string[] = [];
for (let i = 1; i < snaps.length; i++)
	for (let d = addDays(snaps[i - 1]!.date, 1); d < snaps[i]!.date; d = addDays(d, 1)) missing.push(d);

const km2 = (v: number): string => v.toFixed(1).padStart(10);
const ref = (i: number): string => `${snaps[i]!.date} (map of ${shortDate(snaps[i]!.day)})`.padEnd(32);
console.log(
	`${snaps.length} snapshots, ${first.date} … ${last.date} (days ${first.day} … ${last.day}); ` +
		`no file for: ${missing.length > 0 ? missing.join(', ') : 'none'}` +
		(result.ignored.length > 0 ? `; ignored ${result.ignored.length} other file(s)` : '')
);
console.log(
	`area: ${first.areaKm2.toFixed(1)} km² on ${first.date}, ${last.areaKm2.toFixed(1)} km² on ${last.date}\n`
);
console.log(
	'Per month, from the raw snapshots (Turf area; gained = area(end \\ start), lost = area(start \\ end)):'
);
console.log(
	`${'month'.padEnd(9)} ${'start: snapshot (map of)'.padEnd(32)} ${'end: snapshot (map of)'.padEnd(32)} ${'gained km²'.padStart(10)} ${'lost km²'.padStart(10)} ${'net km²'.padStart(10)}`
);
for (const m of result.months) {
	const flags = `${m.startsLate ? ' (series starts mid-month)' : ''}${m.endsEarly ? ' (series ends mid-month)' : ''}`;
	console.log(
		`${monthLabel(m.month).padEnd(9)} ${ref(m.from)} ${ref(m.to)} ${km2(m.gainedKm2)} ${km2(m.lostKm2)} ${km2(m.netKm2)}${flags}`
	);
}

const bytes = Buffer.from(result.text, 'utf8');
const gzip = gzipSync(bytes, { level: 9 }).byteLength;
const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
console.log(
	`\n${result.pieces.length} pieces, ${result.vertices} vertices; tolerance ${options.tolerance}°, grid ${options.grid}°, ` +
		`slivers < ${options.sliver.minKm2} km² or < ${options.sliver.minWidthM} m mean width dropped`
);
console.log(
	`${values.out}: ${kib(bytes.byteLength)} raw, ${kib(gzip)} gzip (-9; budget ${kib(BUDGET_GZIP)})`
);
const licencePath = `${values.out.replace(/\.geojson$/, '')}.LICENSE`;
if (licence) console.log(`licence: ${licence.name} → ${licencePath}`);
else console.log('licence: none found in the input (ship the series’ licence with the file yourself)');
console.log(`run time: ${seconds.toFixed(1)} s`);
if (gzip > BUDGET_GZIP) fail(`the file is over the ${kib(BUDGET_GZIP)} gzip budget: not written`);
mkdirSync(dirname(resolve(values.out)), { recursive: true });
writeFileSync(resolve(values.out), bytes);
if (licence) writeFileSync(resolve(licencePath), licence.text);
