import { expect, test } from './fixtures';

/**
 * JSON as CM's SDKs write it, imported into the designer: a PSID written as a
 * number longer than a JavaScript number holds keeps its digits in the inspector
 * (and so in what an edit writes), and null (an unset property) shows as an empty
 * field, not as the word "null" that an edit would then keep.
 */

const PSID = '24567890123456789'; // read as a number: 24567890123456788
const TEXT = `{
  "messages": {
    "msg": [
      {
        "from": "Shop",
        "to": [ { "number": ${PSID} } ],
        "reference": null,
        "body": { "type": "auto", "content": "Hello" },
        "allowedChannels": [ "Facebook Messenger" ],
        "richContent": { "conversation": [ { "header": null, "text": "Hello from the SDK" } ] }
      }
    ]
  }
}
`;

test.use({ viewport: { width: 1440, height: 900 } });

test('an SDK request: a 17-digit PSID keeps its digits through an edit; null shows as an empty field', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('tab', { name: 'Request JSON' }).click();
  await page.getByTestId('import-file').setInputFiles({ name: 'sdk.json', mimeType: 'application/json', buffer: Buffer.from(TEXT) });
  await expect(page.getByTestId('json-confirmation')).toHaveText('Imported sdk.json.');
  // The message's inspector: the recipient as the text writes it, not as a JavaScript number rounds it.
  await page.getByRole('button', { name: 'Message 1', exact: true }).click();
  const recipient = page.getByRole('textbox', { name: 'Recipient 1 (PSID or notification token)' });
  await expect(recipient).toHaveValue(PSID);
  await expect(page.locator('.inspector').getByText('Must be a string, not a number.')).toBeVisible();
  // null: an empty field that names it, which typing fills.
  const reference = page.getByRole('textbox', { name: 'Reference' });
  await expect(reference).toHaveValue('');
  await expect(reference).toHaveAttribute('placeholder', 'null');
  await reference.fill('order-1');
  // An edit of the recipient writes the digits the user saw, as the string the API wants.
  await recipient.press('End');
  await recipient.press('Backspace');
  await recipient.press('9');
  await expect(recipient).toHaveValue(PSID);
  await page.getByRole('button', { name: 'Copy JSON' }).click();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { messages: { msg: { to: { number: unknown }[]; reference: unknown }[] } };
  expect(copied.messages.msg[0]!.to[0]!.number).toBe(PSID);
  expect(copied.messages.msg[0]!.reference).toBe('order-1');
  await expect(page.locator('.inspector').getByText('Must be a string, not a number.')).toHaveCount(0);
});

test('the code snippets send the 17-digit PSID with its own digits', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('tab', { name: 'Request JSON' }).click();
  await page.getByTestId('import-file').setInputFiles({ name: 'sdk.json', mimeType: 'application/json', buffer: Buffer.from(TEXT) });
  await expect(page.getByTestId('json-confirmation')).toHaveText('Imported sdk.json.');
  await page.getByRole('tab', { name: 'Code' }).click();
  for (const language of ['cURL', 'JavaScript fetch', 'Python requests', 'C# HttpClient', 'Java HttpClient']) {
    await page.getByRole('radio', { name: language }).check();
    await expect(page.getByTestId('snippet'), language).toContainText(PSID);
    await expect(page.getByTestId('snippet'), language).not.toContainText('24567890123456788');
  }
});
