/**
 * One prerendered page per figure (figures.json), so a shared link to a figure unfurls with what it
 * says, like a place's page: the head tags are written by `hooks.server.ts` from
 * `$lib/server/places.ts`; the App reads the figure from the address.
 */
import { figureIds } from '$lib/server/places';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => figureIds().map((id) => ({ id }));
