import { describe, expect, it } from 'vitest';
import { COLORS as BASEMAP } from '../style';
import { COLOURS, INK } from './symbology';

function luminance(hex: string): number {
	const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
	const [r, g, b] = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [
		number,
		number,
		number
	];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
	const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
	return (x + 0.05) / (y + 0.05);
}

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
		expect(COLOURS.strikeRecent).not.toBe(COLOURS.strikeHistory);
		expect(luminance(COLOURS.strikeHistory)).toBeGreaterThan(luminance(COLOURS.strikeRecent));
	});
});
