/**
 * A build of the site for a sub-path (FT_BASE_PATH), made only when the one on disk is stale: used by
 * e2e/hosting.e2e.ts, which serves it as a host would. The build is stamped with its base path and a
 * hash of everything it is made from (src/, geo/, static/, the configs, the lockfile), so a second
 * run with the same inputs costs nothing and any change makes it again.
 *
 *   node scripts/build-for-path.js                  the build e2e/hosting.e2e.ts serves (`forE2e()`)
 *   node scripts/build-for-path.js <base path> <build dir> <SvelteKit out dir>
 *
 * `npm test` makes the first and then runs the type check, while lint runs beside them (48 s
 * here, against 54 s for lint then check beside this build alone: all of it keeps both cores
 * busy), and the browser suite then finds it up to date; the hosting tests still make it
 * themselves when run on their own with a stale one.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * The sub-path build the hosting tests serve: `$FT_BUILD_DIR-sub` (default build-sub/), with
 * `$FT_OUT_DIR-sub` (default .sk-sub/) as SvelteKit's outDir, for /sub/path.
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ base: string, buildDir: string, outDir: string }}
 */
export function forE2e(env = process.env) {
	return {
		base: '/sub/path',
		buildDir: `${env['FT_BUILD_DIR'] ?? 'build'}-sub`,
		outDir: `${env['FT_OUT_DIR'] ?? '.sk'}-sub`
	};
}

/** The file in the build that records what it was made from. */
const STAMP = '.ft-build-inputs';

/** @param {string} dir @returns {string[]} every file under `dir`, relative to it */
function filesUnder(dir) {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile())
		.map((e) => relative(dir, join(e.parentPath, e.name)));
}

/** @returns {string} a hash of everything the build is made from */
export function buildInputsHash() {
	const hash = createHash('sha256');
	const files = [
		...['src', 'geo', 'static'].flatMap((dir) => filesUnder(dir).map((f) => join(dir, f))),
		'svelte.config.js',
		'vite.config.ts',
		'tsconfig.json',
		'package-lock.json'
	].sort();
	for (const file of files) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
	return hash.digest('hex');
}

/**
 * Builds the site for `base` into `buildDir` unless it was built from the same inputs for the same
 * path; returns whether it built.
 * @param {{ base: string, buildDir: string, outDir: string }} options
 */
export async function ensureBuildForPath({ base, buildDir, outDir }) {
	const stampFile = join(buildDir, STAMP);
	const stamp = `${base}\n${buildInputsHash()}\n`;
	if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return false;
	try {
		await promisify(execFile)(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
			env: { ...process.env, FT_BASE_PATH: base, FT_BUILD_DIR: buildDir, FT_OUT_DIR: outDir },
			maxBuffer: 64 * 1024 * 1024
		});
	} catch (e) {
		const { stdout = '', stderr = '' } = /** @type {{ stdout?: string, stderr?: string }} */ (e);
		throw new Error(`the build for ${base} failed:\n${`${stdout}\n${stderr}`.slice(-4000)}`, { cause: e });
	}
	writeFileSync(stampFile, stamp);
	return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const e2e = forE2e();
	const [base, buildDir, outDir] = args.length === 0 ? [e2e.base, e2e.buildDir, e2e.outDir] : args;
	if (!base || !buildDir || !outDir || args.length > 3) {
		console.error('usage: node scripts/build-for-path.js [<base path> <build dir> <SvelteKit out dir>]');
		process.exit(2);
	}
	const started = Date.now();
	const built = await ensureBuildForPath({ base, buildDir, outDir });
	const took = `${((Date.now() - started) / 1000).toFixed(0)} s`;
	console.log(built ? `built ${buildDir} for ${base} (${took})` : `${buildDir} for ${base} is up to date`);
}
