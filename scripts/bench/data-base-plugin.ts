import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const APP_MODULE = fileURLToPath(new URL('../../src/lib/data/base.ts', import.meta.url));
const BENCH_MODULE = fileURLToPath(new URL('./data-base.ts', import.meta.url));

/**
 * Bench build only: every import of `src/lib/data/base.ts`, however it is written (`$lib/data/base`,
 * `./base`), resolves to `./data-base.ts`, which adds the `?dataset=` switch. The app's own build
 * never sees that module.
 */
export function benchDataBase(): Plugin {
	return {
		name: 'ft-bench-data-base',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!/(^|[\\/])base(\.ts)?$/.test(source)) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			return resolved?.id === APP_MODULE ? BENCH_MODULE : null;
		}
	};
}
