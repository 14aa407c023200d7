/**
 * What each key does to the chosen day. Kept apart from the slider so the rules (a week, a month, the
 * next event) are tested without a browser, and the slider, the page and the hint all agree.
 */
import { clampDay, type DayRange } from './range';
import { panWindow, span, zoomWindow } from './window';

/** The keys, as shown in the visible keyboard hint. */
export const KEY_HINTS: readonly { keys: string; does: string }[] = [
	{ keys: '← →', does: 'one day' },
	{ keys: 'Shift + ← →', does: 'one week' },
	{ keys: 'PgUp PgDn', does: 'one month' },
	{ keys: 'Home End', does: 'first / last day' },
	{ keys: '[ ]', does: 'previous / next event' },
	{ keys: 'Space', does: 'play / pause' },
	{ keys: '+ −', does: 'zoom the track' },
	{ keys: '< >', does: 'move it' },
	{ keys: '0', does: 'whole range' }
];

/** How much one key press zooms: halves or doubles the days the track shows. */
export const ZOOM_STEP = 2;

/**
 * The track window a key moves to, or null when the key is not a window key. Zooming keeps the chosen
 * day in place when it is on the track (else the window's middle); moving goes half a window.
 */
export function windowForKey(press: KeyPress, win: DayRange, day: number, range: DayRange): DayRange | null {
	const anchor = day >= win.min && day <= win.max ? day : (win.min + win.max) / 2;
	switch (press.key) {
		case '+':
		case '=':
			return zoomWindow(win, 1 / ZOOM_STEP, anchor, range);
		case '-':
		case '_':
		case '−':
			return zoomWindow(win, ZOOM_STEP, anchor, range);
		case '<':
		case ',':
			return panWindow(win, -Math.max(1, Math.round(span(win) / 2)), range);
		case '>':
		case '.':
			return panWindow(win, Math.max(1, Math.round(span(win) / 2)), range);
		case '0':
			return { ...range };
		default:
			return null;
	}
}

export interface KeyPress {
	key: string;
	shiftKey: boolean;
}

/** The same day of the month `delta` months away, kept inside shorter months (31 Jan + 1 month = 28 Feb). */
export function addMonths(day: number, delta: number): number {
	const d = new Date(day * 86_400_000);
	const y = d.getUTCFullYear();
	const m = d.getUTCMonth() + delta;
	const lastOfTarget = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
	const ms = Date.UTC(y, m, Math.min(d.getUTCDate(), lastOfTarget));
	return Math.round(ms / 86_400_000);
}

/** First event day after `day`, or null when none is left: the "next event" key must not wrap around. */
export function nextEventDay(day: number, eventDays: readonly number[]): number | null {
	for (const d of eventDays) if (d > day) return d;
	return null;
}

/** Last event day before `day`, or null. */
export function previousEventDay(day: number, eventDays: readonly number[]): number | null {
	for (let i = eventDays.length - 1; i >= 0; i--) {
		const d = eventDays[i];
		if (d !== undefined && d < day) return d;
	}
	return null;
}

/**
 * The day a key moves to, or null when the key is not a timeline key (so the caller lets the browser
 * handle it). `eventDays` must be sorted ascending.
 */
export function dayForKey(
	press: KeyPress,
	day: number,
	range: DayRange,
	eventDays: readonly number[]
): number | null {
	const week = press.shiftKey ? 7 : 1;
	let next: number | null;
	switch (press.key) {
		case 'ArrowRight':
		case 'ArrowUp':
			next = day + week;
			break;
		case 'ArrowLeft':
		case 'ArrowDown':
			next = day - week;
			break;
		case 'PageUp':
			next = addMonths(day, 1);
			break;
		case 'PageDown':
			next = addMonths(day, -1);
			break;
		case 'Home':
			next = range.min;
			break;
		case 'End':
			next = range.max;
			break;
		case ']':
			next = nextEventDay(day, eventDays) ?? day;
			break;
		case '[':
			next = previousEventDay(day, eventDays) ?? day;
			break;
		default:
			return null;
	}
	return clampDay(next, range);
}
