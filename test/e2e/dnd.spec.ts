import type { Locator, Page } from '@playwright/test';
import { expect, paletteEntry, test } from './fixtures';

/**
 * Drag and drop as a person does it, with a real mouse in Chromium, at a laptop's
 * 1366×768: what a refused place says beside the pointer, cards dropped on and
 * between cards, "+ Add card", and auto-scroll only when the pointer rests at the edge.
 */
test.use({ viewport: { width: 1366, height: 768 } });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Drop an element here to add a new conversation item')).toBeVisible();
});

const centre = async (l: Locator) => {
  const b = (await l.boundingBox())!;
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

/** Moves the mouse from where it is to (x, y) over `ms`, a frame at a time, as a hand does. */
async function glide(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, ms = 400) {
  const steps = Math.max(2, Math.round(ms / 16));
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    await page.waitForTimeout(16);
  }
}

/** Picks up a palette entry and moves it to `to` (a point); the button stays down. */
async function pickUpAndMove(page: Page, kind: string, to: { x: number; y: number }, ms?: number) {
  const from = await centre(paletteEntry(page, kind));
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  // A hand's first move wobbles, down as well as across: dnd-kit may then scroll downwards for the rest of the drag.
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 4 });
  await glide(page, { x: from.x + 8, y: from.y + 8 }, to, ms);
}

const cardHeaders = (page: Page) => page.locator('.conv-card .block--header .block__value');
const previewTitles = (page: Page) => page.locator('.preview').getByText(/^(First|Second|Card \d title)$/);

test('a refused drop shows its reason beside the pointer, and says it to screen readers', async ({ page }) => {
  await paletteEntry(page, 'carousel').click();
  const card = page.getByRole('group', { name: 'Card 1 of item 1' });
  const at = await centre(card.getByRole('button', { name: /^Text/ }));
  await pickUpAndMove(page, 'image', at);
  const reason = page.getByTestId('drop-refusal');
  await expect(reason).toHaveText(/Card 1 already has an image: edit it in the inspector/);
  await expect(reason).toBeVisible();
  // Beside the pointer: its box starts within a few dozen pixels of it.
  const box = (await reason.boundingBox())!;
  expect(Math.abs(box.x - at.x)).toBeLessThan(120);
  expect(box.y - at.y).toBeGreaterThan(-10);
  expect(box.y - at.y).toBeLessThan(80);
  // A place that takes it says nothing: the new-item zone.
  await glide(page, at, await centre(page.locator('.new-item-zone')), 200);
  await expect(reason).toHaveCount(0);
  await glide(page, await centre(page.locator('.new-item-zone')), at, 200);
  await expect(reason).toBeVisible();
  await page.mouse.up();
  await expect(reason).toHaveCount(0);
  await expect(page.getByTestId('announcer')).toHaveText(/Card 1 already has an image: edit it in the inspector/);
  await expect(page.getByTestId('outcome-code')).toHaveText(['generic_template']);
  await expect(page.locator('.conv-card .block--media')).toHaveCount(2);
});

test('a Card dropped on a card is inserted after it; dropped in the gap, before the next', async ({ page }) => {
  await paletteEntry(page, 'carousel').click();
  const first = page.getByRole('group', { name: 'Card 1 of item 1' });
  await first.getByRole('button', { name: /^Header/ }).click();
  await page.getByLabel('Header', { exact: true }).fill('First');
  await page.getByRole('group', { name: 'Card 2 of item 1' }).getByRole('button', { name: /^Header/ }).click();
  await page.getByLabel('Header', { exact: true }).fill('Second');
  await expect(cardHeaders(page)).toHaveText(['First', 'Second']);

  // On card 1: the new card goes after it, titled by its place, and is selected.
  const onFirst = await centre(first.getByRole('button', { name: /^Text/ }));
  await pickUpAndMove(page, 'card', onFirst);
  await expect(first.locator('..')).toHaveClass(/drop--over/);
  await page.mouse.up();
  await expect(cardHeaders(page)).toHaveText(['First', 'Card 2 title', 'Second']);
  await expect(page.locator('.inspector h2')).toHaveText(/Card 2/);
  await expect(previewTitles(page)).toHaveText(['First', 'Card 2 title', 'Second']);
  await expect(page.getByTestId('item-outcome')).toContainText('Carousel of 3 cards');

  // In the gap in front of "Second" (card 3): the new card goes before it.
  const third = page.locator('.sortable-card').nth(2);
  const b = (await third.boundingBox())!;
  await pickUpAndMove(page, 'card', { x: b.x - 2, y: b.y + b.height / 2 });
  await expect(page.locator('.card-gap.drop--over')).toHaveCount(1);
  await page.mouse.up();
  await expect(cardHeaders(page)).toHaveText(['First', 'Card 2 title', 'Card 3 title', 'Second']);
  await expect(previewTitles(page)).toHaveText(['First', 'Card 2 title', 'Card 3 title', 'Second']);
  // The gaps are there only while a Card is dragged.
  await expect(page.locator('.card-gap')).toHaveCount(0);
});

test('"+ Add card" appends a card and selects it, with the mouse and the keyboard', async ({ page }) => {
  await paletteEntry(page, 'carousel').click();
  const add = page.getByRole('button', { name: 'Add card to item 1' });
  await expect(add).toHaveText('+ Add card');
  await add.click();
  await expect(cardHeaders(page)).toHaveText(['Card 1 title', 'Card 2 title', 'Card 3 title']);
  await expect(page.getByRole('group', { name: 'Card 3 of item 1' }).getByRole('button', { name: 'Card 3', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('group', { name: 'Card 3 of item 1' })).toBeInViewport();
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(cardHeaders(page)).toHaveText(['Card 1 title', 'Card 2 title', 'Card 3 title', 'Card 4 title']);
  await expect(page.locator('.inspector h2')).toHaveText(/Card 4/);
  await expect(add).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(cardHeaders(page)).toHaveCount(3);
});

test('dragging from the lower palette over the canvas does not scroll it; resting at its edge does', async ({ page }) => {
  // Three carousels: the canvas scrolls.
  for (let i = 0; i < 3; i++) await paletteEntry(page, 'carousel').click();
  const canvas = page.locator('.designer__canvas');
  await canvas.evaluate((el) => el.scrollTo(0, 0));
  const scrollTop = () => canvas.evaluate((el) => el.scrollTop);
  const view = (await canvas.boundingBox())!;
  expect(await canvas.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeGreaterThan(300);

  // Message tag, the palette's last entry, onto item 1's badge low in the canvas: the pointer
  // crosses the canvas's lower part on its way there, as a hand does, in half a second.
  const badge = page.getByRole('article', { name: 'Conversation item 1' }).locator('.outcome');
  const target = await centre(badge);
  expect(target.y).toBeGreaterThan(view.y + view.height / 3);
  await pickUpAndMove(page, 'tag', target, 500);
  expect(await scrollTop()).toBe(0);
  await page.mouse.up();
  expect(await scrollTop()).toBe(0);
  await expect(page.getByRole('article', { name: 'Conversation item 1' }).getByRole('button', { name: /^Tag: HUMAN_AGENT/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Tag:/ })).toHaveCount(1);

  // Resting near the bottom edge scrolls the canvas.
  await pickUpAndMove(page, 'reply', { x: view.x + view.width / 2, y: view.y + view.height - 6 }, 300);
  await expect.poll(scrollTop, { timeout: 5000 }).toBeGreaterThan(100);
  await page.keyboard.press('Escape');
  await page.mouse.up();
});

test('a long media file name is cut in its middle on a card and keeps its extension', async ({ page }) => {
  await paletteEntry(page, 'carousel').click();
  const media = page.getByRole('group', { name: 'Card 1 of item 1' }).getByRole('button', { name: /^Media/ });
  await media.click();
  await page.getByLabel('File name').fill('summer-campaign-2026-hero-banner.png');
  await expect(media).toHaveAccessibleName('Media: summer-campaign-2026-hero-banner.png');
  await expect(media.locator('.mid-ellipsis__end')).toHaveText('anner.png');
  const start = media.locator('.mid-ellipsis__start');
  // Shown, not cut to a letter: the start keeps several characters (about 70 px and more).
  expect((await start.boundingBox())!.width).toBeGreaterThan(60);
  expect(await start.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
});
