import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BENCH_DATASETS, dataBase } from './data-base';

const ORIGIN = 'http://127.0.0.1:4194';

/** A page at `search`, with the tab's sessionStorage surviving between "loads". */
let store: Map<string, string>;
const open = (search: string) => {
	vi.stubGlobal('location', { search });
	return dataBase(ORIGIN);
};

beforeEach(() => {
	store = new Map();
	vi.stubGlobal('sessionStorage', {
		getItem: (k: string) => store.get(k) ?? null,
		setItem: (k: string, v: string) => void store.set(k, v)
	});
});
afterEach(() => vi.unstubAllGlobals());

describe('the bench build’s data base', () => {
	it('reads the site’s own data without ?dataset=', () => {
		expect(open('')).toBe(ORIGIN);
	});

	it('reads a bench data set named by ?dataset=', () => {
		expect(BENCH_DATASETS).toContain('synthetic-100k');
		expect(open('?dataset=synthetic-100k&date=2025-01-01')).toBe(`${ORIGIN}/bench-data/synthetic-100k`);
	});

	it('keeps the data set on a reload whose address lost the parameter', () => {
		open('?dataset=synthetic-100k');
		expect(open('?date=2025-01-01')).toBe(`${ORIGIN}/bench-data/synthetic-100k`);
	});

	it('goes back to the site’s data with ?dataset=real, and ignores unknown names', () => {
		open('?dataset=synthetic-100k');
		expect(open('?dataset=real')).toBe(ORIGIN);
		expect(open('')).toBe(ORIGIN);
		expect(open('?dataset=../../etc')).toBe(ORIGIN);
	});

	it('still follows the address when storage is unavailable', () => {
		vi.stubGlobal('sessionStorage', {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('denied');
			}
		});
		expect(open('?dataset=synthetic-100k')).toBe(`${ORIGIN}/bench-data/synthetic-100k`);
		expect(open('')).toBe(ORIGIN);
	});
});
