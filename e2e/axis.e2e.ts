/**
 * The time axis end to end, on a desktop and a phone: the track opens on the window where the data
 * is densest (the overview shows it inside the whole range), no two marks overlap there, the wheel,
 * a drag on the overview and the keys move the window without moving the chosen day or making the
 * map do any work, crowded marks merge into a counted cluster that lists them, the figures have a
 * row of their own, and the window survives a link.
 */
import type { Page } from '@playwright/test';
import { FT_SOURCE } from '../src/lib/map/expressions';
import { expect, openApp, sharedApp, test, waitForMapIdle, withApp } from './fixtures';

const DAY_MS = 86_400_000;
const iso = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);
const day = (s: string) => Date.parse(`${s}T00:00:00Z`) / DAY_MS;

interface Box {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Every mark and cluster the detail track draws, with its box on screen. */
async function markBoxes(page: Page): Promise<Box[]> {
	return page.locator('.rows .mark').evaluateAll((els) =>
		els.map((e) => {
			const r = e.getBoundingClientRect();
			const id = e.getAttribute('data-id') ?? e.getAttribute('data-ids') ?? '?';
			return { id, x: r.x, y: r.y, width: r.width, height: r.height };
		})
	);
}

/** Pairs of marks whose boxes overlap (by more than a rounding error). */
function overlaps(boxes: Box[]): string[] {
	const out: string[] = [];
	const e = 0.5;
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i]!;
			const b = boxes[j]!;
			const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
			const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
			if (x > e && y > e) out.push(`${a.id} × ${b.id}`);
		}
	return out;
}

async function sliderWindow(page: Page): Promise<{ min: number; max: number }> {
	const slider = page.getByTestId('date-slider');
	return { min: Number(await slider.getAttribute('min')), max: Number(await slider.getAttribute('max')) };
}

/** Screen x of a day on the detail track (the rows lie between the thumb's centres). */
async function xOfDay(page: Page, d: number): Promise<{ x: number; y: number }> {
	const box = await page.locator('.rows').boundingBox();
	if (!box) throw new Error('no rows');
	const w = await sliderWindow(page);
	return { x: box.x + ((d - w.min) / (w.max - w.min)) * box.width, y: box.y + box.height / 2 };
}

/** Moves the shared page to `iso` (the window stays the opening one) and waits for the map. */
async function goToDay(page: Page, iso: string): Promise<void> {
	await withApp(page, ({ app }, d) => app.setDate(d), day(iso));
	await expect(page.getByTestId('date-slider')).toHaveValue(String(day(iso)));
	await waitForMapIdle(page);
}

/** Counts anything that would make the map rebuild, re-send, re-filter or restyle its data. */
async function spyOnMap(page: Page): Promise<void> {
	await withApp(
		page,
		({ map }, source) => {
			const w = window as unknown as { __mapWork: string[]; __unspyMap: () => void };
			w.__mapWork = [];
			const undo: (() => void)[] = [];
			const spy = (o: Record<string, unknown>, names: string[]) => {
				for (const name of names) {
					const orig = o[name] as (...a: unknown[]) => unknown;
					o[name] = function (this: unknown, ...a: unknown[]) {
						w.__mapWork.push(name);
						return orig.apply(this, a);
					};
					undo.push(() => (o[name] = orig));
				}
			};
			spy(map as unknown as Record<string, unknown>, [
				'addSource',
				'removeSource',
				'setStyle',
				'addLayer',
				'removeLayer',
				'setFilter',
				'setFeatureState',
				'removeFeatureState',
				'setGlobalStateProperty',
				'setPaintProperty',
				'setLayoutProperty',
				'jumpTo',
				'easeTo',
				'flyTo',
				'fitBounds'
			]);
			spy(map.getSource(source) as unknown as Record<string, unknown>, ['setData', 'updateData']);
			w.__unspyMap = () => undo.forEach((u) => u());
		},
		FT_SOURCE
	);
}

async function mapWork(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const w = window as unknown as { __mapWork: string[]; __unspyMap: () => void };
		w.__unspyMap();
		return w.__mapWork;
	});
}

for (const size of [
	{ name: 'desktop', viewport: { width: 1280, height: 800 }, touch: false },
	{ name: 'phone', viewport: { width: 390, height: 844 }, touch: true }
]) {
	test.describe(`time axis on a ${size.name}`, () => {
		// One page per size, opened on '/': before each test it is back on the day and the window it
		// opened on, with nothing selected (e2e/fixtures.ts's goHome).
		const shared = sharedApp({
			reset: true,
			context: { viewport: size.viewport, hasTouch: size.touch, isMobile: size.touch }
		});

		test('opens on the densest window, inside the whole range, with no two marks overlapping', async () => {
			const { page } = shared;
			const { range, date } = await withApp(page, ({ app }) => {
				// The story's facts and figures (a territory series' pieces are one area, not facts).
				const series = new Set(app.layers.filter((l) => l.style === 'territory').map((l) => l.id));
				const days = [
					...(app.dataset?.features ?? [])
						.filter((f) => !series.has(f.properties.layer))
						.map((f) => f.properties.time.start),
					...(app.dataset?.figures ?? []).map((f) => f.time.start)
				];
				return { range: days.sort(), date: app.view.date };
			});
			const w = await sliderWindow(page);
			// The opening day is the story's date, inside a window of a few weeks, not the whole year.
			expect(date).toBeGreaterThanOrEqual(w.min);
			expect(date).toBeLessThanOrEqual(w.max);
			expect(w.max - w.min).toBeLessThanOrEqual(60);
			expect(w.min).toBeGreaterThan(day(range[0]!));
			await expect(page.getByTestId('date-label')).toHaveText('Thu 6 Feb 2025');
			// Most of the story's facts start inside it.
			const inside = range.filter((s) => day(s) >= w.min && day(s) <= w.max).length;
			expect(inside / range.length).toBeGreaterThan(0.6);

			// The overview draws the window as a part of the whole range.
			const ov = await page.getByTestId('overview').boundingBox();
			const ovWin = await page.getByTestId('overview-window').boundingBox();
			expect(ov && ovWin && ovWin.width < ov.width / 4 && ovWin.x + ovWin.width <= ov.x + ov.width + 1).toBe(
				true
			);

			const boxes = await markBoxes(page);
			expect(boxes.length).toBeGreaterThan(8);
			expect(overlaps(boxes)).toEqual([]);
			// Each one-day mark is centred on its day (a row lays its marks out in the flow, each placed by
			// the space before it, so one wrong space would move every mark after it).
			const ticks = await page
				.locator('.rows .mark[data-id]:not(.span, .reported, .cluster)')
				.evaluateAll((els) =>
					els.map((e) => {
						const r = e.getBoundingClientRect();
						return { id: e.getAttribute('data-id') ?? '', x: r.x + r.width / 2 };
					})
				);
			expect(ticks.length).toBeGreaterThan(2);
			const starts = await withApp(
				page,
				({ app }, ids) =>
					ids.map((id) => app.feature(id)?.properties.time.start ?? app.figure(id)?.time.start ?? ''),
				ticks.map((t) => t.id)
			);
			for (const [i, t] of ticks.entries())
				expect(Math.abs(t.x - (await xOfDay(page, day(starts[i]!.slice(0, 10)))).x), t.id).toBeLessThan(1.5);
			// Everything fits the screen: nothing of the track sticks out to the side.
			const track = await page.getByTestId('track').boundingBox();
			expect(track && track.x >= 0 && track.x + track.width <= size.viewport.width).toBe(true);
			for (const b of boxes) expect(b.x + b.width).toBeLessThanOrEqual(size.viewport.width);
			// The slider steps through the window, and speaks dates.
			const slider = page.getByTestId('date-slider');
			await expect(slider).toHaveAttribute('aria-valuetext', 'Thursday 6 February 2025');
			await expect(page.locator('#timeline-window')).toHaveText(
				/^The track shows \d+ \w+ \d{4} to \d+ \w+ \d{4}\.$/
			);
			await page.screenshot({ path: `e2e/screenshots/axis-${size.name}.png` });
		});

		test('zooming to January 2025 and back keeps the chosen date, moves no map, and survives a link', async () => {
			const { page } = shared;
			await goToDay(page, '2025-02-03');
			const label = page.getByTestId('date-label');
			await expect(label).toHaveText('Mon 3 Feb 2025');
			const opening = await sliderWindow(page);
			await spyOnMap(page);

			// Zoom in with the wheel over mid-January until the track shows January and little else.
			const mid = await xOfDay(page, day('2025-01-16'));
			await page.mouse.move(mid.x, mid.y);
			for (let i = 0; i < 12; i++) {
				const w = await sliderWindow(page);
				if (w.max - w.min <= 24) break;
				await page.mouse.wheel(0, -120);
				await expect
					.poll(async () => (await sliderWindow(page)).max - (await sliderWindow(page)).min)
					.toBeLessThan(w.max - w.min);
			}
			const jan = await sliderWindow(page);
			expect(jan.min).toBeGreaterThanOrEqual(day('2025-01-01'));
			expect(jan.max).toBeLessThanOrEqual(day('2025-01-31'));
			await expect(label).toHaveText('Mon 3 Feb 2025');
			// The day is off the track now; the slider still speaks it.
			await expect(page.getByTestId('date-slider')).toHaveAttribute(
				'aria-valuetext',
				'Monday 3 February 2025'
			);
			await page.screenshot({ path: `e2e/screenshots/axis-${size.name}-january.png` });

			// The link holds the window (written once the wheel stops and the window rests).
			await expect.poll(() => page.url()).toContain(`win=${iso(jan.min)}..${iso(jan.max)}`);
			expect(page.url()).toContain('date=2025-02-03');
			expect(await mapWork(page), 'the window never reaches the map').toEqual([]);
			const link = page.url().replace(/^https?:\/\/[^/]+/, '');
			await openApp(page, '/', { map: false });
			expect(await sliderWindow(page)).not.toEqual(jan);
			await openApp(page, link);
			expect(await sliderWindow(page)).toEqual(jan);
			await expect(label).toHaveText('Mon 3 Feb 2025');
			await spyOnMap(page);

			// And back out: the same window as before, give or take the rounding to whole days.
			for (let i = 0; i < 12; i++) {
				const w = await sliderWindow(page);
				if (w.max - w.min >= opening.max - opening.min) break;
				await page.mouse.wheel(0, 120);
				await expect
					.poll(async () => (await sliderWindow(page)).max - (await sliderWindow(page)).min)
					.toBeGreaterThan(w.max - w.min);
			}
			await expect(label).toHaveText('Mon 3 Feb 2025');
			expect(await mapWork(page), 'the window never reaches the map').toEqual([]);

			// On a touch screen two fingers spreading on the track zoom it in about the day between them.
			if (size.touch) {
				const before = await sliderWindow(page);
				const at = Math.round((before.min + before.max) / 2);
				const { x, y } = await xOfDay(page, at);
				const track = page.getByTestId('track');
				const finger = (type: string, id: number, dx: number) =>
					track.dispatchEvent(type, {
						pointerId: id,
						pointerType: 'touch',
						isPrimary: id === 1,
						clientX: x + dx,
						clientY: y
					});
				await finger('pointerdown', 1, -20);
				await finger('pointerdown', 2, 20);
				await finger('pointermove', 1, -60);
				await finger('pointermove', 2, 60);
				await finger('pointerup', 1, -60);
				await finger('pointerup', 2, 60);
				const pinched = await sliderWindow(page);
				expect(pinched.max - pinched.min).toBeLessThan(before.max - before.min);
				expect(Math.abs((pinched.min + pinched.max) / 2 - at)).toBeLessThanOrEqual(2);
				await expect(label).toHaveText('Mon 3 Feb 2025');
				expect(await mapWork(page), 'the window never reaches the map').toEqual([]);
			}
		});

		test('the keys and a drag on the overview move the window; the day steps through it', async () => {
			const { page } = shared;
			await goToDay(page, '2025-02-03');
			const slider = page.getByTestId('date-slider');
			const opening = await sliderWindow(page);
			await slider.focus();
			await page.keyboard.press('+');
			let w = await sliderWindow(page);
			expect(w.max - w.min).toBeLessThan(opening.max - opening.min);
			expect(w.min <= day('2025-02-03') && w.max >= day('2025-02-03')).toBe(true);
			await page.keyboard.press('-');
			await page.keyboard.press('-');
			expect((await sliderWindow(page)).max - (await sliderWindow(page)).min).toBeGreaterThan(
				opening.max - opening.min
			);
			await page.keyboard.press('0');
			w = await sliderWindow(page);
			await page.keyboard.press('Home');
			await expect(slider).toHaveValue(String(w.min));
			await page.keyboard.press('+');
			await page.keyboard.press('+');
			// Stepping the day off the track moves the window after it.
			const zoomed = await sliderWindow(page);
			for (let i = 0; i < 6; i++) await page.keyboard.press('PageUp');
			const value = Number(await slider.inputValue());
			const after = await sliderWindow(page);
			expect(after.min).toBeGreaterThan(zoomed.min);
			expect(value >= after.min && value <= after.max).toBe(true);

			// Drag the overview's window to its far left: the track shows the start of the data.
			const ovWin = await page.getByTestId('overview-window').boundingBox();
			const ov = await page.getByTestId('overview').boundingBox();
			if (!ovWin || !ov) throw new Error('no overview');
			const before = await sliderWindow(page);
			await page.mouse.move(ovWin.x + ovWin.width / 2, ovWin.y + ovWin.height / 2);
			await page.mouse.down();
			await page.mouse.move(ov.x - 50, ovWin.y + ovWin.height / 2, { steps: 8 });
			await page.mouse.up();
			const dragged = await sliderWindow(page);
			expect(dragged.min).toBeLessThan(before.min);
			expect(dragged.max - dragged.min).toBe(before.max - before.min);
			expect(await page.getByTestId('date-slider').getAttribute('aria-valuetext')).toMatch(/ \d{4}$/);
		});

		test('crowded marks merge into a counted cluster that lists them; figures have their row', async () => {
			const { page } = shared;
			await goToDay(page, '2025-02-06');
			const figuresRow = page.locator('.row[data-row="#figures"]');
			await expect(figuresRow).toHaveAttribute('aria-label', 'Figures');
			// A figure's mark selects the figure.
			const figure = figuresRow.locator('.mark[data-id]').first();
			const id = await figure.getAttribute('data-id');
			await expect(figure).toHaveAccessibleName(/: .*Show this figure\.$/);
			await figure.click();
			await expect.poll(() => withApp(page, ({ app }) => app.view.place)).toBe(id);

			// The whole range squeezes a year into the track: some marks merge.
			await page.getByTestId('date-slider').focus();
			await page.keyboard.press('0');
			expect(overlaps(await markBoxes(page))).toEqual([]);
			const cluster = page.locator('.rows .mark.cluster').first();
			await expect(cluster).toBeVisible();
			const name = (await cluster.getAttribute('aria-label')) ?? '';
			const count = Number(/^(\d+) /.exec(name)?.[1]);
			expect(count).toBeGreaterThan(1);
			expect(name.split('; ').length).toBe(count);
			// A cluster does not clip (a clip per cluster cost every scrub step its layerizing): its count is
			// drawn only where the digits fit, in the cluster's white.
			const counts = await page.locator('.rows .mark.cluster').evaluateAll((els) =>
				els.flatMap((el) => {
					const n = el.querySelector('span');
					if (!n) return [];
					const [b, t] = [el.getBoundingClientRect(), n.getBoundingClientRect()];
					return [
						{
							fits: t.left >= b.left - 0.5 && t.right <= b.right + 0.5,
							colour: getComputedStyle(n).color,
							text: n.textContent,
							items: String(el.getAttribute('data-ids')?.split(' ').length)
						}
					];
				})
			);
			expect(counts.length).toBeGreaterThan(0);
			for (const c of counts)
				expect(c).toEqual({ fits: true, colour: 'rgb(255, 255, 255)', text: c.items, items: c.items });
			await cluster.click();
			const list = page.getByTestId('cluster-list');
			await expect(list).toBeVisible();
			await expect(list.locator('li button')).toHaveCount(count);
			await expect(list.locator('li button').first()).toBeFocused();
			await page.screenshot({ path: `e2e/screenshots/axis-${size.name}-cluster.png` });
			const whole = await sliderWindow(page);
			await list.getByRole('button', { name: 'Zoom to these days' }).click();
			await expect(list).toBeHidden();
			const zoomed = await sliderWindow(page);
			expect(zoomed.max - zoomed.min).toBeLessThan(whole.max - whole.min);
			await waitForMapIdle(page);
		});

		// Once: on the desktop's page.
		if (size.name !== 'desktop') return;
		test('undated statements are "reported by" markers, ongoing states continue', async () => {
			const { page } = shared;
			await goToDay(page, '2025-02-06');
			const { undated, ongoing } = await withApp(page, ({ app }) => ({
				undated: (app.dataset?.features ?? [])
					.filter((f) => f.properties.time.precision === 'undated')
					.map((f) => f.id),
				ongoing: (app.dataset?.features ?? []).filter((f) => f.properties.time.ongoing).map((f) => f.id)
			}));
			// The story has both (issue 15): the North Korean statements and the figures' estimates, the battles.
			expect(undated.length).toBeGreaterThan(0);
			expect(ongoing.length).toBeGreaterThan(0);
			for (const id of undated) {
				const mark = page.locator(`.rows .mark[data-id="${id}"], .rows .mark.cluster[data-ids~="${id}"]`);
				await expect(mark).toHaveCount(1);
				if ((await mark.getAttribute('data-id')) === id) {
					await expect(mark).toHaveClass(/reported/);
					await expect(mark).toHaveAccessibleName(/undated; reported by /);
				}
			}
			for (const id of ongoing) {
				const mark = page.locator(`.rows .mark[data-id="${id}"]`);
				if ((await mark.count()) === 0) continue;
				await expect(mark).toHaveClass(/ongoing/);
				await expect(mark).toHaveAccessibleName(/still going on at/);
			}
		});
	});
}
