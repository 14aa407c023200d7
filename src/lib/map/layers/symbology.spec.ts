import { describe, expect, it } from 'vitest';
import { COLORS as BASEMAP } from '../style';
import { COLOURS, FILL_OPACITY, INK, RADII } from './symbology';
import { contrast } from '$lib/ui/contrast';

describe('data symbol colours', () => {
	// The colour that outlines each kind on the map (see edgeColour in expressions.ts).
	const edges = {
		strike: COLOURS.strikeRecent,
		strikeHistory: COLOURS.strikeHistory,
		capture: INK,
		claim: COLOURS.claim,
		report: COLOURS.reportStroke,
		area: COLOURS.areaStroke,
		battle: COLOURS.battle,
		movement: COLOURS.movement
	};

	it('keep at least 3:1 against every basemap fill (WCAG non-text contrast)', () => {
		for (const [kind, colour] of Object.entries(edges)) {
			for (const ground of [BASEMAP.land, BASEMAP.ukraine, BASEMAP.sea]) {
				expect(contrast(colour, ground), `${kind} on ${ground}`).toBeGreaterThanOrEqual(3);
			}
		}
	});

	it('keep recent strikes apart from earlier ones', () => {
		// Same colour (colours depend on the kind only); an older strike is smaller and fainter.
		expect(RADII.strikeHistory).toBeLessThan(RADII.strikeRecent);
		expect(FILL_OPACITY.strikeHistory).toBeLessThan(FILL_OPACITY.recent);
	});
});
