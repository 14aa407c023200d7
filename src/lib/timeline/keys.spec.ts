import { describe, expect, it } from 'vitest';
import { toDay } from '$lib/time/days';
import { addMonths, dayForKey, nextEventDay, previousEventDay, windowForKey } from './keys';

const range = { min: toDay('2024-08-01'), max: toDay('2025-02-06') };
const events = ['2024-12-01', '2025-01-31', '2025-02-01', '2025-02-03'].map(toDay);
const press = (key: string, shiftKey = false) => ({ key, shiftKey });
const at = (iso: string, key: string, shift = false) =>
	dayForKey(press(key, shift), toDay(iso), range, events);

describe('keyboard steps', () => {
	it('moves one day with the arrows', () => {
		expect(at('2025-01-31', 'ArrowRight')).toBe(toDay('2025-02-01'));
		expect(at('2025-01-31', 'ArrowLeft')).toBe(toDay('2025-01-30'));
		expect(at('2025-01-31', 'ArrowUp')).toBe(toDay('2025-02-01'));
		expect(at('2025-01-31', 'ArrowDown')).toBe(toDay('2025-01-30'));
	});

	it('moves one week with Shift and one month with PageUp/PageDown', () => {
		expect(at('2025-01-20', 'ArrowRight', true)).toBe(toDay('2025-01-27'));
		expect(at('2025-01-20', 'ArrowLeft', true)).toBe(toDay('2025-01-13'));
		expect(at('2025-01-05', 'PageUp')).toBe(toDay('2025-02-05'));
		expect(at('2025-01-05', 'PageDown')).toBe(toDay('2024-12-05'));
	});

	it('jumps to the ends with Home/End and never leaves the range', () => {
		expect(at('2025-01-05', 'Home')).toBe(range.min);
		expect(at('2025-01-05', 'End')).toBe(range.max);
		expect(at('2025-02-04', 'ArrowRight', true)).toBe(range.max);
		expect(at('2024-08-02', 'ArrowLeft', true)).toBe(range.min);
		expect(at('2025-02-01', 'PageUp')).toBe(range.max);
	});

	it('jumps to the next and previous event, staying put when there is none', () => {
		expect(at('2025-01-05', ']')).toBe(toDay('2025-01-31'));
		expect(at('2025-01-31', ']')).toBe(toDay('2025-02-01'));
		expect(at('2025-02-03', ']')).toBe(toDay('2025-02-03'));
		expect(at('2025-02-01', '[')).toBe(toDay('2025-01-31'));
		expect(at('2024-11-01', '[')).toBe(toDay('2024-11-01'));
		expect(nextEventDay(0, [])).toBeNull();
		expect(previousEventDay(toDay('2025-02-06'), events)).toBe(toDay('2025-02-03'));
	});

	it('ignores keys that are not timeline keys, so the browser keeps them', () => {
		expect(at('2025-01-05', 'a')).toBeNull();
		expect(at('2025-01-05', 'Tab')).toBeNull();
		expect(at('2025-01-05', ' ')).toBeNull();
	});

	it('adds calendar months, keeping the day inside shorter months', () => {
		expect(addMonths(toDay('2025-01-31'), 1)).toBe(toDay('2025-02-28'));
		expect(addMonths(toDay('2024-01-31'), 1)).toBe(toDay('2024-02-29'));
		expect(addMonths(toDay('2025-03-31'), -1)).toBe(toDay('2025-02-28'));
		expect(addMonths(toDay('2024-12-15'), 1)).toBe(toDay('2025-01-15'));
	});
});

describe('window keys', () => {
	const win = { min: toDay('2025-01-01'), max: toDay('2025-01-31') };
	const key = (k: string, day = '2025-01-16', shiftKey = false) =>
		windowForKey({ key: k, shiftKey }, win, toDay(day), range);

	it('zooms in and out around the chosen day with + and −', () => {
		const inner = key('+');
		expect(inner && inner.max - inner.min).toBe(15);
		expect(inner && inner.min <= toDay('2025-01-16') && inner.max >= toDay('2025-01-16')).toBe(true);
		expect(key('=')).toEqual(inner);
		const outer = key('-');
		expect(outer && outer.max - outer.min).toBe(60);
		expect(key('−')).toEqual(outer);
	});

	it('moves half a window with < and >, stops at the range, and shows it all with 0', () => {
		expect(key('>', undefined, true)).toEqual({ min: range.max - 30, max: range.max });
		expect(key('<', undefined, true)).toEqual({ min: win.min - 15, max: win.max - 15 });
		expect(key('0')).toEqual(range);
		expect(key('a')).toBeNull();
		expect(key('ArrowLeft')).toBeNull();
	});
});
