import { drag, expect, paletteEntry, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Drop an element here to add a new conversation item')).toBeVisible();
});

test('drag a Card from the palette onto the canvas and the badge shows the template', async ({ page }) => {
  const zone = page.getByText('Drop an element here to add a new conversation item');
  await drag(page, paletteEntry(page, 'card'), zone);
  await expect(page.getByTestId('outcome-code')).toHaveText(['generic_template']);
  await expect(page.getByTestId('item-outcome')).toContainText('Generic template · 1 button');
  // A second card dragged onto the item makes it a carousel.
  await drag(page, paletteEntry(page, 'card'), page.getByRole('article', { name: 'Conversation item 1' }).locator('.outcome'));
  await expect(page.getByTestId('item-outcome')).toContainText('Carousel of 2 cards');
  await expect(page.getByRole('group', { name: 'Card 2 of item 1' })).toBeVisible();
});

test('a fourth suggestion dropped on a button card goes out as quick replies, with the warning', async ({ page }) => {
  const zone = page.getByText('Drop an element here to add a new conversation item');
  await drag(page, paletteEntry(page, 'header'), zone);
  const item = page.getByRole('article', { name: 'Conversation item 1' });
  for (let i = 0; i < 3; i++) await drag(page, paletteEntry(page, 'reply'), item.locator('.outcome'));
  await expect(page.getByTestId('item-outcome')).toContainText('Button template · 3 buttons');
  await drag(page, paletteEntry(page, 'reply'), item.locator('.outcome'));
  await expect(page.getByTestId('item-outcome')).toContainText('4 suggestions sent as quick replies');
  await expect(item.getByText('button-template/no-buttons')).toBeVisible();
  // The preview shows chips, not template buttons.
  await expect(page.locator('.preview').getByRole('button', { name: /Yes/ })).toHaveCount(4);
});

test('while dragging, places that do not take the element say so', async ({ page }) => {
  await page.getByRole('button', { name: /^Text$/ }).click(); // item 1 has text
  const handle = paletteEntry(page, 'text');
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + 60, box.y + 40, { steps: 8 });
  await expect(page.locator('.conv-item.drop--reject')).toHaveCount(1);
  await expect(page.locator('.new-item-zone.drop--accept')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await expect(page.getByTestId('outcome-code')).toHaveText(['text']);
});

test('typing a 21-character label shows the counter and the inline error', async ({ page }) => {
  await page.getByRole('button', { name: /^Text$/ }).click();
  await page.getByRole('button', { name: /^Reply$/ }).click();
  const label = page.getByRole('textbox', { name: 'Label' });
  await label.fill('');
  await label.pressSequentially('Twenty characters ok');
  await expect(page.getByTestId('counter-label')).toHaveText('20/20');
  await expect(page.getByText('suggestion/label-too-long')).toHaveCount(0);
  await label.press('!');
  await expect(page.getByTestId('counter-label')).toHaveText('21/20');
  await expect(page.locator('.block--suggestion').getByText('suggestion/label-too-long')).toBeVisible();
  await expect(page.locator('.inspector').getByText('suggestion/label-too-long')).toBeVisible();
  await expect(page.getByTestId('status-summary')).toHaveText(/1 error/);
});

test('add and reorder with the keyboard alone', async ({ page }) => {
  // Tab to the palette, add a text item with Enter.
  await paletteEntry(page, 'text').focus();
  await page.keyboard.press('Enter');
  // Deselect with the message button, then add a video as a second item.
  await page.getByRole('button', { name: 'Message 1', exact: true }).focus();
  await page.keyboard.press('Enter');
  await paletteEntry(page, 'video').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('outcome-code')).toHaveText(['text', 'media']);
  // Pick item 2 up by its handle with Space, move it up, drop it with Space.
  await page.getByRole('button', { name: 'Reorder item 2' }).focus();
  await page.keyboard.press('Space');
  // dnd-kit listens for the arrow keys from the next tick on, as a person's next key press would be.
  await expect(page.locator('.sortable--dragging')).toHaveCount(1);
  await page.waitForTimeout(50);
  await page.keyboard.press('ArrowUp');
  // Let the item glide into its new place before dropping it.
  await expect(page.locator('.sortable-item').first()).toHaveAttribute('style', /translate3d\(0px, \d+px/);
  await page.waitForTimeout(250);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('outcome-code')).toHaveText(['media', 'text']);
  // Undo with the keyboard.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('outcome-code')).toHaveText(['text', 'media']);
});

test('a palette element dragged with the keyboard: the arrow keys step through the places, Space drops it there', async ({ page }) => {
  // One text item on the canvas: its places are the item and the new-item zone.
  await paletteEntry(page, 'text').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('outcome-code')).toHaveText(['text']);
  const live = page.locator('[id^="DndLiveRegion"]');
  await paletteEntry(page, 'text').focus();
  await page.keyboard.press('Space');
  await expect(live).toContainText('Picked up Text');
  await page.waitForTimeout(50);
  // The first place is the text item, which has a text already: it says so.
  await page.keyboard.press('ArrowDown');
  await expect(live).toContainText('Text does not fit here');
  await expect(page.locator('.conv-item.drop--refusing')).toHaveCount(1);
  // The next is the new-item zone, which takes it.
  await page.keyboard.press('ArrowDown');
  await expect(live).toContainText('Text fits here');
  await expect(page.locator('.new-item-zone.drop--over')).toHaveCount(1);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('outcome-code')).toHaveText(['text', 'text']);
  // A card: Up from no place goes round to the last place; Right and Left step too; Escape leaves the design as it was.
  await paletteEntry(page, 'card').focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(50);
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('.new-item-zone.drop--over')).toHaveCount(1);
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.conv-item.drop--over')).toHaveCount(1);
  await expect(page.getByRole('article', { name: 'Conversation item 2' }).locator('xpath=ancestor::*[contains(@class, "drop--over")]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(live).toContainText('Cancelled; nothing changed.');
  await expect(page.getByTestId('outcome-code')).toHaveText(['text', 'text']);
});

test('the preview follows an edit at once', async ({ page }) => {
  await page.getByRole('button', { name: /^Text$/ }).click();
  const preview = page.locator('.preview');
  await expect(preview.getByText('Your message text')).toBeVisible();
  await page.getByLabel('Text', { exact: true }).fill('Hello from the inspector');
  await expect(preview.getByText('Hello from the inspector')).toBeVisible();
});

test('a long header is cut on its carousel card, which keeps its width so the next card peeks in', async ({ page }) => {
  const zone = page.getByText('Drop an element here to add a new conversation item');
  await drag(page, paletteEntry(page, 'card'), zone);
  await drag(page, paletteEntry(page, 'card'), page.getByRole('article', { name: 'Conversation item 1' }).locator('.outcome'));
  const card = page.getByRole('group', { name: 'Card 1 of item 1' });
  await card.getByRole('button', { name: /^Header/ }).click();
  await page.getByLabel('Header', { exact: true }).fill('A header that runs as long as eighty characters allow, to the very end of it..');
  const cards = page.locator('.sortable-card');
  const [first, second, list] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox(), await page.locator('.conv-cards').boundingBox()];
  expect(first!.width).toBeLessThan(260);
  // The second card starts inside the visible list, beside the first.
  expect(second!.x).toBeLessThan(list!.x + list!.width);
});
