import { describe, expect, it } from 'vitest';
import { rankOf, selectPlaces, type CityRecord } from './places';

const city = (
	cityId: number,
	name: string,
	featureCode: string,
	population: number,
	x = 30,
	y = 50,
	country = 'UA'
): CityRecord => ({
	cityId,
	name,
	country,
	featureCode,
	adminCode: '00',
	population,
	loc: { type: 'Point', coordinates: [x, y] }
});

describe('rankOf', () => {
	it('ranks capitals, admin centres, towns and villages', () => {
		expect(rankOf('PPLC', 100)).toBe(1);
		expect(rankOf('PPLA', 60_000)).toBe(2);
		expect(rankOf('PPLA', 20_000)).toBe(3);
		expect(rankOf('PPL', 300_000)).toBe(2);
		expect(rankOf('PPLA2', 60_000)).toBe(3);
		expect(rankOf('PPLA2', 4_000)).toBe(4);
	});
});

describe('selectPlaces', () => {
	const cities = [
		city(1, 'Big', 'PPL', 80_000),
		city(2, 'Small', 'PPL', 5_000),
		city(3, 'Seat', 'PPLA', 20_000),
		city(4, 'District', 'PPLX', 90_000),
		city(5, 'Abroad', 'PPL', 90_000, 30, 50, 'TR'),
		city(6, 'Far', 'PPL', 90_000, 100, 10),
		city(698740, 'Odessa', 'PPLA', 1_000_000),
		city(709399, 'Dvorichna', 'PPLA2', 4_322)
	];
	const places = selectPlaces(cities, {
		bbox: [18, 40, 54, 60],
		countries: ['UA'],
		minPopulation: 50_000,
		mustInclude: [709399]
	});

	it('keeps seats, big places and must-includes; drops the rest', () => {
		expect(places.map((p) => p.properties.name)).toEqual(['Odesa', 'Big', 'Seat', 'Dvorichna']);
	});

	it('flags must-include places and records the GeoNames id', () => {
		const dvorichna = places.find((p) => p.properties.name === 'Dvorichna');
		expect(dvorichna?.properties).toMatchObject({ geonameid: 709399, focus: 1, rank: 4 });
		expect(places.find((p) => p.properties.name === 'Big')?.properties.focus).toBe(0);
	});
});
