import { describe, expect, it } from 'vitest';
import { distance, polygon } from '@turf/turf';
import { distanceToHeld } from './distance';

/** Two synthetic unit squares one degree apart (made up for this test). */
const west = polygon([
	[
		[30, 48],
		[31, 48],
		[31, 49],
		[30, 49],
		[30, 48]
	]
]);
const east = polygon([
	[
		[32, 48],
		[33, 48],
		[33, 49],
		[32, 49],
		[32, 48]
	]
]);

describe('distance to held ground', () => {
	it('is zero, and inside, for a place in a piece', () => {
		expect(distanceToHeld([30.5, 48.5], [west, east])).toEqual({ inside: true, km: 0 });
		expect(distanceToHeld([32.5, 48.5], [west, east])).toEqual({ inside: true, km: 0 });
	});

	it('is the distance to the nearest edge of the nearest piece', () => {
		const got = distanceToHeld([31.4, 48.5], [east, west]);
		expect(got?.inside).toBe(false);
		expect(got?.km).toBeCloseTo(distance([31.4, 48.5], [31, 48.5], { units: 'kilometers' }), 0);
	});

	it('has nothing to say without held ground', () => {
		expect(distanceToHeld([30, 48], [])).toBeNull();
	});
});
