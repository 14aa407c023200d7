import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectGolden, fixtureDir, goldenText, UPDATE_ENV } from './golden';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'golden-'));
	vi.stubEnv(UPDATE_ENV, '');
});
afterEach(() => {
	vi.unstubAllEnvs();
	rmSync(dir, { recursive: true, force: true });
});

describe('expectGolden', () => {
	it('fails when the golden is missing, says how to write it, and writes nothing', () => {
		const file = join(dir, 'out', 'a.json');
		expect(() => expectGolden(file, { a: 1 })).toThrow(/missing.*UPDATE_GOLDENS=1 npx vitest run/);
		expect(existsSync(file)).toBe(false);
	});

	it('fails when the output differs from the golden, and leaves the golden as it was', () => {
		const file = join(dir, 'a.json');
		writeFileSync(file, goldenText({ a: 1 }));
		expect(() => expectGolden(file, { a: 2 })).toThrow(/differs from golden file.*UPDATE_GOLDENS=1/);
		expect(readFileSync(file, 'utf8')).toBe(goldenText({ a: 1 }));
	});

	it('passes when the output equals the golden', () => {
		const file = join(dir, 'a.json');
		writeFileSync(file, goldenText({ a: [1, 2], b: 'x' }));
		expect(() => expectGolden(file, { b: 'x', a: [1, 2] })).not.toThrow();
	});

	it('writes (and then passes) only with UPDATE_GOLDENS=1', () => {
		const file = join(dir, 'out', 'new.json');
		vi.stubEnv(UPDATE_ENV, '1');
		expectGolden(file, { a: 1 });
		expect(readFileSync(file, 'utf8')).toBe('{\n\t"a": 1\n}\n');
		expectGolden(file, { a: 2 });
		expect(readFileSync(file, 'utf8')).toBe('{\n\t"a": 2\n}\n');
	});

	it('uses a custom comparison when given one, and still fails on a real difference', () => {
		const file = join(dir, 'n.json');
		writeFileSync(file, goldenText({ x: 1 }));
		const close = (a: unknown, e: unknown) =>
			expect(Math.abs((a as { x: number }).x - (e as { x: number }).x)).toBeLessThan(1e-6);
		expect(() => expectGolden(file, { x: 1 + 1e-9 }, close)).not.toThrow();
		expect(() => expectGolden(file, { x: 1.1 }, close)).toThrow(/differs from golden file/);
	});
});

describe('fixtureDir', () => {
	it('reads inputs from in/ and checks goldens in out/', () => {
		const f = fixtureDir(new URL(`file://${dir}/`));
		mkdirSync(join(dir, 'in'));
		writeFileSync(join(dir, 'in', 'i.json'), '{"n": 3}');
		expect(f.inputPath('i.json')).toBe(join(dir, 'in', 'i.json'));
		expect(f.input<{ n: number }>('i.json')).toEqual({ n: 3 });
		expect(() => f.expectGolden('g.json', { ok: true })).toThrow(/missing/);
		vi.stubEnv(UPDATE_ENV, '1');
		f.expectGolden('g.json', { ok: true });
		expect(JSON.parse(readFileSync(join(dir, 'out', 'g.json'), 'utf8'))).toEqual({ ok: true });
	});
});
