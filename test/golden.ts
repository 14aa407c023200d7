/**
 * The one golden-file mechanism of the unit tests. A golden is the expected output of a transform,
 * kept as a JSON file beside its input and reviewed as a diff whenever it changes.
 *
 * - A golden that is missing, or that differs from the output, fails the test with a message
 *   naming the file and how to (re)write it.
 * - Goldens are written only when the developer asks, with `UPDATE_GOLDENS=1`:
 *   `UPDATE_GOLDENS=1 npx vitest run <spec files>` (then review `git diff`). They are compared
 *   as parsed JSON, so formatting never fails a test.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The environment variable that allows writing goldens. */
export const UPDATE_ENV = 'UPDATE_GOLDENS';

/** Compares output with the golden's content; throws (an `expect` failure) when they differ. */
export type Compare = (actual: unknown, expected: unknown) => void;

const exact: Compare = (actual, expected) => expect(actual).toEqual(expected);

const pathOf = (file: string | URL): string => (file instanceof URL ? fileURLToPath(file) : file);

/**
 * How a golden file is written: tab-indented JSON, one newline at the end. Prettier leaves every
 * `fixtures/out/` folder alone (`.prettierignore`), so rewriting a golden changes only the values that changed.
 */
export function goldenText(actual: unknown): string {
	return `${JSON.stringify(actual, null, '\t')}\n`;
}

/**
 * Checks `actual` against the golden `file` (a path or a `new URL('./…', import.meta.url)`).
 * With `UPDATE_GOLDENS=1` in the environment the file is (re)written first. `compare` replaces
 * the exact comparison, e.g. with one that allows rounding noise in floating-point output.
 */
export function expectGolden(file: string | URL, actual: unknown, compare: Compare = exact): void {
	const path = pathOf(file);
	const shown = relative(process.cwd(), path);
	const text = goldenText(actual);
	if (process.env[UPDATE_ENV] === '1') {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, text);
	}
	if (!existsSync(path)) {
		throw new Error(
			`Golden file ${shown} is missing. If the output is right, write it with ` +
				`${UPDATE_ENV}=1 npx vitest run <this spec> and review the new file.`
		);
	}
	try {
		compare(JSON.parse(text), JSON.parse(readFileSync(path, 'utf8')));
	} catch (e) {
		// Keep the assertion (and the diff vitest prints from it); say which golden and what to do.
		if (e instanceof Error)
			e.message =
				`output differs from golden file ${shown} (if the change is intended: ` +
				`${UPDATE_ENV}=1 npx vitest run <this spec>, then review git diff): ${e.message}`;
		throw e;
	}
}

/** A folder of fixtures: inputs under `in/`, goldens under `out/`. */
export function fixtureDir(dir: string | URL): {
	/** Parses the JSON input `in/<name>`. */
	input<T>(name: string): T;
	/** Path of the input `in/<name>`. */
	inputPath(name: string): string;
	/** {@link expectGolden} on `out/<name>`. */
	expectGolden(name: string, actual: unknown, compare?: Compare): void;
} {
	const root = pathOf(dir);
	const inputPath = (name: string) => join(root, 'in', name);
	return {
		input: <T>(name: string) => JSON.parse(readFileSync(inputPath(name), 'utf8')) as T,
		inputPath,
		expectGolden: (name, actual, compare) => expectGolden(join(root, 'out', name), actual, compare)
	};
}
