/**
 * How a territory layer is drawn, in one place for the map (`map/territory.ts`) and the key: held
 * ground as a quiet wash under the event symbols, ground gained in the last week stronger and edged,
 * ground lost in the last week in a different hue with a dashed edge, so a reader tells the two apart
 * without relying on colour alone. No MapLibre here (the key imports it too).
 */
export const TERRITORY = {
	/** Held ground: the occupied area as of the day. */
	held: { fill: '#b8322a', opacity: 0.2 },
	/** Gained in the last 7 days: the same hue, stronger, with a solid edge. */
	gained: { fill: '#b8322a', opacity: 0.5, edge: '#7d1d17', edgeWidth: 1.2 },
	/** Lost in the last 7 days: a blue wash with a dashed edge. */
	lost: { fill: '#2b6cb0', opacity: 0.35, edge: '#1c4a7a', edgeWidth: 1.2, dash: [2, 1.5] }
} as const;
