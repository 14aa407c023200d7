/**
 * A deterministic synthetic table of conflict events in ACLED's column layout (issue #17, "at scale"):
 * the fifteen columns the app's Open data recognises (src/lib/open/columns.ts), 100,000 rows for the
 * bench's "open a 100k CSV". Same seed, same bytes.
 *
 * It is test data, not facts: no row comes from ACLED or any other source. Ids start with `SYN`,
 * places are "Synthetic place N" in "Synthetic region N", actors and sources are "Synthetic …", and
 * every note says the row is synthetic. Only the vocabulary is ACLED's: the event and sub-event type
 * names (which pick the layer, acled-mapping.json), the 1/2/3 precision codes and both date forms
 * its exports use (`2024-03-04` and `4 March 2024`). Positions share the 100k GeoJSON set's
 * clustering over Ukraine and western Russia (synthetic.ts); dates spread over three years, denser
 * around each hotspot's own active months, as conflict data is. Written only into the bench build.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { iso, makeHotspots, pick, position, prng, type Rand } from './synthetic';
import { MONTHS } from '../../src/lib/time/format';

/** The header, in the order of ACLED's export (whose other columns the app does not read). */
export const ACLED_COLUMNS = [
	'event_id_cnty',
	'event_date',
	'time_precision',
	'event_type',
	'sub_event_type',
	'actor1',
	'actor2',
	'admin1',
	'location',
	'latitude',
	'longitude',
	'geo_precision',
	'source',
	'notes',
	'fatalities'
] as const;

/** Every id is `SYN<row>`; the app's id for it is `syn<row>` (lower-cased, table.ts). */
export const ID_PREFIX = 'SYN';

/** The three years the dates spread over (days since 1970-01-01, UTC). */
export const SPAN = { first: Date.UTC(2022, 0, 1) / 86_400_000, days: 1096 } as const;

/** ACLED's event types with a few of each one's sub-event types, weighted (synthetic proportions). */
const EVENT_TYPES: readonly (readonly [readonly [string, readonly string[]], number])[] = [
	[
		[
			'Explosions/Remote violence',
			['Shelling/artillery/missile attack', 'Air/drone strike', 'Remote explosive/landmine/IED']
		],
		58
	],
	[['Battles', ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory']], 25],
	[
		[
			'Strategic developments',
			['Non-violent transfer of territory', 'Looting/property destruction', 'Disrupted weapons use', 'Other']
		],
		8
	],
	[['Violence against civilians', ['Attack', 'Abduction/forced disappearance']], 4],
	[['Protests', ['Peaceful protest', 'Protest with intervention']], 4],
	[['Riots', ['Violent demonstration', 'Mob violence']], 1]
] as const;
/** time_precision: 1 day, 2 week, 3 month. */
const TIME_CODES = [
	['1', 80],
	['2', 12],
	['3', 8]
] as const;
/** geo_precision: 1 the place itself, 2 near it, 3 the wider region. */
const GEO_CODES = [
	['1', 70],
	['2', 22],
	['3', 8]
] as const;
const FATALITIES = [
	[0, 70],
	[1, 15],
	[2, 8],
	[5, 5],
	[12, 2]
] as const;
const ACTORS = 12;
const SOURCES = 9;
const PLACES = 2_000;
const REGIONS = 24;

/** `4 March 2024`: ACLED's other date form. */
export const dayMonthYear = (day: number): string => {
	const d = new Date(day * 86_400_000);
	return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

/** A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
const field = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Each hotspot is most active around a day of its own (about two months either side); 30 % background. */
function eventDay(rand: Rand, peaks: readonly number[]): number {
	if (rand() < 0.3) return SPAN.first + Math.floor(rand() * SPAN.days);
	const peak = peaks[Math.floor(rand() * peaks.length)]!;
	const offset = Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(rand() * 2 * Math.PI) * 60;
	return Math.min(SPAN.first + SPAN.days - 1, Math.max(SPAN.first, Math.round(peak + offset)));
}

/** The table's text: the header and `count` rows, `\n`-separated, ending with a line break. */
export function generateAcledCsv(count: number, seed = 20_240_317): string {
	const rand = prng(seed);
	const hotspots = makeHotspots(rand);
	const peaks = hotspots.map(() => SPAN.first + Math.floor(rand() * SPAN.days));
	const lines: string[] = [ACLED_COLUMNS.join(',')];
	for (let i = 1; i <= count; i++) {
		const [type, subs] = pick(rand, EVENT_TYPES);
		const sub = subs[Math.floor(rand() * subs.length)]!;
		const day = eventDay(rand, peaks);
		const date = rand() < 0.5 ? iso(day) : dayMonthYear(day);
		const [lon, lat] = position(rand, hotspots);
		const actor1 = `Synthetic actor ${1 + Math.floor(rand() * ACTORS)}`;
		const actor2 = rand() < 0.6 ? `Synthetic actor ${1 + Math.floor(rand() * ACTORS)}` : '';
		const sources = Array.from(
			{ length: 1 + Math.floor(rand() * 2) },
			() => `Synthetic source ${1 + Math.floor(rand() * SOURCES)}`
		);
		const place = 1 + Math.floor(rand() * PLACES);
		const row = [
			`${ID_PREFIX}${i}`,
			date,
			pick(rand, TIME_CODES),
			type,
			sub,
			actor1,
			actor2,
			`Synthetic region ${1 + (place % REGIONS)}`,
			`Synthetic place ${place}`,
			lat.toFixed(4),
			lon.toFixed(4),
			pick(rand, GEO_CODES),
			[...new Set(sources)].join('; '),
			`Synthetic benchmark row ${i}, not a real event: ${sub.toLowerCase()} near "Synthetic place ${place}".`,
			String(pick(rand, FATALITIES))
		];
		lines.push(row.map(field).join(','));
	}
	return `${lines.join('\n')}\n`;
}

/** The file's name in the bench build, and a README beside it saying what it is. */
export const ACLED_CSV_NAME = 'synthetic-acled-100k.csv';

/** Writes `<dir>/<ACLED_CSV_NAME>` and `<dir>/README.txt`; returns the CSV's path and size. */
export function writeAcledCsv(dir: string, count: number, seed?: number): { path: string; bytes: number } {
	mkdirSync(dir, { recursive: true });
	const text = generateAcledCsv(count, seed);
	const path = join(dir, ACLED_CSV_NAME);
	writeFileSync(path, text);
	writeFileSync(
		join(dir, 'README.txt'),
		`${ACLED_CSV_NAME}: ${count} SYNTHETIC rows in ACLED's column layout, written by scripts/bench/acled-csv.ts ` +
			`for npm run bench. No row is real: ids, places, actors, sources and notes are all made up.\n`
	);
	return { path, bytes: Buffer.byteLength(text) };
}
