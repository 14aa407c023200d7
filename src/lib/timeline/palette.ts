/**
 * Names and colours of the data layers, shared by the layer toggles, the track rows and the list's
 * colour chips. Each colour keeps at least 3:1 contrast against the paper background (#fbfaf7), so
 * a chip or a tick is visible as a non-text element (WCAG 1.4.11).
 */
import type { LayerId } from '$lib/data/types';

export const LAYER_LABELS: Record<LayerId, string> = {
	kursk: 'Kursk',
	pokrovsk: 'Pokrovsk',
	kupiansk: 'Kupiansk',
	'velyka-novosilka': 'Velyka Novosilka',
	strikes: 'Strikes'
};

export const LAYER_COLOURS: Record<LayerId, string> = {
	kursk: '#2f5f8a',
	pokrovsk: '#8a5a00',
	kupiansk: '#5b4a9e',
	'velyka-novosilka': '#2e6b3a',
	strikes: '#b3122e'
};
