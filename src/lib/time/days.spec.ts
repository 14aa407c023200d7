import { describe, expect, it } from 'vitest';
import { parseIsoDay, toDay, toIso } from './days';

describe('days', () => {
	it('round-trips real dates', () => {
		for (const iso of ['2024-02-29', '2025-01-31', '2025-02-01', '1970-01-01', '2025-12-31']) {
			expect(toIso(toDay(iso))).toBe(iso);
		}
	});
	it('counts whole days', () => {
		expect(toDay('2025-02-01') - toDay('2025-01-31')).toBe(1);
		expect(toDay('1970-01-02')).toBe(1);
	});
	it('rejects dates that do not exist instead of rolling over', () => {
		for (const bad of [
			'2025-02-30',
			'2025-13-45',
			'2025-2-1',
			'2025-02-01T00:00',
			'',
			'yesterday',
			'2023-02-29'
		]) {
			expect(parseIsoDay(bad)).toBeNull();
		}
		expect(() => toDay('2025-02-30')).toThrow(/not a real date/);
	});
});

describe('parseIsoDay remembers what it parsed', () => {
	it('answers the same for a repeated date, valid or not', () => {
		for (let i = 0; i < 3; i++) {
			expect(parseIsoDay('2025-02-01')).toBe(toDay('2025-02-01'));
			expect(parseIsoDay('2025-02-30')).toBeNull();
		}
	});

	it('stays right after more distinct inputs than it keeps', () => {
		for (let i = 0; i < 12_000; i++) parseIsoDay(`x${i}`);
		expect(parseIsoDay('2024-02-29')).toBe(toDay('2024-02-29'));
		expect(parseIsoDay('2023-02-29')).toBeNull();
	});
});
