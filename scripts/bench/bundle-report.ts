/**
 * For the bench (on a normal build, see vite.config.ts): a Vite plugin that records, for every client
 * chunk, how much of its code is maplibre-gl and how much is ours. The client build gives maplibre-gl a chunk of its own
 * (vite.config.ts), so every chunk normally belongs to one owner and its emitted, minified size is
 * that owner's, exactly. Should a chunk still mix both, it is split by an estimate (see `estimated`).
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin, Rollup } from 'vite';

type OutputBundle = Rollup.OutputBundle;
type OutputChunk = Rollup.OutputChunk;

export interface ChunkReport {
	file: string;
	kind: 'js' | 'worker';
	raw: number;
	gzip: number;
	/** Bytes of the emitted code per owner, and the gzip size of each owner's code on its own. */
	parts: Record<'maplibre' | 'app', { raw: number; gzip: number }>;
	/**
	 * Set only on a chunk that mixes app and maplibre-gl modules: its `parts` are then not measured but
	 * split by the modules' share of the rendered code, which is measured before minification. That
	 * overstates the app (maplibre-gl's dist is minified already, the app's code is not).
	 */
	estimated?: true;
	/**
	 * Loaded when the map page opens: SvelteKit's entries and the root layout's and root page's nodes,
	 * and the chunks they import statically. The rest load on demand (a lazy part of
	 * the details panel, a place page, a download).
	 */
	opening?: boolean;
	/** The app's largest modules in this chunk, by rendered (pre-minification) bytes: where to cut. */
	topModules?: { id: string; rendered: number }[];
}

export const isMaplibre = (id: string): boolean =>
	/[\\/]node_modules[\\/](maplibre-gl|@maplibre)[\\/]/.test(id);

const size = (text: string | Uint8Array) => ({
	raw: typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength,
	gzip: gzipSync(text, { level: 9 }).byteLength
});

/** The map page's route files: the root layout and the root page. */
const OPENING_ROUTE = /[\\/]src[\\/]routes[\\/]\+(layout|page)\.svelte$/;
/**
 * SvelteKit's route nodes (`.svelte-kit/generated/client*\/nodes/<n>.js`): each is an entry of the
 * client build, but a page loads only its own route's nodes (the map page: the root layout's and the
 * root page's, not the error page's nor a place or figure page's).
 */
const KIT_NODE = /[\\/]generated[\\/]client(?:-optimized)?[\\/]nodes[\\/]\d+\.js$/;

/** File names of the chunks the map page loads when it opens (see {@link ChunkReport.opening}). */
export function openingChunks(bundle: OutputBundle): Set<string> {
	const chunks = new Map(
		Object.values(bundle)
			.filter((f): f is OutputChunk => f.type === 'chunk')
			.map((c) => [c.fileName, c])
	);
	const isNode = (c: OutputChunk) => c.facadeModuleId !== null && KIT_NODE.test(c.facadeModuleId);
	const holdsOpeningRoute = (c: OutputChunk) =>
		(c.facadeModuleId !== null && OPENING_ROUTE.test(c.facadeModuleId)) ||
		Object.keys(c.modules ?? {}).some((id) => OPENING_ROUTE.test(id));
	const roots = [...chunks.values()].filter((c) => (c.isEntry && !isNode(c)) || holdsOpeningRoute(c));
	const seen = new Set<string>();
	const queue = roots.map((c) => c.fileName);
	while (queue.length > 0) {
		const name = queue.pop()!;
		if (seen.has(name)) continue;
		seen.add(name);
		queue.push(...(chunks.get(name)?.imports ?? []));
	}
	return seen;
}

/**
 * Writes `FT_BENCH_BUNDLE_OUT` (a JSON array of {@link ChunkReport}) after the client build. A chunk
 * whose modules all belong to one owner is that owner's as emitted (bundler glue included). A mixed
 * chunk is split by the owners' shares of the rendered code, with glue that belongs to no module
 * counted as ours, so the app's share is overstated rather than understated.
 */
export function bundleReport(): Plugin {
	return {
		name: 'ft-bench-bundle-report',
		apply: 'build',
		generateBundle(_options, bundle) {
			const out = process.env.FT_BENCH_BUNDLE_OUT;
			const files = Object.values(bundle);
			if (!out || !files.some((f) => f.fileName.startsWith('_app/immutable/'))) return;
			const reports: ChunkReport[] = [];
			const opening = openingChunks(bundle);
			for (const f of files) {
				if (f.type === 'chunk') {
					const whole = size(f.code);
					let lib = 0;
					let own = 0;
					const mods: { id: string; rendered: number }[] = [];
					for (const [id, m] of Object.entries(f.modules)) {
						if (isMaplibre(id)) lib += m.renderedLength;
						else {
							own += m.renderedLength;
							mods.push({ id: id.replace(process.cwd(), '.'), rendered: m.renderedLength });
						}
					}
					const mixed = lib > 0 && own > 0;
					// One owner: the whole emitted chunk is theirs. Mixed: only an estimate is possible, since
					// a module's rendered code here is from before minification.
					const share = mixed ? lib / (lib + own) : lib > 0 ? 1 : 0;
					const libRaw = Math.round(whole.raw * share);
					const libGzip = Math.round(whole.gzip * share);
					reports.push({
						file: f.fileName,
						kind: 'js',
						...whole,
						parts: {
							maplibre: { raw: libRaw, gzip: libGzip },
							app: { raw: whole.raw - libRaw, gzip: whole.gzip - libGzip }
						},
						...(mixed ? { estimated: true as const } : {}),
						opening: opening.has(f.fileName),
						topModules: mods.sort((a, b) => b.rendered - a.rendered).slice(0, 12)
					});
				} else if (/maplibre-gl-worker.*\.m?js$/.test(f.fileName)) {
					const s = size(f.source);
					reports.push({
						file: f.fileName,
						kind: 'worker',
						...s,
						parts: { maplibre: s, app: { raw: 0, gzip: 0 } }
					});
				}
			}
			writeFileSync(out, JSON.stringify(reports, null, '\t'));
		}
	};
}
