import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, lineString, pointToLineDistance } from '@turf/turf';
import type { MultiLineString } from 'geojson';
import { merge, mesh } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { RUSSIA_ISO_N3, transferPolygonParts, UKRAINE_ISO_N3 } from './crimea';
import { fixtureDir } from '../../test/golden';

const { input: readInput, expectGolden } = fixtureDir(new URL('./fixtures/', import.meta.url));

/**
 * Synthetic topology: "Ukraine" is the square (0,0)-(2,2); "Russia" is the square east of it plus
 * a detached "peninsula" (0,-2)-(2,0) south of Ukraine, sharing Ukraine's southern edge.
 */
const topology = readInput<Topology>('transfer-topology.json');
const countries = (t: Topology) => t.objects.countries as GeometryCollection;
const peninsula = [1, -1];

describe('transferPolygonParts', () => {
	const moved = transferPolygonParts(topology, 'countries', RUSSIA_ISO_N3, UKRAINE_ISO_N3, [peninsula]);

	it('moves the probed polygon and dissolves the shared edge (golden)', () => {
		const [ua, ru] = countries(moved).geometries.map((g) => merge(moved, [g as Polygon | MultiPolygon]));
		expect(booleanPointInPolygon(peninsula, ua!)).toBe(true);
		expect(booleanPointInPolygon(peninsula, ru!)).toBe(false);
		expectGolden('transfer-countries.json', { ukraine: ua, russia: ru });
	});

	it('stops drawing a border between the peninsula and its new country (golden)', () => {
		const before = mesh(topology, countries(topology), (a, b) => a !== b);
		const after = mesh(moved, countries(moved), (a, b) => a !== b);
		const onSharedEdge = [1, 0];
		const distance = (m: MultiLineString) => pointToLineDistance(onSharedEdge, lineString(m.coordinates[0]!));
		expect(distance(before)).toBe(0);
		expect(after.coordinates).toEqual([
			[
				[2, 0],
				[2, 2]
			]
		]);
		expectGolden('transfer-borders.json', after);
	});

	it('leaves the input topology untouched', () => {
		const ru = countries(topology).geometries.find((g) => g.id === RUSSIA_ISO_N3);
		expect(ru?.type === 'MultiPolygon' && ru.arcs).toHaveLength(2);
	});

	it('fails loudly when no polygon contains the probes', () => {
		expect(() =>
			transferPolygonParts(topology, 'countries', RUSSIA_ISO_N3, UKRAINE_ISO_N3, [[50, 50]])
		).toThrow();
	});
});
