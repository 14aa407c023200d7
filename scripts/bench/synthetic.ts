/**
 * A deterministic synthetic data set at newsroom scale (ACLED-sized: 100,000 events), in exactly
 * the schema of geo/ — valid per src/lib/data/validate.ts — so the benchmark loads it through the
 * app's own loader and validator. Same seed, same bytes: runs on different days compare the same data.
 *
 * It is test data, not facts: every name says "Synthetic", every source is a synthetic registry
 * entry with no URL, and it is only ever written into the benchmark build.
 */
import { writeStampedDataSet } from './stamped-data-set';
import type {
	FeatureKind,
	LayerId,
	LayerSpec,
	PositionPrecision,
	TimePrecision
} from '../../src/lib/data/types';

/**
 * The synthetic set's own layer declarations (its `layers.json`): the same ids as the project's
 * layers, so a seed gives the same bytes as before layers were data, with labels that say what they are.
 */
export const SYNTHETIC_LAYERS: readonly LayerSpec[] = [
	{ id: 'kursk', label: 'Synthetic A', colour: '#2f5f8a' },
	{ id: 'pokrovsk', label: 'Synthetic B', colour: '#8a5a00' },
	{ id: 'kupiansk', label: 'Synthetic C', colour: '#5b4a9e' },
	{ id: 'velyka-novosilka', label: 'Synthetic D', colour: '#2e6b3a' },
	{ id: 'strikes', label: 'Synthetic strikes', colour: '#b3122e' }
];
const LAYER_IDS: readonly LayerId[] = SYNTHETIC_LAYERS.map((l) => l.id);

/** mulberry32: tiny, fast and good enough to spread test points; seeded so output is reproducible. */
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The region the app covers and the year the events are spread over. */
export const REGION = { west: 22, east: 50, south: 43, north: 57 } as const;
const YEAR_START = Date.UTC(2024, 0, 1) / 86_400_000;
const YEAR_DAYS = 366;

const SOURCE_COUNT = 8;
export const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

export type Rand = () => number;
export const pick = <T>(rand: Rand, weighted: readonly (readonly [T, number])[]): T => {
	let x = rand() * weighted.reduce((sum, [, w]) => sum + w, 0);
	for (const [v, w] of weighted) if ((x -= w) < 0) return v;
	return weighted[weighted.length - 1]![0];
};
const round = (n: number): number => Math.round(n * 1e4) / 1e4;

/** Kinds per layer: the strikes layer is mostly strikes; the front layers mix states and events. */
const STRIKE_KINDS = [
	['strike', 95],
	['report', 5]
] as const;
const FRONT_KINDS = [
	['capture', 20],
	['claim', 20],
	['report', 15],
	['battle', 20],
	['area', 15],
	['movement', 10]
] as const;
const TIME_PRECISION_WEIGHTS = [
	['day', 80],
	['week', 12],
	['month', 8]
] as const;
const POSITION_WEIGHTS = [
	['site', 5],
	['village', 35],
	['town', 25],
	['city', 15],
	['region', 10],
	['schematic', 10]
] as const;

/** Start day aligned as the validator requires: Monday for a week, the 1st for a month. */
function alignedStart(day: number, precision: TimePrecision): number {
	if (precision === 'week') return day - ((new Date(day * 86_400_000).getUTCDay() + 6) % 7);
	if (precision === 'month') {
		const d = new Date(day * 86_400_000);
		return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 86_400_000;
	}
	return day;
}

/** 40 centres of activity, inside the region with a margin, that {@link position} clusters around. */
export function makeHotspots(rand: Rand): [number, number][] {
	return Array.from({ length: 40 }, (): [number, number] => [
		REGION.west + 2 + rand() * 24,
		REGION.south + 1 + rand() * 12
	]);
}

/** Events cluster around hotspots (as real conflict data does) with a uniform background. */
export function position(rand: Rand, hotspots: readonly [number, number][]): [number, number] {
	const w = REGION.east - REGION.west;
	const h = REGION.north - REGION.south;
	if (rand() < 0.3) return [REGION.west + rand() * w, REGION.south + rand() * h];
	const [lon, lat] = hotspots[Math.floor(rand() * hotspots.length)]!;
	// Box–Muller, about 0.4° spread, clamped to the region.
	const r = Math.sqrt(-2 * Math.log(1 - rand())) * 0.4;
	const a = rand() * 2 * Math.PI;
	const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
	return [
		clamp(lon + r * Math.cos(a), REGION.west, REGION.east),
		clamp(lat + r * Math.sin(a), REGION.south, REGION.north)
	];
}

function geometry(rand: Rand, kind: FeatureKind, [lon, lat]: [number, number]) {
	if (kind === 'area') {
		// A convex hexagon never intersects itself.
		const r = 0.05 + rand() * 0.25;
		const ring = Array.from({ length: 6 }, (_, i) => {
			const a = (i / 6) * 2 * Math.PI;
			return [round(lon + r * 1.5 * Math.cos(a)), round(lat + r * Math.sin(a))];
		});
		return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
	}
	if (kind === 'movement') {
		const a = rand() * 2 * Math.PI;
		const len = 0.1 + rand() * 0.4;
		const coordinates = [0, 0.5, 1].map((f, i) => [
			round(lon + Math.cos(a) * len * f + (i === 1 ? 0.03 : 0)),
			round(lat + Math.sin(a) * len * f)
		]);
		return { type: 'LineString', coordinates };
	}
	return { type: 'Point', coordinates: [round(lon), round(lat)] };
}

/**
 * The data files of a synthetic data set: file name → text, as the loader fetches them
 * (`<layer>.geojson` per layer, `layers.json` and `sources.json`). 60 % of the events are strikes, the rest are
 * spread evenly over the four front layers.
 */
export function generateSynthetic(count: number, seed = 20_240_101): Map<string, string> {
	const rand = prng(seed);
	const hotspots = makeHotspots(rand);
	const sources = Array.from({ length: SOURCE_COUNT }, (_, i) => ({
		id: `synthetic-source-${i + 1}`,
		publisher: `Synthetic Publisher ${i + 1}`,
		title: `Synthetic benchmark source ${i + 1} (not real data)`,
		date: '2024-12-31',
		kind: 'news-report'
	}));
	const byLayer = new Map<LayerId, object[]>(LAYER_IDS.map((l) => [l, []]));
	const frontLayers = LAYER_IDS.filter((l) => l !== 'strikes');
	for (let i = 0; i < count; i++) {
		const layer: LayerId = rand() < 0.6 ? 'strikes' : frontLayers[Math.floor(rand() * frontLayers.length)]!;
		const kind: FeatureKind = pick(rand, layer === 'strikes' ? STRIKE_KINDS : FRONT_KINDS);
		const precision: TimePrecision = pick(rand, TIME_PRECISION_WEIGHTS);
		const start = alignedStart(YEAR_START + Math.floor(rand() * YEAR_DAYS), precision);
		const lasts = kind === 'area' || kind === 'battle' || kind === 'movement';
		const end = lasts ? Math.min(YEAR_START + YEAR_DAYS - 1, start + 1 + Math.floor(rand() * 60)) : undefined;
		let pp: PositionPrecision = kind === 'movement' ? 'schematic' : pick(rand, POSITION_WEIGHTS);
		if (pp === 'schematic' && kind !== 'movement' && kind !== 'area') pp = 'town';
		const schematic = pp === 'schematic';
		const src = sources[Math.floor(rand() * SOURCE_COUNT)]!;
		const time: Record<string, string> = { start: iso(start), precision };
		if (end !== undefined) time['end'] = iso(end);
		byLayer.get(layer)!.push({
			type: 'Feature',
			id: `syn-${i}`,
			geometry: geometry(rand, kind, position(rand, hotspots)),
			properties: {
				name: `Synthetic ${kind} ${i}`,
				layer,
				kind,
				summary: `Synthetic benchmark ${kind} number ${i}; not a real event.`,
				time,
				position: {
					precision: pp,
					source: 'Synthetic benchmark position',
					...(pp === 'region' ? { region: `Synthetic region ${i % 24}` } : {})
				},
				schematic,
				...(schematic ? { schematicNote: 'Synthetic schematic shape.' } : {}),
				claims: [
					{
						text: `Synthetic claim about event ${i}.`,
						claimant: 'Synthetic claimant',
						reportedBy: [src.publisher],
						source: src.id,
						date: iso(start),
						datePrecision: precision,
						status: pick(rand, [
							['reported', 3],
							['claimed', 2],
							['unverified', 1]
						] as const)
					}
				]
			}
		});
	}
	const files = new Map<string, string>();
	files.set('sources.json', JSON.stringify({ sources }));
	files.set('layers.json', JSON.stringify({ layers: SYNTHETIC_LAYERS }));
	for (const [layer, features] of byLayer) {
		files.set(`${layer}.geojson`, JSON.stringify({ type: 'FeatureCollection', features }));
	}
	return files;
}

/** Writes the set under `<dir>/data/` (./stamped-data-set.ts); throws if the validator refuses it. */
export function writeSynthetic(dir: string, count: number, seed?: number): { files: number; bytes: number } {
	const files = generateSynthetic(count, seed);
	return { files: files.size, bytes: writeStampedDataSet(dir, files, 'the synthetic data set') };
}
