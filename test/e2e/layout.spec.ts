import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, paletteEntry, test } from './fixtures';

/** Whether a locator's box lies on screen, at least `minHeight` tall. */
async function onScreen(page: Page, locator: Locator, minHeight = 1) {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  return !!box && box.height >= minHeight && box.x >= 0 && box.x + box.width <= size.width + 1 && box.y < size.height;
}

test.describe('a phone (390×844, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('one view at a time: tap to add, see it in the preview, edit it in the inspector', async ({ page }) => {
    await page.goto('/');
    const views = page.getByRole('tablist', { name: 'Views' });
    await expect(views.getByRole('tab')).toHaveText(['Design', 'Preview', 'Inspector', 'JSON']);
    // Nothing is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The header is compact: the views start in the top sixth of the screen.
    expect((await views.boundingBox())!.y).toBeLessThan(844 / 6);
    // Every tool of the header in sight, Undo and Redo too (a phone has no Ctrl+Z).
    for (const name of ['Gallery', 'Share link', 'Batch', /Undo/, /Redo/]) expect(await onScreen(page, page.getByRole('toolbar', { name: 'Design' }).getByRole('button', { name }))).toBe(true);

    await paletteEntry(page, 'text').tap();
    await expect(page.getByTestId('announcer')).toHaveText(/added/i);

    await views.getByRole('tab', { name: 'Preview' }).tap();
    const preview = page.locator('.preview');
    await expect(preview).toBeVisible();
    expect(await onScreen(page, preview, 300)).toBe(true);
    const bubbles = preview.locator('.pv-bubble');
    const before = await bubbles.count();
    expect(before).toBeGreaterThan(0);
    // The canvas is not on screen meanwhile, and nothing was unmounted: back on Design, the new text is there.
    await expect(page.locator('.designer__canvas')).toBeHidden();

    await views.getByRole('tab', { name: 'Design' }).tap();
    const text = page.locator('.block--text .block__select').last();
    await text.tap();
    await views.getByRole('tab', { name: 'Inspector' }).tap();
    const field = page.locator('.inspector textarea').first();
    await expect(field).toBeVisible();
    expect(await onScreen(page, field)).toBe(true);
    await field.fill('Typed on a phone');
    await views.getByRole('tab', { name: 'Preview' }).tap();
    await expect(preview.getByText('Typed on a phone')).toBeVisible();
  });

  test('a tap on an element opens the inspector on its field', async ({ page }) => {
    await page.goto('/');
    await paletteEntry(page, 'text').tap();
    const text = page.locator('.block--text .block__select').last();
    await text.tap();
    await expect(page.getByRole('tab', { name: 'Inspector' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator('.inspector textarea:focus, .inspector input:focus')).toHaveCount(1);
  });

  test('press and hold drags a palette element onto the canvas', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('tablist', { name: 'Views' })).toBeVisible();
    const items = page.locator('.sortable-item');
    const count = await items.count();
    const from = (await paletteEntry(page, 'image').boundingBox())!;
    const to = (await page.locator('.new-item-zone').boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const point = (x: number, y: number) => [{ x, y, id: 1 }];
    const ax = from.x + from.width / 2;
    const ay = from.y + from.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(ax, ay) });
    await page.waitForTimeout(300); // past the hold that tells a drag from a scroll
    const bx = to.x + to.width / 2;
    const by = to.y + to.height / 2;
    for (let i = 1; i <= 15; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(ax + ((bx - ax) * i) / 15, ay + ((by - ay) * i) / 15) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect(items).toHaveCount(count + 1);
  });
});

test.describe('a laptop (1366×768)', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('every palette element shows without scrolling (1366×768 and 1280×720)', async ({ page }) => {
    await page.goto('/');
    for (const size of [{ width: 1366, height: 768 }, { width: 1280, height: 720 }]) {
      await page.setViewportSize(size);
      const palette = page.locator('.designer__palette');
      const { scrollHeight, clientHeight } = await palette.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
      expect(scrollHeight, `${size.width}×${size.height}`).toBeLessThanOrEqual(clientHeight);
      for (const kind of ['card', 'carousel', 'tag']) expect(await onScreen(page, paletteEntry(page, kind)), kind).toBe(true);
    }
  });

  test('the splitter resizes the details panel with the mouse and the keyboard, folds it, and is remembered', async ({ page }) => {
    await page.goto('/');
    const bottom = page.locator('.designer__bottom');
    const canvas = page.locator('.designer__canvas');
    const splitter = page.getByRole('separator', { name: 'Height of the details panel' });
    const height = async (l: Locator) => (await l.boundingBox())!.height;
    const start = await height(bottom);
    const canvasStart = await height(canvas);

    // Mouse: drag the bar 150 px up.
    const bar = (await splitter.boundingBox())!;
    await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
    await page.mouse.down();
    await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2 - 150, { steps: 10 });
    await page.mouse.up();
    expect(await height(bottom)).toBeCloseTo(start + 150, -1);
    expect(await height(canvas)).toBeCloseTo(canvasStart - 150, -1);
    const dragged = Number(await splitter.getAttribute('aria-valuenow'));

    // Remembered after a reload.
    await page.reload();
    await expect(splitter).toHaveAttribute('aria-valuenow', String(dragged));
    expect(await height(bottom)).toBeCloseTo(start + 150, -1);

    // Keyboard: arrows move it by 5%, End makes it smallest, Enter folds it to its tabs.
    await splitter.focus();
    await page.keyboard.press('ArrowDown');
    await expect(splitter).toHaveAttribute('aria-valuenow', String(dragged - 5));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(splitter).toHaveAttribute('aria-valuenow', String(dragged + 5));
    await page.keyboard.press('End');
    await expect(splitter).toHaveAttribute('aria-valuenow', '15');
    await page.keyboard.press('Enter');
    await expect(splitter).toHaveAttribute('aria-valuetext', /Folded/);
    await expect(page.getByRole('tabpanel').filter({ hasText: 'Problems' })).toBeHidden();
    expect(await height(bottom)).toBeLessThan(60);
    expect(await height(canvas)).toBeGreaterThan(canvasStart + start - 70);
    // A tab picked while folded unfolds the panel.
    await page.getByRole('tab', { name: /Problems/ }).click();
    await expect(page.getByRole('heading', { name: 'Problems' })).toBeVisible();
    await expect(splitter).toHaveAttribute('aria-valuenow', '15');
    // The fold button does the same as Enter.
    await page.getByRole('button', { name: 'Fold details' }).click();
    await expect(page.getByRole('button', { name: 'Show details' })).toHaveAttribute('aria-expanded', 'false');
    await page.reload();
    await expect(page.getByRole('button', { name: 'Show details' })).toBeVisible();
  });

  test('the page itself never scrolls: only its columns do, whatever they hold', async ({ page }) => {
    await page.goto('/');
    const entry = (kind: string) => page.locator(`.palette-entry[data-kind="${kind}"]`);
    // Two carousels and a text: the preview column (with its Webhooks panel) grows far below the window.
    await entry('carousel').click();
    await page.getByRole('button', { name: 'Message 1', exact: true }).click();
    await entry('text').click();
    await entry('carousel').click();
    await expect(page.getByTestId('outcome-code')).toHaveCount(3);
    expect(await page.locator('.designer__preview').evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(768);
    await page.mouse.move(600, 20);
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });

  test('the designs and share dialogs are laid out when opened before the gallery ever was', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /^Design:/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Your designs' });
    await expect(dialog.locator('.design-row')).toHaveCount(1);
    // Its close button beside its title, not under it; the name and the date apart.
    const title = (await dialog.getByRole('heading', { name: 'Your designs' }).boundingBox())!;
    const close = (await dialog.getByRole('button', { name: /close/i }).first().boundingBox())!;
    expect(Math.abs(close.y + close.height / 2 - (title.y + title.height / 2))).toBeLessThan(12);
    expect(await dialog.locator('.design-row').evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Share link' }).click();
    const share = page.getByRole('dialog', { name: 'Share this design' });
    const shareTitle = (await share.getByRole('heading', { name: 'Share this design' }).boundingBox())!;
    const shareClose = (await share.getByRole('button', { name: /close/i }).first().boundingBox())!;
    expect(Math.abs(shareClose.y + shareClose.height / 2 - (shareTitle.y + shareTitle.height / 2))).toBeLessThan(12);
  });

  test('a skip link takes keyboard users past the palette to the canvas', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('status-summary')).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the canvas' });
    await expect(skip).toBeFocused();
    expect(await onScreen(page, skip)).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('#designer-canvas')).toBeFocused();
    await page.keyboard.press('Tab');
    // The next stop is on the canvas, not in the palette.
    expect(await page.evaluate(() => !!document.activeElement?.closest('.designer__canvas'))).toBe(true);
  });
});

test('the dark preview stage fills its column, however short the conversation (1920×1080)', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await page.locator('.preview').getByRole('radio', { name: 'Dark' }).check();
  const column = await page.locator('.designer__preview').evaluate((el) => el.clientHeight);
  const stage = await page.locator('.preview').evaluate((el) => el.getBoundingClientRect().height);
  expect(stage).toBeGreaterThanOrEqual(column);
});

const SIZES = [
  [390, 844],
  [1280, 720],
  [1366, 768],
  [1440, 900],
  [1920, 1080],
] as const;

for (const [width, height] of SIZES) {
  test(`axe: no serious or critical violations at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await page.getByRole('button', { name: 'Gallery' }).click();
    await page.locator('[data-tile="12-rich-card-carousel"]').click();
    await expect(page.getByTestId('outcome-code').first()).toHaveText('generic_template');
    const check = async (where: string) => {
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${where}: ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
      expect(serious).toEqual([]);
    };
    if (width >= 760) return check('designer');
    for (const view of ['Design', 'Preview', 'Inspector', 'JSON']) {
      await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: new RegExp(`^${view}`) }).click();
      await check(view);
    }
  });
}
