/**
 * One prerendered page per feature, so a shared link to a place unfurls with what it shows. The head
 * tags are written by `hooks.server.ts` from `$lib/server/places.ts`; the page has no `load`, so
 * nothing but the app itself reaches the browser. The App reads the place from the address.
 */
import { placeIds } from '$lib/server/places';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => placeIds().map((id) => ({ id }));
