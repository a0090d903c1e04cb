import { drag, expect, openSaved, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

const THREE_ITEMS = {
  messages: {
    authentication: { producttoken: '' },
    msg: [
      {
        from: 'Page',
        to: [{ number: '123' }],
        body: { type: 'auto', content: 'Fallback' },
        allowedChannels: ['Facebook Messenger'],
        richContent: { conversation: [{ text: 'First' }, { text: 'Second' }, { text: 'Third' }] },
      },
    ],
  },
};

/** Opens the page with a saved design of three text items. */
async function open(page: import('@playwright/test').Page) {
  await openSaved(page, THREE_ITEMS, 'Three');
  await expect(page.getByRole('article', { name: 'Conversation item 3' })).toBeVisible();
}

test('the selection follows the element it names when another element is dragged past it, and undo brings back the selection of its step', async ({ page }) => {
  await open(page);
  const inspectorText = page.locator('.inspector').getByLabel('Text', { exact: true });
  // Select item 3 ("Third").
  await page.getByRole('button', { name: 'Item 3', exact: true }).click();
  await expect(inspectorText).toHaveValue('Third');
  // Drag item 1 by its handle below item 3.
  await drag(page, page.getByRole('button', { name: 'Reorder item 1' }), page.getByRole('article', { name: 'Conversation item 3' }));
  await expect(page.locator('.conv-items .block--text .block__value')).toHaveText(['Second', 'Third', 'First']);
  // Still "Third", now item 2.
  await expect(inspectorText).toHaveValue('Third');
  await expect(page.getByRole('button', { name: 'Item 2', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // Select something else, then undo the move: the selection of that step comes back.
  await expect(page.locator('.sortable--dragging')).toHaveCount(0);
  // dnd-kit swallows clicks for 50 ms after a drop (so that the drop is no click): a person's next click comes later.
  await page.waitForTimeout(100);
  await page.getByRole('button', { name: 'Item 1', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Item 1', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(inspectorText).toHaveValue('Second');
  await page.keyboard.press('Control+z');
  await expect(page.locator('.conv-items .block--text .block__value')).toHaveText(['First', 'Second', 'Third']);
  await expect(inspectorText).toHaveValue('Third');
  await expect(page.getByRole('button', { name: 'Item 3', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // Redo: the move again, with the selection it left.
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('.conv-items .block--text .block__value')).toHaveText(['Second', 'Third', 'First']);
  await expect(inspectorText).toHaveValue('Third');
});
