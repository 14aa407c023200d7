/**
 * Bench builds only: a Vite plugin that records, for every client chunk, how much of its code is
 * maplibre-gl and how much is ours. A chunk can mix both (the map component and the library it
 * imports), so the split is made per module, from the code the bundler actually emitted.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export interface ChunkReport {
	file: string;
	kind: 'js' | 'worker';
	raw: number;
	gzip: number;
	/** Bytes of the emitted code per owner, and the gzip size of each owner's code on its own. */
	parts: Record<'maplibre' | 'app', { raw: number; gzip: number }>;
	/** The app's largest modules in this chunk, by rendered (pre-minification) bytes: where to cut. */
	topModules?: { id: string; rendered: number }[];
}

const isMaplibre = (id: string): boolean => /[\\/]node_modules[\\/](maplibre-gl|@maplibre)[\\/]/.test(id);

const size = (text: string | Uint8Array) => ({
	raw: typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength,
	gzip: gzipSync(text, { level: 9 }).byteLength
});

/**
 * Writes `FT_BENCH_BUNDLE_OUT` (a JSON array of {@link ChunkReport}) after the client build. The
 * owner split is measured on each module's rendered code; bundler glue that belongs to no module
 * counts as ours, so the app's share is never understated.
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
					// Module code here is from before minification, so a mixed chunk is split by share.
					const share = lib + own === 0 ? 0 : lib / (lib + own);
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
