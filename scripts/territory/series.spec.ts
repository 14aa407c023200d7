import { area, featureCollection, intersect, kinks, multiPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { addDays, dateInName, lastDayOfMonth, shortDate } from './dates';
import { isSliver, quantise, type Shape } from './geom';
import { cutIntoCells } from './grid';
import { buildPieces, finish, type SeriesOptions } from './series';

const rect = (x0: number, y0: number, x1: number, y1: number): Position[][] => [
	[
		[x0, y0],
		[x1, y0],
		[x1, y1],
		[x0, y1],
		[x0, y0]
	]
];
const km2 = (s: Shape): number => area({ type: 'MultiPolygon', coordinates: s }) / 1e6;
const kinked = (s: Shape): boolean => kinks({ type: 'MultiPolygon', coordinates: s }).features.length > 0;
const OPTS: SeriesOptions = { decimals: 5, tolerance: 0, grid: 0.5, sliver: { minKm2: 0.01, minWidthM: 15 } };

describe('dates', () => {
	it('reads a date from a file name, in either form', () => {
		expect(dateInName('deepstatemap_data_20240708.geojson')).toBe('2024-07-08');
		expect(dateInName('front-2025-01-31.json')).toBe('2025-01-31');
		expect(dateInName('v2_data.geojson')).toBeUndefined();
		expect(dateInName('data_20250230.geojson')).toBeUndefined(); // not a real date
		expect(() => dateInName('2025-01-01_to_2025-01-31.geojson')).toThrow('more than one date');
	});

	it('counts days and months in UTC', () => {
		expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
		expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
		expect(shortDate('2024-07-07')).toBe('7 Jul 2024');
	});
});

describe('geometry', () => {
	it('rounds to 5 decimals and drops repeated positions', () => {
		const q = quantise(
			[
				[
					[
						[30.123456, 48.1],
						[30.123459, 48.1],
						[30.2, 48.2],
						[30.1, 48.2],
						[30.123456, 48.1]
					]
				]
			],
			5
		);
		expect(q).toEqual([
			[
				[
					[30.12346, 48.1],
					[30.2, 48.2],
					[30.1, 48.2],
					[30.12346, 48.1]
				]
			]
		]);
	});

	it('tells jitter from ground: area under 0.01 km², or thinner than 15 m on average', () => {
		const rule = OPTS.sliver;
		expect(isSliver(rect(30, 48, 30.0005, 48.0005), rule)).toBe(true); // ~0.002 km²
		expect(isSliver(rect(30, 48, 30.1, 48.0001), rule)).toBe(true); // 7.4 km × 11 m
		expect(isSliver(rect(30, 48, 30.01, 48.01), rule)).toBe(false); // ~0.8 km²
	});

	it('leaves no kink for the validator: two polygons touching at a corner become shapes that do not touch', () => {
		const touching: Shape = [rect(30, 48, 30.1, 48.1), rect(30.1, 48.1, 30.2, 48.2)];
		expect(kinked(touching)).toBe(true);
		const out = finish(touching, 5);
		expect(out.length).toBeGreaterThan(0);
		for (const s of out) expect(kinked(s)).toBe(false);
		expect(out.reduce((n, s) => n + km2(s), 0) / km2(touching)).toBeCloseTo(1, 4);
	});

	it('rounds a new corner to the side away from a neighbour held on the same days', () => {
		// The neighbour's top edge rises from (30, 48.1) to (30.3, 48.10003); the new piece has a corner
		// on that edge at an x off the grid, where plain rounding (to 48.10001) would put it inside.
		const neighbour: Shape = [
			[
				[
					[30, 48],
					[30.3, 48],
					[30.3, 48.10003],
					[30, 48.1],
					[30, 48]
				]
			]
		];
		const x = 30.1234567;
		const corner: Position = [x, 48.1 + (0.00003 * (x - 30)) / 0.3];
		const piece: Shape = [[[corner, [30.3, 48.10003], [30.3, 48.2], corner]]];
		expect(quantise(piece, 5)[0]?.[0]?.[0]).toEqual([30.12346, 48.10001]);
		const [out] = finish(piece, 5, undefined, [neighbour]);
		const common = intersect(featureCollection([multiPolygon(out ?? []), multiPolygon(neighbour)]));
		expect(common ? area(common) : 0).toBe(0);
		expect(out?.[0]?.[0]).toContainEqual([30.12346, 48.10002]);
	});
});

describe('pieces', () => {
	const series = (...shapes: Shape[]) =>
		buildPieces(
			shapes.map((s) => cutIntoCells(s, 0.5)),
			OPTS
		);

	it('keeps an unchanged state as one piece per cell, and ignores jitter', () => {
		const a = rect(30.1, 48.1, 30.3, 48.3);
		const jitter: Position[][] = [
			[
				[30.1, 48.1],
				[30.3, 48.1],
				[30.3, 48.3],
				[30.2, 48.3000001],
				[30.1, 48.3],
				[30.1, 48.1]
			]
		];
		const pieces = series([a], [a], [jitter]);
		expect(pieces.map((p) => [p.kind, p.first, p.last])).toEqual([['territory', 0, 2]]);
	});

	it('drops a sliver-sized gain and keeps a small real one', () => {
		const a = rect(30.1, 48.1, 30.3, 48.3);
		const sliver = rect(30.1, 48.1, 30.3, 48.30008); // a 9 m strip
		const real = rect(30.1, 48.1, 30.3, 48.302); // a 220 m strip, 3.3 km²
		expect(series([a], [sliver]).map((p) => p.kind)).toEqual(['territory']);
		expect(series([a], [real]).map((p) => [p.kind, p.first])).toEqual([
			['territory', 0],
			['gain', 1]
		]);
	});

	it('re-issues only the cell a loss cuts into', () => {
		const a = rect(30.1, 48.1, 30.9, 48.3); // two cells: 30–30.5 and 30.5–31
		const b = rect(30.1, 48.1, 30.85, 48.3); // loses a strip in the eastern cell
		const pieces = series([a], [b]);
		expect(pieces.map((p) => [p.kind, p.cell, p.first, p.last])).toEqual([
			['territory', '60,96', 0, 1],
			['territory', '61,96', 0, 0],
			['territory', '61,96', 1, 1],
			['loss', '61,96', 1, 1]
		]);
	});
});
