/**
 * The conversation both ways (issue 17), in Chromium: the preview's composer as the end user's
 * keyboard, the status reports of a simulated send, and the fixtures download.
 */
import { readFile } from 'node:fs/promises';
import { encodeShare } from '../../src/state/share';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

const request = (conversation: unknown[], reference = 'order-42') => ({
  messages: {
    authentication: { producttoken: '' },
    msg: [
      {
        from: 'Page',
        to: [{ number: 'PSID-1' }],
        body: { type: 'auto', content: 'Fallback' },
        allowedChannels: ['Facebook Messenger'],
        reference,
        richContent: { conversation },
      },
    ],
  },
});
const card = (n: number) => ({ header: `Card ${n}`, text: `About card ${n}`, media: { mediaName: 'a.png', mediaUri: 'https://www.cm.com/a.png', mimeType: 'image/png' } });

async function open(page: import('@playwright/test').Page, name: string, conversation: unknown[]) {
  await page.goto(`/#${await encodeShare(name, request(conversation))}`);
  await expect(page.getByText(`Opened the shared design “${name}”`)).toBeVisible({ timeout: 20_000 });
}

const webhooks = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Webhooks' });

test('typing “Call me later” in the composer and sending it shows the user’s bubble and an inbound payload with that text', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Drop an element here to add a new conversation item')).toBeVisible();
  const field = page.getByRole('textbox', { name: 'Message as the end user' });
  await field.fill('Call me later');
  await field.press('Enter');
  await expect(page.locator('.preview .pv-bubble--user')).toHaveText('Call me later');
  const payload = webhooks(page).getByLabel('Inbound message webhook JSON');
  await expect(payload).toBeVisible();
  const body = JSON.parse((await payload.textContent()) ?? '') as { message: { text: string }; channel: string };
  expect(body.message).toEqual({ text: 'Call me later' });
  expect(body.channel).toBe('Facebook Messenger');
});

test('an 11-card carousel’s simulated send gives a failed status report, in JSON and XML', async ({ page }) => {
  await open(page, 'Eleven cards', [{ text: 'Hello' }, { carousel: { cards: Array.from({ length: 11 }, (_, k) => card(k + 1)) } }]);
  await webhooks(page).getByRole('button', { name: 'Simulate sending' }).click();
  const entries = webhooks(page).getByRole('list', { name: 'Webhook timeline' }).getByRole('listitem');
  await expect(entries).toHaveCount(4);
  expect(await entries.evaluateAll((li) => li.map((e) => e.getAttribute('data-kind')))).toEqual([
    'outbound.send',
    'status.delivered',
    'outbound.send',
    'status.failed',
  ]);
  const failed = webhooks(page).getByLabel('Status report 2 of 2: failed JSON');
  await expect(failed).toBeVisible();
  const report = JSON.parse((await failed.textContent()) ?? '') as { messages: { msg: { reference: string; status: { code: string; errorDescription: string } } } };
  expect(report.messages.msg.reference).toBe('order-42');
  expect(report.messages.msg.status.errorDescription).toMatch(/^carousel\/too-many-cards: /);
  await webhooks(page).getByRole('radio', { name: 'XML' }).check();
  await expect(webhooks(page).getByLabel('Status report 2 of 2: failed XML')).toContainText('<ERRORDESCRIPTION>carousel/too-many-cards: ');
});

test('the fixtures download holds every timeline entry, each labelled, and each parses', async ({ page }) => {
  await open(page, 'Survey', [{ text: 'How was it?', suggestions: [{ action: 'Reply', label: 'Great', postbackdata: 'GREAT' }] }]);
  const panel = webhooks(page);
  await panel.getByRole('button', { name: 'Simulate sending' }).click();
  await page.locator('.preview').getByRole('button', { name: 'Great' }).click();
  const field = page.getByRole('textbox', { name: 'Message as the end user' });
  await field.fill('Call me later');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByRole('button', { name: 'Attach an image, video or document by URL' }).click();
  await page.getByRole('textbox', { name: 'File URL' }).fill('https://www.example.com/photo.jpg');
  await page.getByRole('button', { name: 'Send file' }).click();
  const entries = panel.getByRole('list', { name: 'Webhook timeline' }).getByRole('listitem');
  await expect(entries).toHaveCount(5);

  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download fixtures' }).click()]);
  expect(download.suggestedFilename()).toBe('messenger-webhook-fixtures.json');
  const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as { entries: Array<{ kind: string; payload: unknown; xml?: string }> };
  expect(file.entries.map((e) => e.kind)).toEqual(['outbound.send', 'status.delivered', 'inbound.suggestion', 'inbound.text', 'inbound.media']);
  const shown = await entries.evaluateAll((li) => li.map((e) => e.getAttribute('data-kind')));
  expect(file.entries.map((e) => e.kind)).toEqual(shown);
  for (const e of file.entries) {
    expect(e.payload).toEqual(expect.any(Object));
    if (e.xml !== undefined) {
      const parsed = await page.evaluate((xml) => new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length, e.xml);
      expect(parsed).toBe(0);
    }
  }
  expect((file.entries[4]!.payload as { message: { media: { contentType: string } } }).message.media.contentType).toBe('image/jpeg');
});
