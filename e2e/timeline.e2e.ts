/**
 * The timeline end to end: scrubbing (mouse and keyboard), playback, the list and the count against
 * what the map actually renders, and the layer toggles. Map assertions read rendered features
 * (`queryRenderedFeatures` on the data layers), never pixels. A feature the day hides stays in the
 * map's buckets drawn at zero size and opacity (feature-state `v` = hidden, see visibility-state.ts),
 * so "rendered" here means returned by the query with a state other than hidden.
 *
 * One page for the file, its map framed on every feature: before each test it goes back to the day
 * it opened on, with nothing selected, every layer on and that framing.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { FT_LAYER, FT_LAYER_IDS, FT_SOURCE, PROP_V0, STATE_V } from '../src/lib/map/expressions';
import { DEFAULT_CODE, VIS_CODE } from '../src/lib/map/visibility-state';
import { formatShort } from '../src/lib/time/format';
import { expect, sharedApp, test, waitForMapIdle, withApp } from './fixtures';

const DAY_MS = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** Fits the map to every feature, so rendered features can be compared with the list. */
async function frameData(page: Page): Promise<void> {
	await withApp(page, ({ map, app }) => {
		const pts: number[][] = [];
		const walk = (c: unknown): void => {
			if (Array.isArray(c) && typeof c[0] === 'number') pts.push(c as number[]);
			else if (Array.isArray(c)) c.forEach(walk);
		};
		for (const f of app.render?.features ?? []) if ('coordinates' in f.geometry) walk(f.geometry.coordinates);
		const lons = pts.map((p) => p[0]!);
		const lats = pts.map((p) => p[1]!);
		map.fitBounds(
			[
				[Math.min(...lons), Math.min(...lats)],
				[Math.max(...lons), Math.max(...lats)]
			],
			// Keep clear of the side panel on wide screens, so a screenshot shows what is compared.
			innerWidth >= 720
				? { padding: { top: 90, bottom: 40, left: 340, right: 70 }, animate: false }
				: { padding: 40, animate: false }
		);
	});
	await waitForMapIdle(page);
}

/** Ids of the data features the map renders in the viewport, across all data layers. */
async function renderedIds(page: Page): Promise<string[]> {
	await waitForMapIdle(page);
	return withApp(
		page,
		({ map }, { layers, key, baked, hidden, fallback }) => {
			const ids = map
				.queryRenderedFeatures({ layers })
				.filter((f) => (f.state[key] ?? f.properties[baked] ?? fallback) !== hidden)
				.map((f) => String(f.properties['id']));
			return [...new Set(ids)].sort();
		},
		{
			layers: FT_LAYER_IDS as string[],
			key: STATE_V,
			baked: PROP_V0,
			hidden: VIS_CODE.hidden as number,
			fallback: DEFAULT_CODE as number
		}
	);
}

/** The day's events in the list (the facts on the map with a date). */
async function listIds(page: Page): Promise<string[]> {
	return page
		.getByTestId('event-list')
		.locator('[data-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
}

/** The undated facts in the list ("Undated, reported by …"), which are on the map too; not the figures. */
async function undatedIds(page: Page): Promise<string[]> {
	const ids = await page
		.getByTestId('undated-list')
		.locator('[data-id]')
		.evaluateAll((els) => els.map((e) => e.getAttribute('data-id') ?? ''));
	return withApp(page, ({ app }, ids) => ids.filter((id) => app.feature(id) !== undefined), ids);
}

/** Sets the date and waits for the side panel to follow it (once the slider has rested). */
async function setDay(page: Page, iso: string): Promise<void> {
	await withApp(page, ({ app }, d) => app.setDate(d), day(iso));
	await expect(page.getByTestId('date-slider')).toHaveValue(String(day(iso)));
	await expect(page.locator('#events-heading')).toHaveText(`On the map on ${formatShort(day(iso))}`);
}

// Two pages, so the two halves can run side by side; each is framed on every feature.
test.describe('timeline: scrubbing', () => {
	const shared = sharedApp({ reset: true, prepare: frameData });

	test('keyboard stepping changes the date label, the slider and what is on the map', async () => {
		const { page } = shared;
		const slider = page.getByTestId('date-slider');
		const label = page.getByTestId('date-label');
		await expect(slider).toHaveAttribute('type', 'range');
		await slider.focus();

		await page.keyboard.press('End');
		const max = Number(await slider.getAttribute('max'));
		await expect(slider).toHaveValue(String(max));

		await setDay(page, '2025-02-02');
		await slider.focus();
		// Back a week and forward again, then day by day to the edges of two strikes.
		await page.keyboard.press('Shift+ArrowLeft');
		await expect(label).toHaveText('Sun 26 Jan 2025');
		await page.keyboard.press('Shift+ArrowRight');
		await expect(label).toHaveText('Sun 2 Feb 2025');
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
		await expect(label).toHaveText('Thu 30 Jan 2025');
		await expect(slider).toHaveAttribute('aria-valuetext', 'Thursday 30 January 2025');
		expect(await renderedIds(page)).not.toContain('volgograd-refinery-strike-1');

		await page.keyboard.press('ArrowRight');
		await expect(label).toHaveText('Fri 31 Jan 2025');
		let ids = await renderedIds(page);
		expect(ids).toContain('volgograd-refinery-strike-1');
		expect(ids).not.toContain('poltava-strike');

		await page.keyboard.press('ArrowRight');
		await expect(label).toHaveText('Sat 1 Feb 2025');
		ids = await renderedIds(page);
		expect(ids).toContain('poltava-strike');
		expect(ids).toContain('volgograd-refinery-strike-1');

		// PageDown is a month back; Home the first day; ] the next day something starts.
		await page.keyboard.press('PageDown');
		await expect(label).toHaveText('Wed 1 Jan 2025');
		await page.keyboard.press('Home');
		await expect(slider).toHaveValue((await slider.getAttribute('min')) ?? 'no min');
		expect(await renderedIds(page)).not.toContain('poltava-strike');
		await setDay(page, '2025-01-30');
		await slider.focus();
		await page.keyboard.press(']');
		await expect(label).toHaveText('Fri 31 Jan 2025');
		await page.keyboard.press(']');
		await expect(label).toHaveText('Sat 1 Feb 2025');
		await page.keyboard.press('[');
		await expect(label).toHaveText('Fri 31 Jan 2025');

		// The keys are documented on screen.
		await expect(page.locator('#timeline-keys')).toContainText('previous / next event');
		await expect(page.locator('#timeline-keys')).toBeVisible();
	});

	test('dragging the slider with the mouse changes the date and the map', async () => {
		const { page } = shared;
		const slider = page.getByTestId('date-slider');
		const label = page.getByTestId('date-label');
		// The whole range on the track (the 0 key), so the drag can go back to October.
		await slider.focus();
		await page.keyboard.press('0');
		await slider.blur();
		const box = await slider.boundingBox();
		if (!box) throw new Error('slider has no box');
		const min = Number(await slider.getAttribute('min'));
		const max = Number(await slider.getAttribute('max'));
		const thumb = 20;
		const xOf = (d: number) => box.x + thumb / 2 + ((box.width - thumb) * (d - min)) / (max - min);
		const y = box.y + box.height / 2;

		/** Holds the thumb and moves to the day's position, nudging a pixel at a time as a person would. */
		async function dragTo(from: number, to: number): Promise<void> {
			await page.mouse.move(xOf(from), y);
			await page.mouse.down();
			let x = xOf(to);
			// A few moves on the way: each is a step of the scrub, with a map frame drawn in software.
			await page.mouse.move(x, y, { steps: 4 });
			for (let i = 0; i < 8; i++) {
				const v = Number(await slider.inputValue());
				if (v === to) break;
				x += v < to ? 1 : -1;
				await page.mouse.move(x, y);
			}
			await page.mouse.up();
		}

		// Count anything that would rebuild or re-send the data while scrubbing (undone at the end).
		await withApp(
			page,
			({ map }, source) => {
				const w = window as unknown as { __rebuilds: string[]; __unspy: () => void };
				w.__rebuilds = [];
				const undo: (() => void)[] = [];
				const spy = (o: Record<string, unknown>, names: string[]) => {
					for (const name of names) {
						const orig = o[name] as (...a: unknown[]) => unknown;
						o[name] = function (this: unknown, ...a: unknown[]) {
							w.__rebuilds.push(name);
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
					'setFilter'
				]);
				spy(map.getSource(source) as unknown as Record<string, unknown>, ['setData', 'updateData']);
				w.__unspy = () => undo.forEach((u) => u());
			},
			FT_SOURCE
		);

		// Start on the thumb (the last day), drag far left and back to 30 January.
		await dragTo(max, day('2024-10-01'));
		await expect(label).toHaveText('Tue 1 Oct 2024');
		await dragTo(day('2024-10-01'), day('2025-01-30'));
		await expect(label).toHaveText('Thu 30 Jan 2025');
		expect(await renderedIds(page)).not.toContain('volgograd-refinery-strike-1');

		await dragTo(day('2025-01-30'), day('2025-01-31'));
		await expect(label).toHaveText('Fri 31 Jan 2025');
		const ids = await renderedIds(page);
		expect(ids).toContain('volgograd-refinery-strike-1');
		expect(ids).not.toContain('poltava-strike');
		// One source, set up once: the day reaches the map as the state of the features it changed.
		const state = await withApp(
			page,
			({ map, app }, { source, fid }) => {
				const id = app.render?.features.findIndex((f) => f.properties.id === fid) ?? -1;
				return map.getFeatureState({ source, id });
			},
			{ source: FT_SOURCE, fid: 'volgograd-refinery-strike-1' }
		);
		expect(state[STATE_V]).toBe(VIS_CODE.recent);
		const rebuilds = await page.evaluate(() => {
			const w = window as unknown as { __rebuilds: string[]; __unspy: () => void };
			w.__unspy();
			return w.__rebuilds;
		});
		expect(rebuilds, 'no source, layer or data rebuilt while scrubbing').toEqual([]);
	});

	test('play advances the date and stops at the end; Space plays and pauses', async () => {
		const { page } = shared;
		const slider = page.getByTestId('date-slider');
		const play = page.getByTestId('play');
		// The whole range on the track (the 0 key): its last day is where playback stops.
		await slider.focus();
		await page.keyboard.press('0');
		await slider.blur();
		const max = Number(await slider.getAttribute('max'));
		await page.getByLabel('Playback speed').selectOption({ label: '1 week/s' });
		await setDay(page, new Date((max - 10) * DAY_MS).toISOString().slice(0, 10));

		await play.click();
		await expect(play).toHaveAttribute('aria-pressed', 'true');
		await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThan(max - 10);
		await expect.poll(async () => Number(await slider.inputValue()), { timeout: 10_000 }).toBe(max);
		await expect(play).toHaveAttribute('aria-pressed', 'false');
		await expect(play).toHaveText(/Play/);
		await page.waitForTimeout(600);
		await expect(slider).toHaveValue(String(max));

		// Space on the slider starts and stops playback (from the start, since it is at the end).
		await slider.focus();
		await page.keyboard.press('Space');
		await expect(play).toHaveAttribute('aria-pressed', 'true');
		await expect.poll(async () => Number(await slider.inputValue())).toBeLessThan(max);
		await page.keyboard.press('Space');
		await expect(play).toHaveAttribute('aria-pressed', 'false');
		const stopped = await slider.inputValue();
		await page.waitForTimeout(500);
		await expect(slider).toHaveValue(stopped);
	});

	test('clicking a mark on the track goes to its date', async () => {
		const { page } = shared;
		// The window the page opened on (earlier tests zoom out): there no two marks overlap.
		await withApp(page, ({ app }) => app.setWindow(undefined));
		await page.locator('.mark[data-id="poltava-strike"]').click();
		await expect(page.getByTestId('date-label')).toHaveText('Sat 1 Feb 2025');
		expect(await renderedIds(page)).toContain('poltava-strike');
		// A month-dated capture is a bar across the month, not a tick on its first day.
		const bar = await page.locator('.mark[data-id="velyka-novosilka-capture"]').boundingBox();
		const tick = await page.locator('.mark[data-id="poltava-strike"]').boundingBox();
		expect(bar && tick && bar.width > tick.width * 4).toBe(true);
	});
});

test.describe('timeline: the list, the layers and the look', () => {
	const shared = sharedApp({ reset: true, prepare: frameData });

	test('the list and the count match the map on several days', async () => {
		const { page } = shared;
		// Facts, not the pieces of the territory series (one area, counted in km² instead).
		const total = await withApp(page, ({ app }) => app.factCount);
		for (const iso of ['2025-01-31', '2025-02-03', '2024-12-15', '2025-02-06']) {
			await setDay(page, iso);
			const rendered = await renderedIds(page);
			// Everything on the map is listed: among the day's events, or undated (reported by the day or before).
			const list = [...(await listIds(page)), ...(await undatedIds(page))];
			expect(rendered.length, `something on the map on ${iso}`).toBeGreaterThan(0);
			expect([...list].sort(), `list = map on ${iso}`).toEqual(rendered);
			await expect(page.getByTestId('visible-count')).toHaveText(
				`${list.length} of ${total} facts on the map`
			);
			// Each layer's count beside its toggle is its facts on the map (it follows once the slider rests).
			const perLayer = await withApp(
				page,
				({ app }, ids) =>
					app.layers
						.filter((l) => l.style !== 'territory')
						.map(
							(l) => [l.id, ids.filter((id) => app.feature(id)?.properties.layer === l.id).length] as const
						),
				rendered
			);
			expect(perLayer.some(([, n]) => n > 0)).toBe(true);
			for (const [layer, n] of perLayer)
				await expect(
					page.locator(`label:has(input[data-layer="${layer}"]) .n`),
					`${layer} on ${iso}`
				).toHaveText(`${n} on the map on this day`);
		}
		// Newest first: on 3 Feb the two strikes of that day come before the 31 January strike.
		await setDay(page, '2025-02-03');
		const list = await listIds(page);
		expect(list.indexOf('volgograd-refinery-strike-2')).toBeLessThan(
			list.indexOf('volgograd-refinery-strike-1')
		);
		// Clicking an item selects it.
		await page.getByTestId('event-list').locator('[data-id="poltava-strike"]').click();
		await expect(page.getByTestId('event-list').locator('[data-id="poltava-strike"]')).toHaveAttribute(
			'aria-current',
			'true'
		);
	});

	test('turning a layer off removes it from the map, the marks, the list and the count', async () => {
		const { page } = shared;
		await setDay(page, '2025-02-03');
		const count = page.getByTestId('visible-count');
		const strikeMarks = page.locator('.row[data-layer="strikes"] .mark');
		const before = await listIds(page);
		const strikeIds = (await renderedIds(page)).filter((id) => id.includes('strike'));
		expect(strikeIds.length).toBeGreaterThan(1);
		expect(await strikeMarks.count()).toBeGreaterThan(1);
		const countBefore = (await count.textContent()) ?? '';

		await page.getByRole('checkbox', { name: /Strikes/ }).uncheck();
		await expect.poll(() => strikeMarks.count()).toBe(0);
		const rendered = await renderedIds(page);
		for (const id of strikeIds) expect(rendered).not.toContain(id);
		const after = await listIds(page);
		expect(after.length).toBe(before.length - strikeIds.length);
		for (const id of strikeIds) expect(after).not.toContain(id);
		expect([...after].sort()).toEqual(rendered);
		await expect(count).not.toHaveText(countBefore);
		await expect(count).toContainText(`${after.length} of`);

		await page.getByRole('checkbox', { name: /Strikes/ }).check();
		await expect
			.poll(async () => (await renderedIds(page)).filter((id) => id.includes('strike')))
			.toEqual(strikeIds);
		await expect(count).toHaveText(countBefore);
	});

	test('the timeline, the layers, the key and the list pass an accessibility scan', async () => {
		const { page } = shared;
		await setDay(page, '2025-02-03');
		const slider = page.getByRole('slider', { name: 'Date' });
		await expect(slider).toHaveAttribute('aria-valuetext', 'Monday 3 February 2025');
		const result = await new AxeBuilder({ page }).include('.timeline-bar').include('#side-panel').analyze();
		expect(result.passes.length, 'the scan looked at something').toBeGreaterThan(5);
		expect(
			result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	});
	test('with our own sixteen facts every imprecise place keeps its ring', async () => {
		// (The newsroom-scale case, where rings give way to the selected place's, is in scale.e2e.ts.)
		const { page } = shared;
		const rings = await withApp(
			page,
			({ map }, id) => map.getLayoutProperty(id, 'visibility'),
			FT_LAYER.precision
		);
		expect(rings).toBe('visible');
		await expect(page.getByTestId('rings-note')).toHaveCount(0);
	});

	// Last: it leaves the page at a phone's size.
	test('screenshots: desktop and phone', async () => {
		const { page } = shared;
		await setDay(page, '2025-02-03');
		await waitForMapIdle(page);
		await page.screenshot({ path: 'e2e/screenshots/timeline-desktop.png' });

		await page.setViewportSize({ width: 390, height: 844 });
		await frameData(page);
		await waitForMapIdle(page);
		await page.screenshot({ path: 'e2e/screenshots/timeline-phone.png' });
		const play = await page.getByTestId('play').boundingBox();
		expect(play && play.height >= 44).toBe(true);
		const slider = await page.getByTestId('date-slider').boundingBox();
		expect(slider && slider.height >= 44).toBe(true);
		await expect(page.getByTestId('date-label')).toBeInViewport();

		// On a phone the layers and the list open as a drawer, with finger-sized targets.
		const toggle = page.getByRole('button', { name: 'Events & layers' });
		await expect(page.getByTestId('event-list')).toBeHidden();
		await toggle.click();
		await expect(page.getByTestId('event-list')).toBeVisible();
		await page.screenshot({ path: 'e2e/screenshots/timeline-phone-drawer.png' });
		for (const target of [
			page.getByTestId('event-list').locator('[data-id]').first(),
			page.getByRole('checkbox', { name: /Strikes/ }).locator('xpath=..'),
			page.getByRole('button', { name: 'Close list' })
		]) {
			const b = await target.boundingBox();
			expect(b && b.height >= 44).toBe(true);
		}
	});
});
