/**
 * The real data in geo/ against the Al Jazeera article of 2025-02-06, one test per fix of issue #15
 * ("Facts shown at the wrong time"): what is still going on at the article's date is shown on it,
 * what the article does not date is never an event of a day, each claim has its own claimant and a
 * status that says what the article says, and the article's facts that were missing are there.
 * `geo/README.md` ("Choices made for the first dataset") says the same in words.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDay } from '$lib/time/days';
import { formatTime } from '$lib/time/format';
import { timeKeys, visibilityAt } from '$lib/time/visibility';
import type { Claim, TimeSpec } from './types';
import { formatError, validateDataset } from './validate';

const GEO = join(process.cwd(), 'geo');
const files = readdirSync(GEO)
	.filter((n) => n.endsWith('.geojson') || n.endsWith('.json'))
	.map((n) => ({ path: n, text: readFileSync(join(GEO, n), 'utf8') }));
const { dataset, errors } = validateDataset(files);
const ARTICLE = '2025-02-06';
const articleDay = toDay(ARTICLE);

const feature = (id: string) => {
	const f = dataset.features.find((x) => x.id === id);
	if (!f) throw new Error(`${id} is not in geo/`);
	return f;
};
const figure = (id: string) => {
	const f = dataset.figures.find((x) => x.id === id);
	if (!f) throw new Error(`${id} is not in figures.json`);
	return f;
};
/** Every fact's time and claims, features and figures alike. */
const facts: { id: string; time: TimeSpec; claims: Claim[] }[] = [
	...dataset.features
		.filter((f) => f.properties.layer !== 'territory')
		.map((f) => ({ id: f.id, time: f.properties.time, claims: f.properties.claims })),
	...dataset.figures.map((f) => ({ id: f.id, time: f.time, claims: f.claims }))
];

it('the data passes the contract', () => {
	expect(errors.map(formatError)).toEqual([]);
});

describe('still going on at the article’s date', () => {
	const ongoing = ['pokrovsk-battle', 'kursk-dprk-deployment', 'kursk-incursion'];

	it.each(ongoing)('%s is an open end at the article’s date, shown on it and worded as continuing', (id) => {
		const f = feature(id);
		const t = f.properties.time;
		expect(t.ongoing).toBe(true);
		expect(t.end).toBe(ARTICLE);
		const k = timeKeys(f.properties.kind, t);
		// Shown on every day from 1 February to the article's date (the battle used to end on 31 January,
		// the deployment on 31 December).
		for (let d = toDay('2025-01-01'); d <= articleDay; d++) expect(visibilityAt(k, d)).not.toBe('hidden');
		expect(formatTime(t)).toContain('still going on at 6 Feb 2025');
	});

	it('keeps their starts: the incursion in August 2024, the deployment in December 2024, the battle by January 2025', () => {
		expect(feature('kursk-incursion').properties.time.start).toBe('2024-08-01');
		expect(feature('kursk-dprk-deployment').properties.time.start).toBe('2024-12-01');
		expect(feature('pokrovsk-battle').properties.time.start).toBe('2025-01-01');
	});

	it('rests each open end on what the article says at its date', () => {
		const deployment = feature('kursk-dprk-deployment').properties.claims;
		expect(
			deployment.some(
				(c) => c.date === '2025-02-04' && c.text.includes('deployed to the Russian Kursk region')
			)
		).toBe(true);
		const battle = feature('pokrovsk-battle')
			.properties.claims.map((c) => c.text)
			.join(' ');
		expect(battle).toContain('launched an intensive battle to capture');
		expect(battle).toContain('fighting in Pokrovsk');
	});

	it('is given to no fact the article does not show as going on', () => {
		const open = dataset.features.filter((f) => f.properties.time.ongoing).map((f) => f.id);
		expect(open.sort()).toEqual([...ongoing].sort());
	});
});

describe('undated statements', () => {
	const undated = [
		'kursk-dprk-casualties',
		'kursk-dprk-conduct',
		'kursk-dprk-reinforcements',
		'isw-donetsk-estimate',
		'minerals-seized',
		'new-brigades-paused'
	];

	it.each(undated)('%s is undated, reported by the article’s date, and never an event of a day', (id) => {
		const fact = facts.find((f) => f.id === id);
		if (!fact) throw new Error(`${id} is missing`);
		expect(fact.time).toMatchObject({ start: ARTICLE, precision: 'undated' });
		expect(fact.time.end).toBeUndefined();
		expect(formatTime(fact.time)).toBe('undated; reported by 6 Feb 2025');
		const k = timeKeys('report', fact.time);
		expect(visibilityAt(k, articleDay - 1)).toBe('hidden');
		for (let d = articleDay; d < articleDay + 60; d++) expect(visibilityAt(k, d)).toBe('uncertain');
	});

	it('covers every fact whose note says the article does not date it', () => {
		const saysUndated = facts.filter((f) =>
			/not dated in the article|does not date/i.test(f.time.note ?? '')
		);
		expect(saysUndated.map((f) => f.id).sort()).toEqual([...undated].sort());
		const precisionUndated = facts.filter((f) => f.time.precision === 'undated').map((f) => f.id);
		expect(precisionUndated.sort()).toEqual([...undated].sort());
	});

	it('no longer sit in the week of publication', () => {
		for (const f of facts) if (f.time.start === '2025-02-03') expect(undated).not.toContain(f.id);
	});
});

describe('claims say who says what, as the article says it', () => {
	it('kursk-dprk-absence: the New York Times is a claimant in its own right', () => {
		const claims = feature('kursk-dprk-absence').properties.claims;
		const nis = claims.find((c) => c.claimant.includes('National Intelligence Service'));
		const nyt = claims.find((c) => c.claimant === 'The New York Times');
		expect(nis?.text).not.toContain('New York Times');
		expect(nis?.date).toBe('2025-02-04');
		expect(nyt?.text).toContain('heavy casualties among North Koreans');
	});

	it('every hedged sentence (“could be”, “appeared to”) is an assessment', () => {
		const hedged = facts.flatMap((f) =>
			f.claims.filter((c) => /could be|appeared to/.test(`${c.text} ${c.qualifier ?? ''}`))
		);
		expect(hedged.length).toBeGreaterThanOrEqual(2);
		for (const c of hedged) expect(c.status, c.text).toBe('assessed');
	});

	it('kursk-dprk-casualties sets the two figures side by side: a claim and an assessment, not disputed', () => {
		const [zelenskyy, nis] = feature('kursk-dprk-casualties').properties.claims;
		expect(zelenskyy).toMatchObject({ claimant: 'Volodymyr Zelenskyy', status: 'claimed' });
		expect(zelenskyy?.text).toContain('4,000');
		expect(nis).toMatchObject({
			claimant: 'National Intelligence Service (South Korea)',
			status: 'assessed'
		});
		expect(nis?.text).toContain('3,000');
		// The article disputes nothing in so many words.
		expect(facts.flatMap((f) => f.claims).filter((c) => c.status === 'disputed')).toEqual([]);
	});
});

it('kursk-command-post-strike is placed at the region the article may mean, with a note saying so', () => {
	const post = feature('kursk-command-post-strike');
	const region = feature('kursk-incursion');
	expect(post.properties.position).toMatchObject({ precision: 'region', region: 'Kursk Oblast' });
	expect(post.properties.position.note).toContain('“in Kursk”');
	expect(post.properties.position.note).toMatch(/city .*or anywhere in the region/);
	expect(post.geometry).toEqual(region.geometry);
});

describe('the article’s facts that were missing', () => {
	it('the 12 new brigades, undated and reportedly', () => {
		const f = figure('new-brigades-paused');
		expect(f.value).toBe('up to 12 new brigades');
		expect(f.claims[0]).toMatchObject({ status: 'unconfirmed', qualifier: 'reportedly' });
	});

	it('the Reuters figures on deliveries, dated as the article dates them', () => {
		const dollars = figure('us-aid-2024-delivered-by-november');
		expect(dollars.value).toBe('just about half');
		expect(dollars.time).toMatchObject({ start: '2024-11-01', precision: 'month' });
		const vehicles = figure('us-armoured-vehicles-2024-early-december');
		expect(vehicles.value).toBe('only about 30 percent');
		expect(vehicles.time).toMatchObject({ start: '2024-12-01', precision: 'month' });
		for (const f of [dollars, vehicles]) expect(f.claims[0]?.reportedBy).toEqual(['Reuters', 'Al Jazeera']);
		expect(figure('us-aid-2024-04-09').claims[0]?.text).toContain(
			'delayed arms shipments to Ukraine last year'
		);
	});

	it('the loss of the 2023 counteroffensive’s gains, during the year of the delays', () => {
		const f = figure('counteroffensive-2023-gains-lost');
		expect(f.time).toMatchObject({ start: '2024-01-01', end: '2024-12-31', precision: 'month' });
		expect(f.claims[0]?.text).toBe(
			'During this time, Ukraine lost most of the land it had recaptured in a 2023 counteroffensive.'
		);
	});

	it('the Ukrainska Pravda source, relayed through UP', () => {
		const claims = figure('reservists-2025-02-04').claims;
		const source = claims.find((c) => c.claimant === 'An unnamed source');
		expect(source?.reportedBy).toEqual(['Ukrainska Pravda', 'Al Jazeera']);
		expect(source?.text).toContain('“We need to do this to launch the rotation mechanism.”');
	});

	it('Zelenskyy’s words on the Poltava strike', () => {
		const quote = feature('poltava-strike').properties.claims.find((c) =>
			c.text.includes('require guarantees')
		);
		expect(quote).toMatchObject({ claimant: 'Volodymyr Zelenskyy', status: 'claimed' });
		expect(quote?.text).toContain(
			'“This was just one Russian missile, bringing so much pain, suffering, and loss.'
		);
	});
});
