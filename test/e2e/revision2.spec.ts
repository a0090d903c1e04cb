/**
 * Rules revision 2 where users look (issue 11): a request as CM's own SDK writes it
 * designs as it is, with its message-level suggestions moved into an item in one
 * undoable step; a card with 4 suggestions shows quick-reply chips and its warning;
 * the preview marks what Messenger would reject.
 */
import { MessageApiClient, sdkRequestText } from '../sdk';
import { drag, expect, paletteEntry, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

const TOKEN = '00000000-0000-0000-0000-000000000000';

test('a request built with CM’s SDK shows its message-level suggestions and moves them into an item in one undoable step', async ({ page }) => {
  const text = await sdkRequestText(() =>
    new MessageApiClient(TOKEN)
      .createMessage()
      .setMessage(['2460055030755674'], '105632735102046', 'Which size?')
      .setAllowedChannels(['Facebook Messenger'])
      .setConversation([
        { text: 'Hello! Which size do you wear?' },
        { header: 'Our sizes', text: 'From XS to XXL', media: { mediaName: 'sizes.png', mediaUri: 'https://www.cm.com/sizes.png', mimeType: 'image/png' } },
      ])
      .setSuggestion([
        { action: 'reply', label: 'Small', postbackdata: 'SIZE_S' },
        { action: 'openUrl', label: 'Size chart', url: 'https://www.cm.com/sizes' },
      ])
      .send(),
  );
  expect(JSON.parse(text).messages.authentication.productToken).toBe(TOKEN);

  await page.goto('/');
  await page.getByRole('tab', { name: 'Request JSON' }).click();
  await page.getByTestId('import-file').setInputFiles({ name: 'from-sdk.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('json-confirmation')).toHaveText('Imported from-sdk.json.');

  // The design is the SDK's: two items, the token (productToken) in the envelope, and the strip.
  await expect(page.getByTestId('outcome-code')).toHaveText(['text', 'generic_template']);
  await expect(page.getByRole('textbox', { name: 'Product token' })).toHaveValue(TOKEN);
  const strip = page.getByRole('region', { name: 'Message-level suggestions' });
  await expect(strip).toContainText('Message-level suggestions: not sent on Messenger');
  await expect(strip.getByText('suggestions/message-level')).toBeVisible();
  await expect(strip.getByRole('button', { name: /^Suggestion 1: Reply Small, not sent/ })).toBeVisible();
  await expect(strip.getByRole('button', { name: /^Suggestion 2: OpenUrl Size chart, not sent/ })).toBeVisible();

  // Each one can be selected and edited in the inspector.
  await strip.getByRole('button', { name: /^Suggestion 2: OpenUrl/ }).click();
  await expect(page.locator('.inspector')).toContainText('Suggestion 2');
  await page.locator('.inspector').getByLabel('Label').fill('Sizes chart');
  await expect(strip.getByRole('button', { name: /^Suggestion 2: OpenUrl Sizes chart/ })).toBeVisible();

  // One step moves them into the last item, whose badge then counts them as buttons.
  const item2 = page.getByRole('article', { name: 'Conversation item 2' });
  await expect(item2.getByTestId('item-outcome')).not.toContainText('button');
  await strip.getByRole('button', { name: 'Move into item 2' }).click();
  await expect(strip).toHaveCount(0);
  await expect(item2.getByTestId('item-outcome')).toContainText('Generic template · 2 buttons');
  await expect(item2.getByRole('button', { name: /^Suggestion 1: Reply Small, sent as button/ })).toBeVisible();
  await expect(page.getByText('suggestions/message-level')).toHaveCount(0);
  // The selection went with them: the first moved suggestion.
  await expect(page.locator('.inspector').getByLabel('Label')).toHaveValue('Small');

  // Undo brings the strip back in one step (the edit of the label stays).
  await page.keyboard.press('Control+z');
  await expect(strip.getByRole('button', { name: /^Suggestion 2: OpenUrl Sizes chart, not sent/ })).toBeVisible();
  await expect(item2.getByTestId('item-outcome')).not.toContainText('button');
});

test('a carousel card with 4 suggestions shows them as quick-reply chips, with the warning on the card', async ({ page }) => {
  await page.goto('/');
  await drag(page, paletteEntry(page, 'carousel'), page.getByText('Drop an element here to add a new conversation item'));
  const card1 = page.getByRole('group', { name: 'Card 1 of item 1' });
  await card1.getByRole('button', { name: 'Card 1', exact: true }).click();
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /^Reply$/ }).click();
  await card1.getByRole('button', { name: 'Card 1', exact: true }).click();

  await expect(card1.locator('.chip__as')).toHaveText(['quick reply', 'quick reply', 'quick reply', 'quick reply']);
  await expect(card1.locator('.sortable-suggestion.chip--quick_reply')).toHaveCount(4);
  await expect(card1.getByText('generic/buttons-overflow')).toBeVisible();
  // The other card keeps its button; the badge counts per card, never a total.
  const card2 = page.getByRole('group', { name: 'Card 2 of item 1' });
  await expect(card2.locator('.chip__as')).toHaveText(['button']);
  await expect(page.getByTestId('item-outcome')).toContainText('2 cards · up to 1 button per card · 4 quick replies');
  // The preview draws the 4 as quick replies under the carousel.
  await expect(page.locator('.preview .pv-quick-replies .pv-chip')).toHaveCount(4);
});

test('the preview marks the card Messenger rejects in an 11-card carousel', async ({ page }) => {
  await page.goto('/');
  await drag(page, paletteEntry(page, 'carousel'), page.getByText('Drop an element here to add a new conversation item'));
  await page.getByRole('button', { name: 'Item 1', exact: true }).click();
  for (let i = 0; i < 9; i++) {
    await page.getByRole('button', { name: 'Item 1', exact: true }).click();
    await page.getByRole('button', { name: /^Card$/ }).click();
  }
  await expect(page.locator('.sortable-card')).toHaveCount(11);
  await expect(page.getByText('carousel/too-many-cards').first()).toBeVisible();

  const slides = page.locator('.preview .pv-carousel__slide');
  await expect(slides).toHaveCount(11);
  await expect(slides.nth(10).getByRole('note')).toContainText('Messenger rejects this message');
  await expect(slides.nth(10).locator('.pv-card--rejected')).toHaveCount(1);
  // The mark hides no text of the card: over its image, or above its title when it has none.
  const note = (await slides.nth(10).getByRole('note').boundingBox())!;
  const title = (await slides.nth(10).locator('.pv-card__title').boundingBox())!;
  expect(note.y + note.height).toBeLessThanOrEqual(title.y + 0.5);
  // The image's URL emptied, as a marketer does in the inspector: the card has no image.
  await page.getByRole('group', { name: 'Card 11 of item 1' }).locator('.block--media .block__select').click();
  await page.locator('.inspector').getByRole('textbox', { name: 'URL', exact: true }).fill('');
  await expect(slides.nth(10).locator('.pv-card__image')).toHaveCount(0);
  const noteWithout = (await slides.nth(10).getByRole('note').boundingBox())!;
  const titleWithout = (await slides.nth(10).locator('.pv-card__title').boundingBox())!;
  expect(noteWithout.y + noteWithout.height).toBeLessThanOrEqual(titleWithout.y + 0.5);
  await expect(page.locator('.preview .pv-card--rejected')).toHaveCount(1);
  // The error is the card's, not the whole message's.
  await expect(page.locator('.preview .pv-reject')).toHaveCount(0);

  // Removing the 11th card takes the mark away.
  await page.getByRole('group', { name: 'Card 11 of item 1' }).getByRole('button', { name: 'Card 11', exact: true }).click();
  await page.keyboard.press('Delete');
  await expect(page.locator('.preview .pv-card--rejected')).toHaveCount(0);
});
