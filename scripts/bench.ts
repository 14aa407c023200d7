/**
 * `npm run bench`: proves that scrubbing stays instant at newsroom scale, by measuring the app and
 * bare MapLibre baselines (bench/pages/) in the same run, on the same machine, with the same data —
 * the real geo/ data, 100,000 synthetic events (scripts/bench/synthetic.ts), and the app and the
 * best page on the open-csv table's 100,000 rows converted as Open data converts them
 * (scripts/bench/acled-dataset.ts) — so the report's ratios mean something even on a slow, shared
 * machine with software WebGL.
 *
 * Builds the bench build if anything it depends on changed (FT_BENCH=1: the `?dataset=` switch,
 * scripts/bench/data-base.ts, and the baseline pages, bench/pages/ with scripts/bench/baseline/,
 * exist only there), serves it on 127.0.0.1 with a tiny static server that stops with the script,
 * and writes bench/results/latest.json and bench/REPORT.md (whose hand-written notes, below a
 * marker line, it keeps: scripts/bench/report-file.ts).
 *
 * Two more measures, each against its own yardstick in turns (A, B, A, B…):
 * - `open-csv` (issue #17): the app on the real data, then a 100,000-row synthetic table in ACLED's
 *   layout (scripts/bench/acled-csv.ts, written into the bench build) dropped on the map, timed from
 *   the drop to the settled map showing it; the baseline, bench/pages/open-csv.html, reads the same
 *   file from a file input and parses it with the same CSV library and options in a worker.
 * - `embed` (issue #16): cold loads of `/?embed` at 600×400 and of the full page at 1280×800, real
 *   data, and the JS bytes each one requests (as the browser saw them) until its map is drawn.
 *
 * Options (env): BENCH_RUNS (cold loads per target, default 3), BENCH_STEPS (scrub steps per sweep,
 * default 100), BENCH_SCRUB_ROUNDS (sweeps per page in turns, default 3; the setFilter pages sweep once),
 * BENCH_PORT (default 4194), BENCH_BUILD=always|never|auto, BENCH_ONLY (which measures: the targets
 * "app", "naive", "global-state", "best", and "open-csv", "embed"; e.g. "app,best" or "embed"; all
 * by default), BENCH_DATASETS (the scrub targets' data, e.g. "synthetic"; "real-no-territory" is
 * measured for the app only, in turns with the app on the real data; open-csv and embed always use
 * the real data), BENCH_CSV_RUNS (drops per side for open-csv, default 3), BENCH_EMBED_RUNS (cold
 * loads per side for embed, default 5), BENCH_REPORT_ONLY=1 (rewrite bench/REPORT.md from the last JSON).
 */
import { spawnSync } from 'node:child_process';
import {
	createReadStream,
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser, NO_BROWSER_HELP } from './browser.js';
import type { ChunkReport } from './bench/bundle-report';
import { ACLED_CSV_NAME, ID_PREFIX, writeAcledCsv } from './bench/acled-csv';
import { writeAcledDataset } from './bench/acled-dataset';
import {
	fastDrag,
	installProbe,
	openCsvInApp,
	openCsvInBaseline,
	scrubSteps,
	type DragResult,
	type OpenCsvSample,
	type StepSample
} from './bench/probe';
import { reportWithNotes } from './bench/report-file';
import { summarise, sweep, turnOrder, type Summary } from './bench/stats';
import { writeSynthetic } from './bench/synthetic';
import { WITHOUT_TERRITORY, writeWithoutTerritory } from './bench/without-territory';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILD_DIR = 'build-bench';
const OUT_DIR = '.sk-bench';
const BUILD = join(ROOT, BUILD_DIR);
const RESULTS = join(ROOT, 'bench', 'results');
const BUNDLE_JSON = join(RESULTS, 'bundle.json');
const STAMP = join(BUILD, '.bench-stamp');
const SYNTHETIC = { name: 'synthetic-100k', count: 100_000, seed: 20_240_101 } as const;
/** The table `open-csv` drops on the app, under the build's bench-data/ (not committed). */
const ACLED_CSV = { dir: 'open-csv', count: 100_000, seed: 20_240_317 } as const;
/** The same table converted as Open data converts it (./bench/acled-dataset.ts): scrubbed by the app and the best page. */
const ACLED_DATASET = 'acled-100k';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const STEPS = Number(process.env.BENCH_STEPS ?? 100);
/** Sweeps per page of the pages whose steps are compared closely (see `scrubInTurns`). */
const SCRUB_ROUNDS = Number(process.env.BENCH_SCRUB_ROUNDS ?? 3);
const DRAG_FRAMES = 60;
const PORT = Number(process.env.BENCH_PORT ?? 4194);
/** The whole bench must stop by itself, whatever hangs. */
const HARD_LIMIT_MS = 25 * 60_000;
const VIEWPORT = { width: 1280, height: 800 };
const CSV_RUNS = Number(process.env.BENCH_CSV_RUNS ?? 3);
const EMBED_RUNS = Number(process.env.BENCH_EMBED_RUNS ?? 5);
/** Issue #16: the embed in an article's iframe. */
const EMBED_VIEWPORT = { width: 600, height: 400 };

/** The budgets the README states; checked from the ratios of one run. */
export const BUDGETS = {
	stepVsBest: 1.25,
	stepVsNaive: 10,
	coldVsBare: 1.25,
	appGzipKiB: 60,
	longTaskMs: 50,
	/** Issue #14: the territory layer's cost, the same page with and without it. */
	territory: 1.15,
	/** Issue #16: the embed at 600×400, cold load to idle ÷ the full page's at 1280×800. */
	embedVsFull: 1.1
} as const;

type TargetId = 'app' | 'naive' | 'global-state' | 'best';
/** Measures beside the scrub targets, each selectable in BENCH_ONLY. */
type ExtraId = 'open-csv' | 'embed';
const EXTRAS: ExtraId[] = ['open-csv', 'embed'];
/** A track window wider than any data: the app clamps it to the data's whole range. */
const WHOLE_RANGE = '1900-01-01..2100-12-31';
type DatasetId = 'real' | typeof WITHOUT_TERRITORY | 'synthetic' | 'acled';
const DATASET_LABEL: Record<DatasetId, string> = {
	real: 'real',
	[WITHOUT_TERRITORY]: 'real, no territory',
	synthetic: '100k',
	acled: '100k table'
};
/**
 * The data sets only the app and the best page scrub: the table's events are the budget's second
 * test of the same technique (issue #17), and the setFilter pages would add minutes and no budget.
 */
const VS_BEST_ONLY: readonly DatasetId[] = ['acled'];
/** Where a target reads a data set (the site's own data needs no parameter). */
const DATASET_QUERY: Record<DatasetId, string> = {
	real: '',
	[WITHOUT_TERRITORY]: `?dataset=${WITHOUT_TERRITORY}`,
	synthetic: `?dataset=${SYNTHETIC.name}`,
	acled: `?dataset=${ACLED_DATASET}`
};
const TARGETS: { id: TargetId; path: string; slider: string; what: string }[] = [
	// The app's track opens on a window of the densest weeks, and its slider spans that window; the
	// widest window (clamped to the data's range) makes it span the whole range, as the bare pages' do.
	{ id: 'app', path: `/?win=${WHOLE_RANGE}`, slider: '[data-testid="date-slider"]', what: 'the app' },
	{
		id: 'naive',
		path: '/bench/naive.html',
		slider: '#slider',
		what: 'MapLibre, setFilter with the day literal'
	},
	{
		id: 'global-state',
		path: '/bench/global-state.html',
		slider: '#slider',
		what: "MapLibre, filter on ['global-state','t']"
	},
	{ id: 'best', path: '/bench/best.html', slider: '#slider', what: 'MapLibre, feature-state diff, no filter' }
];
const BASELINES: TargetId[] = ['naive', 'global-state', 'best'];

const log = (...a: unknown[]) => console.error('[bench]', ...a);

// ---------------------------------------------------------------- build

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = st.mtimeMs;
	for (const name of readdirSync(path)) {
		if (name === 'node_modules' || name === 'results' || name.startsWith('.')) continue;
		newest = Math.max(newest, newestMtime(join(path, name)));
	}
	return newest;
}

function buildIfNeeded(): void {
	const inputs = [
		'src',
		'geo',
		'static',
		'bench',
		'scripts/bench',
		'vite.config.ts',
		'svelte.config.js',
		'package-lock.json'
	];
	const newest = Math.max(...inputs.map((p) => newestMtime(join(ROOT, p))));
	const mode = process.env.BENCH_BUILD ?? 'auto';
	const stale = !existsSync(STAMP) || statSync(STAMP).mtimeMs < newest || !existsSync(BUNDLE_JSON);
	if (mode === 'never' || (mode === 'auto' && !stale)) {
		log('bench build is up to date');
	} else {
		mkdirSync(RESULTS, { recursive: true });
		const env = {
			...process.env,
			FT_BENCH: '1',
			FT_OUT_DIR: OUT_DIR,
			FT_BUILD_DIR: BUILD_DIR
		};
		mkdirSync(RESULTS, { recursive: true });
		const buildLog = join(RESULTS, 'build.log');
		writeFileSync(buildLog, '');
		const run = (args: string[], runEnv: NodeJS.ProcessEnv = env) => {
			log('$ npx', ...args, `(output in ${buildLog})`);
			const r = spawnSync('npx', args, {
				cwd: ROOT,
				env: runEnv,
				encoding: 'utf8',
				maxBuffer: 64 * 1024 * 1024
			});
			writeFileSync(
				buildLog,
				`${readFileSync(buildLog, 'utf8')}$ npx ${args.join(' ')}\n${r.stdout}${r.stderr}\n`
			);
			if (r.status !== 0) throw new Error(`npx ${args.join(' ')} failed (${r.status}); see ${buildLog}`);
		};
		// tsconfig.json extends the default .svelte-kit/ config, which the bench's own outDir does not write.
		const { FT_OUT_DIR: _skip, ...syncEnv } = env;
		run(['svelte-kit', 'sync'], syncEnv);
		run(['vite', 'build']);
		run(['vite', 'build', '--config', 'bench/vite.config.ts']);
		// The bundle report, on a normal build: the sizes of the code readers get, not the bench's switch.
		const { FT_BENCH: _bench, ...plainEnv } = env;
		run(['vite', 'build'], {
			...plainEnv,
			FT_OUT_DIR: `${OUT_DIR}-plain`,
			FT_BUILD_DIR: `${BUILD_DIR}-plain`,
			FT_BENCH_BUNDLE_OUT: BUNDLE_JSON
		});
		const { bytes } = writeSynthetic(
			join(BUILD, 'bench-data', SYNTHETIC.name),
			SYNTHETIC.count,
			SYNTHETIC.seed
		);
		log(`wrote ${SYNTHETIC.count} synthetic events (${(bytes / 1e6).toFixed(1)} MB)`);
		writeWithoutTerritory(BUILD);
		writeTable();
		writeFileSync(STAMP, new Date().toISOString());
	}
}

const csvPath = () => join(BUILD, 'bench-data', ACLED_CSV.dir, ACLED_CSV_NAME);
/** The table open-csv drops, and the same table converted as Open data converts it (scrubbed as `acled`). */
function writeTable(): void {
	const { bytes } = writeAcledCsv(join(BUILD, 'bench-data', ACLED_CSV.dir), ACLED_CSV.count, ACLED_CSV.seed);
	log(`wrote ${ACLED_CSV.count} synthetic ACLED-layout rows (${(bytes / 1e6).toFixed(1)} MB)`);
	const table = writeAcledDataset(
		join(BUILD, 'bench-data', ACLED_DATASET),
		ACLED_CSV_NAME,
		readFileSync(csvPath(), 'utf8')
	);
	log(`converted them as Open data does: ${table.features} features (${(table.bytes / 1e6).toFixed(1)} MB)`);
}

// ---------------------------------------------------------------- server

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.pbf': 'application/x-protobuf',
	'.txt': 'text/plain',
	'.csv': 'text/csv'
};

/** A static file server for the bench build, on loopback only; prerendered pages resolve as `x.html`. */
function serve(root: string, port: number): Promise<Server> {
	const server = createServer((req, res) => {
		let path: string;
		try {
			path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
		} catch {
			res.writeHead(400).end();
			return;
		}
		const file = [path, `${path}.html`, join(path, 'index.html')]
			.map((p) => normalize(join(root, p)))
			.find((p) => (p === root || p.startsWith(root + sep)) && existsSync(p) && statSync(p).isFile());
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		res.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': statSync(file).size,
			'cache-control': 'no-store'
		});
		createReadStream(file).pipe(res);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => ok(server));
	});
}

// ---------------------------------------------------------------- measuring

interface TargetResult {
	target: TargetId;
	dataset: DatasetId;
	cold: number[];
	coldSummary: Summary;
	steps: StepSample[];
	stepIdle: Summary;
	stepFrame: Summary;
	/** Each sweep's own summary, in the order taken (`steps` and `stepIdle` pool them). */
	sweepIdle: Summary[];
	drag: DragResult;
	/** Data features drawn on screen after load (a sanity check that the page drew anything). */
	drawnFeatures: number;
	range: { min: number; max: number };
	errors: string[];
}

/** tsx keeps function names with a `__name` helper; functions sent to the page need it there too. */
const SHIM = 'globalThis.__name = (f) => f;';

/** The JS a page requested until its map was drawn, as the browser received it (this server sends it uncompressed). */
interface JsBytes {
	bytes: number;
	files: number;
}

async function openPage(
	browser: Browser,
	url: string,
	opts: { viewport?: { width: number; height: number }; js?: boolean } = {}
): Promise<{ page: Page; ms: number; errors: string[]; js?: JsBytes }> {
	const context = await browser.newContext({ viewport: opts.viewport ?? VIEWPORT });
	const page = await context.newPage();
	const errors: string[] = [];
	const js: Promise<number>[] = [];
	if (opts.js) {
		// Every request of the context (the page's and its workers'): a script by type or by name.
		context.on('requestfinished', (req) => {
			if (req.resourceType() !== 'script' && !/\.m?js$/.test(new URL(req.url()).pathname)) return;
			js.push(req.sizes().then((s) => s.responseBodySize));
		});
	}
	page.on('pageerror', (e) => errors.push(String(e)));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	await page.addInitScript({ content: `${SHIM}\n(${installProbe.toString()})();` });
	await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
	const handle = await page.waitForFunction(
		() => (window as unknown as { __benchProbe?: { drawnAt: number | null } }).__benchProbe?.drawnAt ?? null,
		null,
		{ timeout: 180_000, polling: 100 }
	);
	const ms = (await handle.jsonValue()) as number;
	if (!opts.js) return { page, ms, errors };
	const sizes = await Promise.all(js.splice(0));
	return { page, ms, errors, js: { bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length } };
}

/** The days a page's slider spans. */
async function rangeOf(page: Page, slider: string): Promise<{ min: number; max: number }> {
	return page.$eval(slider, (el) => ({
		min: Number((el as HTMLInputElement).min),
		max: Number((el as HTMLInputElement).max)
	}));
}

async function drawnFeatures(page: Page): Promise<number> {
	return page.evaluate(() => {
		type M = {
			getStyle(): { layers: { id: string; source?: string }[] };
			queryRenderedFeatures(o: { layers: string[] }): unknown[];
		};
		const map = (window as unknown as { __frontline: { map: M } }).__frontline.map;
		const layers = map
			.getStyle()
			.layers.filter((l) => l.source === 'ft-data')
			.map((l) => l.id);
		return map.queryRenderedFeatures({ layers }).length;
	});
}

const urlOf = (target: TargetId, dataset: DatasetId) => {
	const path = TARGETS.find((x) => x.id === target)!.path;
	const query = DATASET_QUERY[dataset];
	return `http://127.0.0.1:${PORT}${path}${query && path.includes('?') ? `&${query.slice(1)}` : query}`;
};

/**
 * Cold loads of several pages taken in turns (A, B, C, then C, B, A…), so that pages compared with
 * each other (the app and the bare pages on one data set, the app with and without the territory
 * layer) share the machine's moments of load and calm: on this shared machine one 100k load can take
 * 13 s or 26 s minutes apart (app ÷ naive per pair taken in turns ranged 1.03–1.84 over 8 pairs on
 * 2 Dec 2026), so a block of one page's loads against a block of another's measures the machine.
 */
async function coldInTurns(browser: Browser, urls: readonly string[]): Promise<number[][]> {
	const out: number[][] = urls.map(() => []);
	for (let i = 0; i < RUNS - 1; i++) {
		for (const k of turnOrder(urls.length, i)) {
			const { page, ms } = await openPage(browser, urls[k]!);
			out[k]!.push(ms);
			log(`${urls[k]} cold load ${i + 1}/${RUNS} (in turns): ${Math.round(ms)} ms`);
			await page.context().close();
		}
	}
	return out;
}

interface KeepOptions {
	/** Cold loads already taken (in turns with another page); one more is taken to keep a page open. */
	cold?: number[];
	/** Sweep these days instead of the page's own slider range (so a pair steps through the same days). */
	range?: { min: number; max: number };
}

/** A page kept open after its last cold load, to be scrubbed (in turns with the others) and dragged. */
interface Kept {
	target: TargetId;
	dataset: DatasetId;
	page: Page;
	/** The page's date slider (TARGETS). */
	slider: string;
	errors: string[];
	cold: number[];
	range: { min: number; max: number };
	drawn: number;
	/** The steps of each sweep this page took, in the order taken. */
	sweeps: StepSample[][];
}

/** Takes a page's remaining cold loads and keeps the last one open. */
async function keep(
	browser: Browser,
	target: TargetId,
	dataset: DatasetId,
	opts: KeepOptions = {}
): Promise<Kept> {
	const url = urlOf(target, dataset);
	const cold: number[] = [...(opts.cold ?? [])];
	let last: Awaited<ReturnType<typeof openPage>> | null = null;
	for (let i = cold.length; i < RUNS; i++) {
		if (last) await last.page.context().close();
		last = await openPage(browser, url);
		cold.push(last.ms);
		log(`${target}/${dataset} cold load ${i + 1}/${RUNS}: ${Math.round(last.ms)} ms`);
	}
	const { page, errors } = last!;
	const slider = TARGETS.find((x) => x.id === target)!.slider;
	const range = opts.range ?? (await rangeOf(page, slider));
	return { target, dataset, page, slider, errors, cold, range, drawn: await drawnFeatures(page), sweeps: [] };
}

/**
 * The pages that sweep once: a setFilter page's step takes 5–25 times the app's, so no budget compares
 * it within a margin that the machine's moments could decide, and a sweep of it at 100k takes a minute.
 */
const SWEEPS_ONCE: readonly TargetId[] = ['naive', 'global-state'];

/**
 * The scrub steps of pages compared with each other, in turns: SCRUB_ROUNDS sweeps of the whole range
 * per page (A, B, C, then C, B, A…), each of STEPS inputs, pooled per page. A page's single sweep
 * taken minutes apart from the other's measured the machine as much as the page: on 3 Dec 2026 the
 * same two builds' p95 ratio moved between 1.14 and 1.47 over five runs.
 */
async function scrubInTurns(pages: readonly Kept[]): Promise<void> {
	for (let round = 0; round < SCRUB_ROUNDS; round++) {
		const turn = pages.filter((k) => round === 0 || !SWEEPS_ONCE.includes(k.target));
		for (const i of turnOrder(turn.length, round)) {
			const k = turn[i]!;
			const steps = await sweepOnce(k);
			if (steps.length === 0) continue;
			k.sweeps.push(steps);
			const { median, p95 } = summarise(steps.map((s) => s.idle));
			log(
				`${k.target}/${k.dataset} sweep ${round + 1}: ${steps.length} steps, median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`
			);
		}
	}
}

/** One sweep of the page's range: to its first day (untimed, a warm-up), then STEPS inputs forward. */
async function sweepOnce(k: Kept): Promise<StepSample[]> {
	const timeoutMs = 60_000;
	// A phase that hangs is recorded as an error and the run goes on: one bad page must not lose the report.
	try {
		await k.page.evaluate(scrubSteps, {
			selector: k.slider,
			days: [k.range.min, k.range.min + 1, k.range.min],
			timeoutMs
		});
		return await k.page.evaluate(scrubSteps, {
			selector: k.slider,
			days: sweep(k.range.min, k.range.max, STEPS + 1).slice(1),
			timeoutMs
		});
	} catch (e) {
		k.errors.push(`scrub steps: ${e instanceof Error ? e.message : String(e)}`);
		return [];
	}
}

/** A fast drag back through the whole range, then the page closes and its numbers are summed up. */
async function finish(k: Kept): Promise<TargetResult> {
	let drag: DragResult = { frames: 0, fps: NaN, mapFps: NaN, settle: NaN, durationMs: NaN, longtasks: [] };
	try {
		// One input per animation frame.
		drag = await k.page.evaluate(fastDrag, {
			selector: k.slider,
			days: sweep(k.range.max, k.range.min, DRAG_FRAMES),
			timeoutMs: 120_000,
			maxMs: 15_000
		});
		log(`${k.target}/${k.dataset} drag ${drag.fps.toFixed(1)} fps, ${drag.mapFps.toFixed(1)} map renders/s`);
	} catch (e) {
		k.errors.push(`fast drag: ${e instanceof Error ? e.message : String(e)}`);
	}
	await k.page.context().close();
	const steps = k.sweeps.flat();
	return {
		target: k.target,
		dataset: k.dataset,
		cold: k.cold,
		coldSummary: summarise(k.cold),
		steps,
		stepIdle: summarise(steps.map((s) => s.idle)),
		stepFrame: summarise(steps.map((s) => s.frame)),
		sweepIdle: k.sweeps.map((w) => summarise(w.map((s) => s.idle))),
		drag,
		drawnFeatures: k.drawn,
		range: k.range,
		errors: k.errors
	};
}

/** Issue #17: the app's drop → map of a 100k table, against a bare parse of the same file. */
interface OpenCsvResult {
	file: { name: string; bytes: number; rows: number };
	app: OpenCsvSample[];
	baseline: { total: number; rows: number }[];
	appSummary: Summary;
	baselineSummary: Summary;
	/** Median drop → map ÷ median bare parse. */
	ratio: number;
	errors: string[];
}

async function measureOpenCsv(browser: Browser): Promise<OpenCsvResult> {
	const args = {
		url: `/bench-data/${ACLED_CSV.dir}/${ACLED_CSV_NAME}`,
		name: ACLED_CSV_NAME,
		timeoutMs: 240_000
	};
	const app: OpenCsvSample[] = [];
	const baseline: { total: number; rows: number }[] = [];
	const errors: string[] = [];
	for (let i = 0; i < CSV_RUNS; i++) {
		// A: the app, opened on the project's data and settled, then the drop.
		const opened = await openPage(browser, urlOf('app', 'real'));
		try {
			const s = await opened.page.evaluate(openCsvInApp, { ...args, idPrefix: ID_PREFIX.toLowerCase() });
			app.push(s);
			log(
				`open-csv app ${i + 1}/${CSV_RUNS}: ${Math.round(s.total)} ms (columns ${Math.round(s.toColumns)}, map ${Math.round(s.toMap)}; ${s.rows} rows, ${s.drawn} drawn)`
			);
		} catch (e) {
			errors.push(`app: ${e instanceof Error ? e.message : String(e)}`);
		}
		errors.push(...opened.errors.map((e) => `app: ${e}`));
		await opened.page.context().close();
		// B: the bare page.
		const context = await browser.newContext({ viewport: VIEWPORT });
		const page = await context.newPage();
		await page.addInitScript({ content: SHIM });
		page.on('pageerror', (e) => errors.push(`baseline: ${String(e)}`));
		try {
			await page.goto(`http://127.0.0.1:${PORT}/bench/open-csv.html`, { waitUntil: 'load', timeout: 60_000 });
			await page.waitForFunction(
				() => (window as unknown as { __bench?: { ready?: boolean } }).__bench?.ready
			);
			const b = await page.evaluate(openCsvInBaseline, args);
			baseline.push(b);
			log(`open-csv baseline ${i + 1}/${CSV_RUNS}: ${Math.round(b.total)} ms (${b.rows} rows)`);
		} catch (e) {
			errors.push(`baseline: ${e instanceof Error ? e.message : String(e)}`);
		}
		await context.close();
	}
	const appSummary = summarise(app.map((s) => s.total));
	const baselineSummary = summarise(baseline.map((b) => b.total));
	const bytes = statSync(csvPath()).size;
	return {
		file: { name: ACLED_CSV_NAME, bytes, rows: ACLED_CSV.count },
		app,
		baseline,
		appSummary,
		baselineSummary,
		ratio: appSummary.median / baselineSummary.median,
		errors
	};
}

/** Issue #16: the embed at 600×400 against the full page at 1280×800, cold loads in turns. */
interface EmbedResult {
	full: number[];
	embed: number[];
	fullSummary: Summary;
	embedSummary: Summary;
	fullJs: JsBytes[];
	embedJs: JsBytes[];
	errors: string[];
}

async function measureEmbed(browser: Browser): Promise<EmbedResult> {
	const sides = [
		{ url: `http://127.0.0.1:${PORT}/`, viewport: VIEWPORT, name: 'full page' },
		{ url: `http://127.0.0.1:${PORT}/?embed`, viewport: EMBED_VIEWPORT, name: 'embed' }
	] as const;
	const out = { times: [[], []] as number[][], js: [[], []] as JsBytes[][], errors: [] as string[] };
	for (let i = 0; i < EMBED_RUNS; i++) {
		for (const k of [0, 1] as const) {
			const { page, ms, js, errors } = await openPage(browser, sides[k].url, {
				viewport: sides[k].viewport,
				js: true
			});
			out.times[k]!.push(ms);
			out.js[k]!.push(js!);
			out.errors.push(...errors.map((e) => `${sides[k].name}: ${e}`));
			log(
				`embed: ${sides[k].name} cold load ${i + 1}/${EMBED_RUNS}: ${Math.round(ms)} ms, ${js!.files} JS files, ${kib(js!.bytes)}`
			);
			await page.context().close();
		}
	}
	return {
		full: out.times[0]!,
		embed: out.times[1]!,
		fullSummary: summarise(out.times[0]!),
		embedSummary: summarise(out.times[1]!),
		fullJs: out.js[0]!,
		embedJs: out.js[1]!,
		errors: out.errors
	};
}

// ---------------------------------------------------------------- report

interface BundleSummary {
	/** All of the app's own JS, the parts loaded on demand included. */
	appJs: { raw: number; gzip: number };
	/** The app's JS the map page loads when it opens (the budget's figure). */
	openingAppJs?: { raw: number; gzip: number };
	maplibreJs: { raw: number; gzip: number };
	worker: { raw: number; gzip: number };
	mixedChunks: number;
	chunks: ChunkReport[];
}

function bundleSummary(): BundleSummary {
	const chunks = JSON.parse(readFileSync(BUNDLE_JSON, 'utf8')) as ChunkReport[];
	const add = (a: { raw: number; gzip: number }, b: { raw: number; gzip: number }) => ({
		raw: a.raw + b.raw,
		gzip: a.gzip + b.gzip
	});
	const zero = { raw: 0, gzip: 0 };
	const js = chunks.filter((c) => c.kind === 'js');
	return {
		appJs: js.map((c) => c.parts.app).reduce(add, zero),
		openingAppJs: js
			.filter((c) => c.opening)
			.map((c) => c.parts.app)
			.reduce(add, zero),
		maplibreJs: js.map((c) => c.parts.maplibre).reduce(add, zero),
		worker: chunks.filter((c) => c.kind === 'worker').reduce((a, c) => add(a, c), zero),
		mixedChunks: js.filter((c) => c.parts.app.raw > 0 && c.parts.maplibre.raw > 0).length,
		chunks
	};
}

interface Machine {
	cpus: number;
	cpuModel: string;
	chromium: string;
	webgl: string;
	node: string;
}

function machine(browserVersion: string, webgl: string): Machine {
	const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
	const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown CPU';
	return {
		cpus: availableParallelism(),
		cpuModel: model,
		chromium: browserVersion,
		webgl,
		node: process.version
	};
}

const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? Math.round(v).toString() : v.toFixed(1)) : '—');
const ratio = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '—');
const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;

interface Check {
	what: string;
	budget: string;
	value: string;
	pass: boolean;
}

/**
 * The ratio of two pages' sweeps taken in the same round, sweep by sweep (`scrubInTurns`): how far the
 * machine moved the pooled ratio. Empty when either page swept once (or a report of an older run).
 */
function bySweep(a: TargetResult, b: TargetResult, f: (s: Summary) => number): string {
	const n = Math.min(a.sweepIdle?.length ?? 0, b.sweepIdle?.length ?? 0);
	if (n < 2) return '';
	const each = Array.from({ length: n }, (_, i) => ratio(f(a.sweepIdle[i]!) / f(b.sweepIdle[i]!)));
	return `; by sweep ${each.join(', ')}`;
}

/** The measures beside the scrub targets, when the run took them. */
interface Extras {
	openCsv?: OpenCsvResult;
	embed?: EmbedResult;
}

function checks(results: TargetResult[], bundle: BundleSummary, extras: Extras = {}): Check[] {
	const get = (t: TargetId, d: DatasetId) => results.find((r) => r.target === t && r.dataset === d);
	const out: Check[] = [];
	const app = get('app', 'synthetic');
	const naive = get('naive', 'synthetic');
	for (const d of ['synthetic', 'acled'] as DatasetId[]) {
		const a = get('app', d);
		const bests = BASELINES.filter((b) => b !== 'naive')
			.map((b) => get(b, d))
			.filter((r): r is TargetResult => !!r);
		if (!a || bests.length === 0) continue;
		const best = bests.reduce((x, y) => (y.stepIdle.p95 < x.stepIdle.p95 ? y : x));
		const r = a.stepIdle.p95 / best.stepIdle.p95;
		out.push({
			what: `scrub step p95 at 100k${d === 'acled' ? " (the ACLED-layout table's events)" : ''}, app ÷ best baseline (${best.target})`,
			budget: `≤ ${BUDGETS.stepVsBest}×`,
			value: `${ratio(r)} (${ms(a.stepIdle.p95)} / ${ms(best.stepIdle.p95)} ms${bySweep(a, best, (x) => x.p95)})`,
			pass: r <= BUDGETS.stepVsBest
		});
	}
	if (app && naive) {
		const r = naive.stepIdle.p95 / app.stepIdle.p95;
		out.push({
			what: 'scrub step p95 at 100k, naive setFilter ÷ app',
			budget: `≥ ${BUDGETS.stepVsNaive}×`,
			value: `${ratio(r)} (${ms(naive.stepIdle.p95)} / ${ms(app.stepIdle.p95)} ms)`,
			pass: r >= BUDGETS.stepVsNaive
		});
	}
	for (const d of ['real', 'synthetic'] as DatasetId[]) {
		const a = get('app', d);
		const bare = BASELINES.map((b) => get(b, d)).filter((r): r is TargetResult => !!r);
		if (!a || bare.length === 0) continue;
		const fastest = bare.reduce((x, y) => (y.coldSummary.median < x.coldSummary.median ? y : x));
		const r = a.coldSummary.median / fastest.coldSummary.median;
		out.push({
			what: `cold load median, ${d === 'real' ? 'real data' : '100k events'}, app ÷ fastest bare page (${fastest.target})`,
			budget: `≤ ${BUDGETS.coldVsBare}×`,
			value: `${ratio(r)} (${ms(a.coldSummary.median)} / ${ms(fastest.coldSummary.median)} ms)`,
			pass: r <= BUDGETS.coldVsBare
		});
	}
	const withT = get('app', 'real');
	const withoutT = get('app', WITHOUT_TERRITORY);
	if (withT && withoutT) {
		const step = withT.stepIdle.median / withoutT.stepIdle.median;
		const p95 = withT.stepIdle.p95 / withoutT.stepIdle.p95;
		out.push({
			what: 'scrub step median, real data, app with the territory layer ÷ without it',
			budget: `≤ ${BUDGETS.territory}×`,
			value: `${ratio(step)} (${ms(withT.stepIdle.median)} / ${ms(withoutT.stepIdle.median)} ms${bySweep(withT, withoutT, (s) => s.median)}; p95 ${ratio(p95)})`,
			pass: step <= BUDGETS.territory
		});
		const load = withT.coldSummary.median / withoutT.coldSummary.median;
		out.push({
			what: 'cold load median, real data, app with the territory layer ÷ without it',
			budget: `≤ ${BUDGETS.territory}×`,
			value: `${ratio(load)} (${ms(withT.coldSummary.median)} / ${ms(withoutT.coldSummary.median)} ms)`,
			pass: load <= BUDGETS.territory
		});
	}
	const embed = extras.embed;
	if (embed && embed.full.length > 0 && embed.embed.length > 0) {
		const r = embed.embedSummary.median / embed.fullSummary.median;
		out.push({
			what: 'embed at 600×400, cold load median ÷ the full page at 1280×800, real data',
			budget: `≤ ${BUDGETS.embedVsFull}×`,
			value: `${ratio(r)} (${ms(embed.embedSummary.median)} / ${ms(embed.fullSummary.median)} ms)`,
			pass: r <= BUDGETS.embedVsFull
		});
		// The embed's heaviest opening against the full page's lightest: no run may load more.
		const most = Math.max(...embed.embedJs.map((j) => j.bytes));
		const least = Math.min(...embed.fullJs.map((j) => j.bytes));
		out.push({
			what: 'JS the embed requests until its map is drawn, against the full page’s',
			budget: 'no more',
			value: `${kib(most)} / ${kib(least)}`,
			pass: most <= least
		});
	}
	const opening = bundle.openingAppJs ?? bundle.appJs;
	out.push({
		what: 'app JS beyond maplibre-gl that the map page loads to open, gzip',
		budget: `≤ ${BUDGETS.appGzipKiB} KiB`,
		value: `${kib(opening.gzip)} (${kib(bundle.appJs.gzip)} with the parts loaded on demand)`,
		pass: opening.gzip <= BUDGETS.appGzipKiB * 1024
	});
	const real = get('app', 'real');
	if (real) {
		const worst = Math.max(0, ...real.drag.longtasks);
		out.push({
			what: 'longest main-thread task during a fast drag, real data',
			budget: `≤ ${BUDGETS.longTaskMs} ms`,
			value: real.drag.longtasks.length
				? `${worst} ms (${real.drag.longtasks.length} long tasks)`
				: 'none over 50 ms',
			pass: worst <= BUDGETS.longTaskMs
		});
	}
	return out;
}

/** A plain explanation for a missed budget, from what this run measured. */
function why(c: Check, results: TargetResult[], bundle: BundleSummary): string {
	if (c.what.startsWith('scrub step')) {
		return (
			'the app uses the same technique as the best page (no day in any filter or layout property; ' +
			'feature-state `v` set only on the features whose visibility changed since the codes baked into the ' +
			'data at opening — src/lib/map/visibility-state.ts, source-data.ts), so nothing is re-tiled. Above ' +
			'10,000 points (PLAIN_LIMIT, src/lib/map/layers/symbology.ts) it draws them plainly: one circle layer ' +
			'for every kind (colours by kind, built once per tile), the day read by two paint properties (radius ' +
			'and stroke width), no zoom-dependent size, and a state sent only when a point appears or goes. A CPU ' +
			"profile of 2 Dec 2026 (100k, the same steps) put MapLibre's own work per step (feature-state into " +
			"the tiles' paint arrays, drawing, placement) below the best page's once the plain points were one " +
			'layer instead of one per kind (each layer that reads the day makes MapLibre walk every changed ' +
			'feature through its bucket in every tile). What the app adds on a step is its own: the Svelte ' +
			"update (about 5 ms; the day's three passes over typed arrays in it, src/lib/time/day-codes.ts, " +
			'src/lib/map/visibility-state.ts and src/lib/timeline/visible.ts, take about 1.1 ms together at ' +
			'100k since 3 Dec 18:17, from 1.8–2 ms, timed in Node in turns) and the UI ' +
			'around the map, laid out, painted, rastered and composited by the same software renderer before ' +
			"the map's next frame can start. On 2 Dec 2026 the track was most of it: with its overview, rows " +
			"of marks and ticks hidden by CSS in the same page (100k, 3 × 60 steps in turns) the step's p95 " +
			"fell from 81 to 53 ms against the best page's 49. Each of its marks, bars and sub-rows was then " +
			'absolutely placed, so a paint layer of its own, painted again on every step though none moves; ' +
			"laid out in the flow instead (3 Dec 2026, src/lib/timeline/window.ts `lanesOf`), a step's " +
			'painting fell from about 10 to 2.4 ms and its layerizing from 3 to 2 ms (summed over a trace of ' +
			"the same steps), and the event list's items out of view are no longer laid out (its update once " +
			'the slider rests had cost 7–17 ms of layout when it fell inside a step). Full runs: 1.75× on 2 ' +
			'Dec; 1.35×, 1.37×, 1.30×, 0.99× and 1.16× on 3 Dec with one sweep per page, minutes apart; ' +
			"since then each page sweeps three times in turns with the others, and the sweeps' own ratios " +
			'(in the row above) show how far the machine moves this one. What was left in a step on 3 Dec was about ' +
			'4–7 ms of style, layout, paint and layerizing around the map (under 1 ms in the best steps), ' +
			"and the slowest steps hold the map's own frame and a minor garbage collection. In a trace of " +
			"2 × 40 steps (3 Dec 2026) layerizing took about 2–2.9 ms a step; with the day's two lines (track " +
			'and overview) hidden, about 1.2 ms, and with the marks hidden, 0.5 ms. Moving the lines by a ' +
			'transform instead of `left`, size containment on the date and the count, or transparent marks ' +
			'changed nothing beyond the noise. What the marks cost was their clusters: each clipped its count ' +
			'(overflow hidden), which put every count in a paint chunk of its own under its own clip, and each ' +
			'step layerized them all again. Since 4 Dec 06:00 a cluster does not clip (its count is drawn only ' +
			'where its digits fit), and in traces of 40 steps at 100k (4 Dec 2026, the builds in turns) ' +
			"layerizing fell from about 2.0 to 1.2–1.5 ms a step and painting from 1.2–1.3 to 0.8 ms (the best page's: 0.16 and " +
			'0.23 ms); style, layout, pre-paint, paint and layerizing together are now about 4 ms a step ' +
			"against the best page's 1.1. Marks as spans in the role of buttons, or the slider's min and max " +
			'set only when the window moves, changed nothing beyond the noise. At 100k each step of this bench lasts about 400–470 ms to ' +
			'the next frame (software compositing reads the WebGL canvas back), so a wait for the slider to ' +
			"rest counted in time alone runs out inside every step's frame. The side panel's (120 ms) re-drew " +
			'the list and the layer counts between steps whenever its timer beat the next input, and their ' +
			'style and layout (5–15 ms) landed in the next step: in a trace of 60 steps (3 Dec 2026) 5 did, ' +
			'among the slowest. Since 3 Dec 23:00 its rest also needs a frame with no step ' +
			'(src/lib/timeline/after-rest.ts), and no step of the same trace re-draws the list. The address ' +
			'is written only once a scrub rests for 250 ms (src/lib/state/history.ts), between steps here: a ' +
			"SvelteKit replaceState costs about 5 ms. The first sweep after the pages' loads is the slowest " +
			"for both pages, the app's more so (two pages alone, three sweeps in turns: the app's p95 38.5, " +
			"34.2, 28.5 ms, the best page's 35.3, 26.0, 28.6; the app's first sweep gave 1.49× and 1.63× in " +
			"the two full runs of 3 Dec 23:15 and 23:40), so the pooled ratio carries the warm-up of the app's " +
			'larger code as well as the noise.'
		);
	}
	if (c.what.startsWith('cold load') && c.what.includes('territory layer')) {
		return (
			'the same page loads the territory series too: its file (about 1.4 MB of simplified pieces, ' +
			"scripts/territory.ts) is parsed on the main thread and then tiled by MapLibre's worker, of which " +
			"a 2-core machine gets one, after the basemap's six sources (a page-load timing of 2 Dec 2026 put " +
			'that at about 1–1.5 s of the worker). The earlier subset runs of this pair gave 1.35× and 1.11× ' +
			'(README, bench/REPORT.md notes), so the ratio moves with the machine: read it to about ±20 %.'
		);
	}
	if (c.what.startsWith('cold load')) {
		const d: DatasetId = c.what.includes('100k') ? 'synthetic' : 'real';
		const cold = (t: TargetId) => results.find((r) => r.target === t && r.dataset === d)?.coldSummary.median;
		const naive = cold('naive');
		const best = cold('best');
		const paintCost =
			naive && best
				? ` (the bare best page, whose paint reads feature-state, already takes ${ms(best)} ms against the ` +
					`naive page's ${ms(naive)} ms in this run)`
				: '';
		return (
			"the load is CPU-bound: MapLibre's worker, the GPU process and the main thread share this machine's " +
			'cores, so what counts is the total work, and the app does more than a bare page. It parses every ' +
			'feature in the browser before the map sees it, as the bare pages do, but no longer validates data ' +
			"the build has validated (the manifest's digests, src/lib/data/checked.ts; that was about 1 s of main " +
			'thread at 100,000 features), and its layers cost the worker more: above 10,000 points (plain symbology) one circle layer whose colours, ' +
			'opacities and stroke widths read the kind, where the naive page has constants' +
			paintCost +
			', plus area outlines. Since 3 Dec 2026 the app reads ' +
			'each data file as it arrives (decoded, parsed and digested while the larger ones still stream in, ' +
			"src/lib/data/load.ts) and adds its data layers at the style's load rather than the map's (which " +
			"waits for the basemap's tiles to be drawn, and those waited behind the parsing): in a CPU profile " +
			'of one 100k load (3 Dec 2026, unminified bench build; the profiler slows everything), after the ' +
			'last byte of the 36 MB strikes file the app spent about 0.7 s reading that file, 0.2 s building ' +
			'the render collection and indexes, 0.5 s rendering the page with the data (the data layers first) ' +
			'and 0.85 s copying the data to the worker, which then works about 7.5 s of CPU against the ' +
			"fastest bare page's 6.5–7 s (whose filter leaves the hidden features out of the tiles). The two " +
			'changes together, against the build before them (cold loads in turns): 100k lower in 4 of 4 ' +
			'pairs (15.3 against 16.4 s median), real data lower in 5 of 5 (-6.5 %). Then the events ' +
			"source's tile buffer went from MapLibre's 128 px to 32 (src/lib/map/expressions.ts): a circle is " +
			'drawn only by the tile its centre is in, so the copies of each point in the neighbouring tiles ' +
			'were evaluated by every layer and dropped; 100k lower in 4 of 4 pairs (14.6 against 15.7 s mean, ' +
			"the worker's CPU 6.9 against 7.6 s); the bare pages have had the same buffer since 3 Dec 13:45 " +
			'(it made the naive page about 8 % faster, 4 pairs in turns). Since 3 Dec 15:30 the plain ' +
			'symbology draws no arrows along movement lines (a symbol layer, laid out by the worker and placed ' +
			'again by the main thread as tiles arrive; the selected movement still shows them): 100k lower in ' +
			'4 of 4 pairs (11.7 against 12.9 s mean; the naive page 9.9 s in the same rounds). Measured and not kept ' +
			'(the run-to-run noise is about ±1 s at 100k, ±20 % per pair): points and shapes in two sources, ' +
			'one arrow per movement line instead of one every 70 px, the plain point layer without its sort ' +
			'key (4 pairs, 0.80–1.11×), the data handed to MapLibre as a blob URL of its JSON for the worker ' +
			'to fetch and parse (3 pairs, 17.6 against 15.0 s: slower), and the map data without the string ' +
			'ids (4 pairs, no difference beyond the noise).'
		);
	}
	if (c.what.startsWith('app JS')) {
		const mods = bundle.chunks
			.flatMap((ch) => ch.topModules ?? [])
			.sort((a, b) => b.rendered - a.rendered)
			.slice(0, 6)
			.map((m) => `${m.id.replace(/^.*node_modules\//, '')} (${kib(m.rendered)} before minifying)`);
		return `the largest modules of the app's own code are ${mods.join(', ')}.`;
	}
	if (c.what.startsWith('longest main-thread task')) {
		const bare = results
			.filter((r) => r.dataset === 'real' && r.target !== 'app')
			.map((r) => `${r.target} ${r.drag.longtasks.length ? Math.max(...r.drag.longtasks) : 0} ms`);
		return (
			'the bare MapLibre pages show long tasks of the same size during the same drag ' +
			`(${bare.join(', ')}): with software WebGL a single map frame of this 1280×800 view takes longer than 50 ms, ` +
			'so this budget can only be met on a machine with a GPU.'
		);
	}
	return 'see the numbers below.';
}

/** The scrub targets' time table, how it is measured, and the pages. */
function scrubTables(
	L: string[],
	results: TargetResult[],
	targets: typeof TARGETS,
	trio: (s: Summary) => string
): void {
	L.push('### Time (ms: median / p95 / max)', '');
	L.push(`| measure | data | ${targets.map((t) => t.id).join(' | ')} |`);
	L.push(`| --- | --- | ${targets.map(() => '---').join(' | ')} |`);
	const row = (name: string, d: DatasetId, f: (r: TargetResult) => string) => {
		const cells = targets.map((t) => {
			const r = results.find((x) => x.target === t.id && x.dataset === d);
			return r ? f(r) : '—';
		});
		L.push(`| ${name} | ${DATASET_LABEL[d]} | ${cells.join(' | ')} |`);
	};
	for (const d of Object.keys(DATASET_LABEL) as DatasetId[]) {
		if (!results.some((r) => r.dataset === d)) continue;
		row('cold load → idle, all drawn', d, (r) => trio(r.coldSummary));
		row('scrub step: input → idle', d, (r) => trio(r.stepIdle));
		row('scrub step: input → next frame', d, (r) => trio(r.stepFrame));
		row(
			'fast drag: page fps / map renders per s',
			d,
			(r) => `${r.drag.fps.toFixed(1)} / ${r.drag.mapFps.toFixed(1)}`
		);
		row('fast drag: longest task', d, (r) =>
			r.drag.longtasks.length ? `${Math.max(...r.drag.longtasks)} ms` : '< 50 ms'
		);
	}
	L.push('');
	L.push(
		`Cold load: ${RUNS} runs each, fresh browser context (empty cache), navigation → first MapLibre \`idle\` with the data layers in; on each data set all but the last of each page's loads are taken in turns with the other pages' (A, B, C, then C, B, A). ` +
			`Scrub step: sweeps of ${STEPS} slider inputs across the whole range (dispatched on the page's own slider, so the app's whole path is measured), ` +
			`each timed to \`idle\` and to the next animation frame; the pages stay open and sweep in turns, ${SCRUB_ROUNDS} sweeps each pooled into one sample (the setFilter pages, ${SWEEPS_ONCE.join(' and ')}, sweep once). Fast drag: up to ${DRAG_FRAMES} inputs (at most 15 s of them), one per animation frame, back across the range; long tasks (> 50 ms) observed with PerformanceObserver. Data: **100k** is ${SYNTHETIC.count.toLocaleString('en-GB')} synthetic events in the project's format (scripts/bench/synthetic.ts); **100k table** is the synthetic table in ACLED's layout that open-csv drops (below), converted as Open data converts it in the browser (scripts/bench/acled-dataset.ts) and loaded as a data set, by the app and the best page only.`,
		''
	);
	L.push('Pages: ' + targets.map((t) => `**${t.id}** — ${t.what}`).join('; ') + '.', '');
}

function markdown(
	results: TargetResult[],
	bundle: BundleSummary,
	m: Machine,
	cs: Check[],
	date: string,
	extras: Extras = {}
): string {
	const L: string[] = [];
	const targets = TARGETS.filter((t) => results.some((r) => r.target === t.id));
	L.push('## Performance', '');
	L.push(
		`Measured by \`npm run bench\` on ${date}: ${m.cpus} CPU cores (${m.cpuModel}), Chromium ${m.chromium} headless, ${m.webgl}, Node ${m.node}. ` +
			`Every number below comes from one run, so the ratios compare the app with bare MapLibre on the same machine at the same time; ` +
			`absolute times on a machine with a GPU are far lower.`,
		''
	);
	L.push('### Budgets', '');
	L.push('| budget | limit | this run | |', '| --- | --- | --- | --- |');
	for (const c of cs) L.push(`| ${c.what} | ${c.budget} | ${c.value} | ${c.pass ? 'met' : '**missed**'} |`);
	L.push('');
	const missed = cs.filter((c) => !c.pass);
	if (missed.length > 0) {
		L.push('### Why a budget is missed', '');
		for (const c of missed) L.push(`- **${c.what}**: ${why(c, results, bundle)}`);
		L.push('');
	}
	const trio = (s: Summary) => `${ms(s.median)} / ${ms(s.p95)} / ${ms(s.max)}`;
	// A run of the other measures only (BENCH_ONLY=open-csv,embed) has no scrub table.
	if (targets.length > 0) scrubTables(L, results, targets, trio);
	const trioOf = (v: number[]) => trio(summarise(v));
	const csv = extras.openCsv;
	if (csv) {
		L.push('### Open a 100k CSV (issue #17)', '');
		L.push(
			'| measure | ms: median / p95 / max |',
			'| --- | --- |',
			`| app: drop → map settled with the table drawn | ${trio(csv.appSummary)} |`,
			`| app: drop → column step ready (read, parsed) | ${trioOf(csv.app.map((s) => s.toColumns))} |`,
			`| app: "Open N rows" → map settled (converted, validated, drawn) | ${trioOf(csv.app.map((s) => s.toMap))} |`,
			`| baseline: file input → rows parsed in a worker | ${trio(csv.baselineSummary)} |`,
			`| **app ÷ baseline (medians)** | **${ratio(csv.ratio)}** (no budget stated) |`,
			''
		);
		L.push(
			`${csv.app.length} drops and ${csv.baseline.length} baseline parses, in turns, of ${csv.file.name} ` +
				`(${csv.file.rows.toLocaleString('en-GB')} synthetic rows in ACLED's column layout, ${(csv.file.bytes / 1e6).toFixed(1)} MB, ` +
				'scripts/bench/acled-csv.ts). App: the full page on the real data, settled; the file dropped on the map, ' +
				'"Open N rows" clicked as soon as the column step offers it (ACLED\'s columns are guessed), timed to the ' +
				"banner with the map settled and the table's events drawn. Baseline (bench/pages/open-csv.html): the same " +
				"file set on a file input; on `change` a new worker reads its text and parses it with PapaParse and the app's " +
				'options, and posts the row count back: no column step, conversion, validation or map.',
			''
		);
		if (csv.errors.length) L.push(`Errors: ${csv.errors.join('; ')}`, '');
	}
	const embed = extras.embed;
	if (embed) {
		const jsCell = (js: JsBytes[]) =>
			[...new Set(js.map((j) => `${kib(j.bytes)} in ${j.files} files`))].join(', ');
		L.push('### Embed (issue #16)', '');
		L.push(
			'| page | cold load → idle, ms: median / p95 / max | JS requested until drawn |',
			'| --- | --- | --- |',
			`| full page, 1280×800 | ${trio(embed.fullSummary)} | ${jsCell(embed.fullJs)} |`,
			`| \`?embed\`, 600×400 | ${trio(embed.embedSummary)} | ${jsCell(embed.embedJs)} |`,
			''
		);
		L.push(
			`${embed.full.length} cold loads each, in turns (full, embed, full, embed…), real data. JS: the bytes of every ` +
				'script the page and its workers requested until its map was drawn, as the browser received them (uncompressed: the bench server does not compress).',
			''
		);
		if (embed.errors.length) L.push(`Errors: ${embed.errors.join('; ')}`, '');
	}
	L.push('### Bundle', '');
	L.push('| part | raw | gzip |', '| --- | --- | --- |');
	if (bundle.openingAppJs)
		L.push(
			`| app JS the map page loads to open | ${kib(bundle.openingAppJs.raw)} | ${kib(bundle.openingAppJs.gzip)} |`
		);
	L.push(`| app JS (everything but maplibre-gl) | ${kib(bundle.appJs.raw)} | ${kib(bundle.appJs.gzip)} |`);
	L.push(`| maplibre-gl JS | ${kib(bundle.maplibreJs.raw)} | ${kib(bundle.maplibreJs.gzip)} |`);
	L.push(`| maplibre-gl worker | ${kib(bundle.worker.raw)} | ${kib(bundle.worker.gzip)} |`);
	L.push('');
	L.push(
		`The files of a normal build (what readers get, without the bench's data switch), as emitted; gzip at level 9. The app JS the map page loads to open is ${(bundle.openingAppJs?.gzip ?? bundle.appJs.gzip).toLocaleString('en-GB')} bytes gzip, against the budget's ${(BUDGETS.appGzipKiB * 1024).toLocaleString('en-GB')} (${BUDGETS.appGzipKiB} KiB).`,
		''
	);
	if (bundle.mixedChunks > 0)
		L.push(
			`${bundle.mixedChunks} chunk(s) mix app and maplibre code; they are split by the modules' share of the code.`,
			''
		);
	return L.join('\n') + '\n';
}

/** Rewrites bench/REPORT.md's numbers; the hand-written notes below its marker are kept. */
function writeReport(md: string): void {
	const path = join(ROOT, 'bench', 'REPORT.md');
	const previous = existsSync(path) ? readFileSync(path, 'utf8') : null;
	writeFileSync(path, reportWithNotes(`# Benchmark report\n\n${md}`, previous));
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
	if (process.env.BENCH_REPORT_ONLY === '1') {
		// Re-renders bench/REPORT.md from the last run's JSON (after a change to the report's wording).
		const last = JSON.parse(readFileSync(join(RESULTS, 'latest.json'), 'utf8')) as {
			date: string;
			machine: Machine;
			bundle: BundleSummary;
			results: TargetResult[];
		} & Extras;
		const extras: Extras = { openCsv: last.openCsv, embed: last.embed };
		const cs = checks(last.results, last.bundle, extras);
		const md = markdown(last.results, last.bundle, last.machine, cs, last.date.slice(0, 10), extras);
		writeReport(md);
		console.log(md);
		return;
	}
	const found = findBrowser();
	if (!found) throw new Error(NO_BROWSER_HELP);
	buildIfNeeded();
	if (!existsSync(join(BUILD, 'bench-data', SYNTHETIC.name, 'data', 'index.json'))) {
		writeSynthetic(join(BUILD, 'bench-data', SYNTHETIC.name), SYNTHETIC.count, SYNTHETIC.seed);
	}
	if (!existsSync(csvPath()) || !existsSync(join(BUILD, 'bench-data', ACLED_DATASET, 'data', 'index.json')))
		writeTable();
	const only: string[] = process.env.BENCH_ONLY?.split(',') ?? [...TARGETS.map((t) => t.id), ...EXTRAS];
	const unknown = only.filter((o) => !TARGETS.some((t) => t.id === o) && !EXTRAS.includes(o as ExtraId));
	if (unknown.length)
		throw new Error(
			`BENCH_ONLY: unknown ${unknown.join(', ')} (known: ${[...TARGETS.map((t) => t.id), ...EXTRAS].join(', ')})`
		);
	if (!existsSync(join(BUILD, 'bench-data', WITHOUT_TERRITORY, 'data', 'index.json')))
		writeWithoutTerritory(BUILD);
	const datasets = (process.env.BENCH_DATASETS?.split(',') ?? Object.keys(DATASET_LABEL)) as DatasetId[];
	const server = await serve(BUILD, PORT);
	const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
	const results: TargetResult[] = [];
	const extras: Extras = {};
	try {
		const webgl = await (async () => {
			const p = await browser.newPage();
			const r = await p.evaluate(() => {
				const gl = document.createElement('canvas').getContext('webgl2');
				const ext = gl?.getExtension('WEBGL_debug_renderer_info');
				return gl ? String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : 'no WebGL';
			});
			await p.close();
			return /swiftshader/i.test(r) ? `software WebGL (SwiftShader: ${r})` : r;
		})();
		const pairTerritory =
			only.includes('app') && datasets.includes('real') && datasets.includes(WITHOUT_TERRITORY);
		for (const d of datasets) {
			// Without the territory layer is measured for the app only, in turns with the app on the real data.
			if (d === WITHOUT_TERRITORY) continue;
			const targets = TARGETS.filter(
				(t) => only.includes(t.id) && (!VS_BEST_ONLY.includes(d) || t.id === 'app' || t.id === 'best')
			).map((t) => t.id);
			const withoutTerritory = pairTerritory && d === 'real' && targets.includes('app');
			// Every page's cold loads but its last (kept open to scrub) in turns with the others'.
			const turns = await coldInTurns(browser, [
				...targets.map((t) => urlOf(t, d)),
				...(withoutTerritory ? [urlOf('app', WITHOUT_TERRITORY)] : [])
			]);
			// Every page kept open after its last cold load, scrubbed in turns with the others, then dragged.
			const kept: Kept[] = [];
			for (const [i, t] of targets.entries()) {
				kept.push(await keep(browser, t, d, { cold: turns[i] }));
				if (withoutTerritory && t === 'app')
					kept.push(
						await keep(browser, 'app', WITHOUT_TERRITORY, {
							cold: turns[targets.length],
							range: kept.at(-1)!.range
						})
					);
			}
			await scrubInTurns(kept);
			for (const k of kept) {
				results.push(await finish(k));
				// Partial results survive a run that is stopped later.
				mkdirSync(RESULTS, { recursive: true });
				writeFileSync(join(RESULTS, 'partial.json'), JSON.stringify({ results }, null, '\t'));
			}
		}
		// A measure that fails is logged and left out: the rest of the run still makes its report.
		const attempt = async <T>(id: ExtraId, f: () => Promise<T>): Promise<T | undefined> => {
			try {
				return only.includes(id) ? await f() : undefined;
			} catch (e) {
				log(`${id} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
				return undefined;
			}
		};
		extras.openCsv = await attempt('open-csv', () => measureOpenCsv(browser));
		extras.embed = await attempt('embed', () => measureEmbed(browser));
		const bundle = bundleSummary();
		const m = machine(browser.version(), webgl);
		const cs = checks(results, bundle, extras);
		const date = new Date().toISOString().slice(0, 10);
		const md = markdown(results, bundle, m, cs, date, extras);
		mkdirSync(RESULTS, { recursive: true });
		writeFileSync(
			join(RESULTS, 'latest.json'),
			JSON.stringify(
				{
					date: new Date().toISOString(),
					machine: m,
					budgets: BUDGETS,
					checks: cs,
					bundle,
					results,
					...extras
				},
				null,
				'\t'
			)
		);
		writeReport(md);
		console.log(md);
		const errs = results.flatMap((r) => r.errors.map((e) => `${r.target}/${r.dataset}: ${e}`));
		if (errs.length) console.log(`Page errors:\n${errs.join('\n')}`);
	} finally {
		await browser.close();
		await new Promise((r) => server.close(r));
	}
}

const watchdog = setTimeout(() => {
	log(`still running after ${HARD_LIMIT_MS / 60_000} min: stopping`);
	process.exit(2);
}, HARD_LIMIT_MS);
watchdog.unref();

main().then(
	() => process.exit(0),
	(e: unknown) => {
		log(e instanceof Error ? (e.stack ?? e.message) : String(e));
		process.exit(1);
	}
);
