/**
 * Reads a series from disk: a folder (read directly, recursively) or a `.tar.xz` (unpacked by
 * spawning the system `tar -xJf` into a temporary folder, which is removed afterwards — no
 * decompression library is added to the project). The only module of the converter that touches
 * files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { isSnapshotName, type InputFile } from './convert';

export interface Series {
	files: InputFile[];
	/** Text of the series' licence file (LICENSE, LICENSE.txt, LICENSE.md or COPYING), if it has one. */
	licence?: { name: string; text: string };
	/** Names of the other files found (not snapshots, not the licence). */
	others: string[];
}

const LICENCE_NAME = /^(LICENSE|LICENCE|COPYING)(\.(txt|md))?$/i;

function walk(dir: string): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...walk(path));
		else out.push(path);
	}
	return out;
}

function readFolder(dir: string): Series {
	const series: Series = { files: [], others: [] };
	const seen = new Map<string, string>();
	for (const path of walk(dir)) {
		const name = basename(path);
		if (isSnapshotName(name)) {
			const prev = seen.get(name);
			if (prev) throw new Error(`${prev} and ${path}: two files with the same name`);
			seen.set(name, path);
			series.files.push({ name, text: readFileSync(path, 'utf8') });
		} else if (LICENCE_NAME.test(name) && !series.licence) {
			series.licence = { name, text: readFileSync(path, 'utf8') };
		} else series.others.push(name);
	}
	return series;
}

export function readSeries(path: string): Series {
	if (statSync(path).isDirectory()) return readFolder(path);
	if (!/\.tar\.xz$|\.txz$/i.test(path)) throw new Error(`${path}: expected a folder or a .tar.xz archive`);
	const tmp = mkdtempSync(join(tmpdir(), 'territory-'));
	try {
		const r = spawnSync('tar', ['-xJf', path, '-C', tmp], { encoding: 'utf8' });
		if (r.error)
			throw new Error(`could not run tar (${r.error.message}); unpack ${path} and pass the folder`);
		if (r.status !== 0) throw new Error(`tar -xJf ${path} failed: ${r.stderr.trim()}`);
		return readFolder(tmp);
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}
