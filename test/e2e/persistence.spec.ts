import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { decodeShare } from '../../src/state/share';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

const TOKEN = 'tok-7f3a9c1e-secret';

test('an edit survives a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Header$/ }).click();
  await page.getByLabel('Header', { exact: true }).fill('Kept across reloads');
  await page.reload();
  await expect(page.getByRole('button', { name: /Header: Kept across reloads/ })).toBeVisible();
  await expect(page.getByTestId('outcome-code')).toHaveText(['generic_template']);
});

test('a share link opens the same design in a fresh browser, as a new design', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Gallery' }).click();
  await page.locator('[data-tile="ten-card-carousel"]').click();
  await page.getByLabel('Page ID (from)').fill('1234567890');
  await page.getByLabel('Product token', { exact: true }).fill(TOKEN);
  await page.getByRole('button', { name: 'Share link' }).click();
  const linkBox = page.getByLabel('Share link', { exact: true });
  await expect(linkBox).toHaveValue(/#share=2\./);
  const link = await linkBox.inputValue();
  expect(link).not.toContain(TOKEN);
  await expect(page.getByTestId('share-facts')).toContainText('Your product token is not in the link.');

  const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const colleague = await other.newPage();
  await colleague.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (r) => r.fulfill({ status: 204 }));
  const errors: string[] = [];
  colleague.on('pageerror', (e) => errors.push(e.message));
  await colleague.goto(link);
  // The sender's design name travels with it (its automatic name followed the template opened into it).
  await expect(colleague.getByTestId('design-name')).toHaveText('10-card carousel');
  await expect(colleague.getByTestId('item-outcome')).toContainText('Carousel of 10 cards');
  await expect(colleague.getByLabel('Page ID (from)')).toHaveValue('1234567890');
  await expect(colleague.getByLabel('Product token', { exact: true })).toHaveValue('');
  await expect(colleague.getByText(/Opened the shared design/)).toBeVisible();
  // The fragment is consumed: a reload does not import it again.
  expect(new URL(colleague.url()).hash).toBe('');
  const designs = await colleague.evaluate(() => JSON.parse(localStorage.getItem('messenger-designer') ?? '{}').designs.length);
  expect(designs).toBe(2);
  expect(errors).toEqual([]);
  await other.close();
});

test('a share link pasted into a tab that has the designer open opens there too (only the fragment changes: no reload)', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Text$/ }).click();
  await page.getByRole('button', { name: 'Share link' }).click();
  // The link is made in a moment ("Making the link…" until then).
  await expect(page.getByLabel('Share link', { exact: true })).toHaveValue(/#share=2\./);
  const shared = await page.getByLabel('Share link', { exact: true }).inputValue();
  await page.keyboard.press('Escape');
  const designs = () => page.evaluate(() => (JSON.parse(localStorage.getItem('messenger-designer') ?? '{}') as { designs: unknown[] }).designs.length);
  const before = await designs();
  // The same page goes on: a mark set on it now is still there after the link is opened.
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  await page.goto(shared);
  await expect(page.getByText(/Opened the shared design/)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  await expect.poll(designs).toBe(before + 1);
  expect(new URL(page.url()).hash).toBe('');
  // A damaged link pasted the same way says so; a fragment that is no share link (the skip link's) changes nothing.
  await page.goto('/#share=2.AAAAthis-is-not-deflate');
  await expect(page.getByRole('alert')).toContainText('damaged or cut off');
  await page.goto('/#designer-canvas');
  expect(await designs()).toBe(before + 1);
  expect(new URL(page.url()).hash).toBe('#designer-canvas');
});

test('a damaged share link says so and keeps the user’s design', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Text$/ }).click();
  await page.goto('/#share=2.AAAAthis-is-not-deflate');
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('damaged or cut off');
  await expect(page.getByTestId('outcome-code')).toHaveText(['text']);
});

test('a small share link that unpacks to 50 MB is refused after reading about 1 MB, and the user’s design stays current', async ({ page }) => {
  // Counts every byte a DecompressionStream of the page hands out to its reader.
  await page.addInitScript(() => {
    const w = window as unknown as { __inflated: number; DecompressionStream: typeof DecompressionStream };
    const Native = w.DecompressionStream;
    w.__inflated = 0;
    w.DecompressionStream = class extends Native {
      constructor(format: CompressionFormat) {
        super(format);
        const counted = super.readable.pipeThrough(
          new TransformStream<Uint8Array, Uint8Array>({
            transform(chunk, out) {
              w.__inflated += chunk.byteLength;
              out.enqueue(chunk);
            },
          }),
        );
        Object.defineProperty(this, 'readable', { value: counted });
      }
    };
  });
  await page.goto('/');
  await page.getByRole('button', { name: /^Text$/ }).click();
  // 50 MB of spaces in a design's field: a 65 kB link.
  const bomb = deflateRawSync(Buffer.from(`{"name":"Bomb","doc":{"messages":{},"pad":"${' '.repeat(50_000_000)}"}}`), { level: 9 });
  const fragment = `#share=2.${bomb.toString('base64url')}`;
  expect(fragment.length).toBeLessThan(70_000);
  await page.goto('/' + fragment);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('unpacks to more than 1 MB');
  const inflated = await page.evaluate(() => (window as unknown as { __inflated: number }).__inflated);
  expect(inflated).toBeGreaterThan(1024 * 1024); // it did read up to the cap…
  expect(inflated).toBeLessThan(2 * 1024 * 1024); // …and stopped there
  await expect(page.getByTestId('design-name')).toHaveText('My design');
  await expect(page.getByTestId('outcome-code')).toHaveText(['text']);
  const designs = await page.evaluate(() => JSON.parse(localStorage.getItem('messenger-designer') ?? '{}').designs.length);
  expect(designs).toBe(1);
  expect(new URL(page.url()).hash).toBe('');
});

test('a share link that holds no request is refused and opens nothing', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Text$/ }).click();
  await page.goto(`/#share=2.${deflateRawSync(Buffer.from('{"doc": 5}')).toString('base64url')}`);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('does not hold a design');
  await expect(page.getByTestId('design-name')).toHaveText('My design');
  await expect(page.getByTestId('outcome-code')).toHaveText(['text']);
  await expect(page.getByText(/Opened the shared design/)).toHaveCount(0);
});

test('the product token is in neither the URL nor storage unless remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Product token', { exact: true }).fill(TOKEN);
  await page.getByRole('button', { name: /^Text$/ }).click();
  const storage = () => page.evaluate(() => JSON.stringify({ ...localStorage }));
  // Autosave follows an edit within a moment.
  await expect.poll(storage).toContain('Your message text');
  expect(await storage()).not.toContain(TOKEN);
  expect(page.url()).not.toContain(TOKEN);

  await page.getByRole('button', { name: 'Message 1', exact: true }).click();
  await page.getByLabel('Remember the product token on this device').check();
  expect(await storage()).toContain(TOKEN);
  await page.reload();
  await expect(page.getByLabel('Product token', { exact: true })).toHaveValue(TOKEN);
  await page.getByLabel('Remember the product token on this device').uncheck();
  expect(await storage()).not.toContain(TOKEN);
});

test('a token under repeated and differently spelt keys reaches neither storage, Copy nor the share link (issue 16, F9)', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  // JSON.parse keeps only the last of two equal keys; the text keeps both, and CM may read either.
  const text =
    '{"messages":{"authentication":{"producttoken":"SECRET-FIRST","producttoken":"SECRET-LAST"},' +
    '"Authentication":{"ProductToken":"SECRET-CASED"},' +
    '"msg":[{"from":"Page","to":[{"number":"1"}],"body":{"content":"Hi"},"allowedChannels":["Facebook Messenger"]}]}}';
  await page.goto('/');
  await page.getByRole('tab', { name: 'Request JSON' }).click();
  await page.getByTestId('import-file').setInputFiles({ name: 'twice.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('json-confirmation')).toHaveText('Imported twice.json.');
  await expect(page.getByText('From page Page')).toBeVisible();

  const storage = () => page.evaluate(() => JSON.stringify({ ...localStorage }));
  await expect.poll(storage).toContain('ProductToken');
  await page.waitForTimeout(1200); // past the autosave's pause
  expect(await storage()).not.toMatch(/SECRET/);

  await page.getByRole('button', { name: 'Copy JSON' }).click();
  await expect(page.getByTestId('json-confirmation')).toContainText('Copied the request');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('"msg"');
  expect(copied).not.toMatch(/SECRET/);

  await page.getByRole('button', { name: 'Share link' }).click();
  await expect(page.getByLabel('Share link', { exact: true })).toHaveValue(/#share=2\./);
  const link = await page.getByLabel('Share link', { exact: true }).inputValue();
  const shared = await decodeShare(new URL(link).hash);
  expect(shared?.ok).toBe(true);
  expect(JSON.stringify(shared)).toContain('"msg"');
  expect(JSON.stringify(shared)).not.toMatch(/SECRET/);
});

test('a corrupted saved state is set aside with a notice, and the page works', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('messenger-designer', '{"version": 2, "designs": [{"broken": tru'));
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'could not be opened' })).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith('messenger-designer:set-aside:'))).toBe(true);
  await page.getByRole('button', { name: /^Text$/ }).click();
  await expect(page.getByTestId('outcome-code')).toHaveText(['text']);
});

test('3 MB of damaged saved data, too big to set aside, stays in storage across edits and reloads, and is offered as a download', async ({ page }) => {
  await page.goto('/');
  // About 5 MB of room: the damaged data fits once, not twice.
  const damaged = '{"version": 2, "designs": [' + '"x",'.repeat(750_000);
  await page.evaluate((d) => localStorage.setItem('messenger-designer', d), damaged);
  const kept = () => page.evaluate((d) => localStorage.getItem('messenger-designer') === d, damaged);
  await page.reload();
  const notice = page.getByRole('status').filter({ hasText: 'could not be opened' });
  await expect(notice).toContainText('has no room for a copy to set them aside');
  await expect(notice).toContainText('nothing you do now is saved');
  // The page works; the edit is not saved over the data.
  await page.getByRole('button', { name: /^Text$/ }).click();
  await expect(page.getByTestId('outcome-code')).toHaveText(['text']);
  await page.waitForTimeout(600); // autosave would have written by now
  expect(await kept()).toBe(true);
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the saved data' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^messenger-designer-saved-data-.*\.json$/);
  const path = await download.path();
  expect(readFileSync(path, 'utf8') === damaged).toBe(true);
  await page.reload(); // leaving the page saves at once: not here
  expect(await kept()).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'could not be opened' })).toBeVisible();
  // Deleted by the user's choice, saving starts again.
  await page.getByRole('button', { name: 'Delete it and save from now on' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'saved again from now on' })).toBeVisible();
  await page.getByRole('button', { name: /^Header$/ }).click();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('messenger-designer') ?? '')).toContain('"header"');
});

test('designs can be renamed, duplicated, opened and deleted', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Text$/ }).click();
  await page.getByTestId('design-name').click();
  await page.getByRole('button', { name: 'Rename My design' }).click();
  await page.getByLabel('New name for My design').fill('Spring campaign');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Duplicate Spring campaign' }).click();
  await expect(page.getByTestId('design-name')).toHaveText('Spring campaign copy');
  await expect(page.getByRole('list', { name: 'Saved designs' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Open Spring campaign', exact: true }).click();
  await expect(page.getByTestId('design-name')).toHaveText('Spring campaign');
  await page.getByTestId('design-name').click();
  await expect(page.getByRole('list', { name: 'Saved designs' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete Spring campaign copy' }).click();
  await page.getByRole('button', { name: 'Delete “Spring campaign copy”' }).click();
  await expect(page.getByRole('list', { name: 'Saved designs' }).getByRole('listitem')).toHaveCount(1);
});

test('two tabs on two designs both keep their work', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Text$/ }).click(); // design 1: a text
  await page.getByTestId('design-name').click();
  await page.getByRole('button', { name: '+ New empty design' }).click(); // design 2 is now open here
  const other = await context.newPage();
  await other.goto('/'); // opens design 2 as well, then switches to design 1
  await other.getByTestId('design-name').click();
  await other.getByRole('button', { name: 'Open My design', exact: true }).click();
  // The saved JSON of a design, as storage holds it (autosave writes a moment after an edit).
  const saved = (name: string) =>
    page.evaluate((n) => {
      const state = JSON.parse(localStorage.getItem('messenger-designer') ?? '{}') as { designs?: { name: string; doc: unknown }[] };
      return JSON.stringify(state.designs?.find((d) => d.name === n)?.doc ?? null);
    }, name);
  await other.getByRole('button', { name: /^Header$/ }).click(); // tab 2 edits design 1
  await page.getByRole('button', { name: /^Video$/ }).click(); // tab 1 edits design 2
  await expect.poll(() => saved('New design')).toContain('video/mp4');
  await other.getByRole('button', { name: /^Image$/ }).click(); // tab 2 saves again, after tab 1
  await expect.poll(() => saved('My design')).toContain('image/');
  await page.reload();
  const open = async (name: string) => {
    if ((await page.getByTestId('design-name').textContent()) === name) return;
    await page.getByTestId('design-name').click();
    await page.getByRole('button', { name: `Open ${name}`, exact: true }).click();
  };
  await open('New design');
  await expect(page.getByTestId('outcome-code')).toHaveText(['media']);
  await open('My design');
  await expect(page.getByTestId('outcome-code')).toHaveText(['text', 'generic_template']);
});

test('a design open in two tabs: an edit in one shows up in the other, which says so', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Text$/ }).click();
  const other = await context.newPage();
  await other.goto('/');
  await other.getByRole('button', { name: /Text: Your message text/ }).click();
  await other.getByLabel('Text', { exact: true }).fill('Written in the other tab');
  await expect(page.getByRole('button', { name: /Text: Written in the other tab/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('was changed in another tab');
  // Undo in this tab goes back to what it showed before.
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(page.getByRole('button', { name: /Text: Your message text/ })).toBeVisible();
});

test('a design open in two tabs, edited in different fields within the same moment: both edits are kept', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /^Text$/ }).click();
  const saved = () => page.evaluate(() => localStorage.getItem('messenger-designer') ?? '');
  await expect.poll(saved).toContain('Your message text');
  const other = await context.newPage();
  await other.goto('/');
  await other.getByRole('button', { name: /Text: Your message text/ }).click();
  await page.getByRole('button', { name: 'Message 1', exact: true }).click();
  // Both edits land before either tab's autosave (250 ms after an edit).
  await Promise.all([
    page.getByLabel('Page ID (from)').fill('1234567890'),
    other.getByLabel('Text', { exact: true }).fill('Written in the other tab'),
  ]);
  await expect.poll(saved).toContain('Written in the other tab');
  await expect.poll(saved).toContain('1234567890');
  for (const tab of [page, other]) {
    await expect(tab.getByRole('button', { name: /Text: Written in the other tab/ })).toBeVisible();
    await tab.getByRole('button', { name: 'Message 1', exact: true }).click();
    await expect(tab.getByLabel('Page ID (from)')).toHaveValue('1234567890');
  }
  await page.reload();
  await expect(page.getByRole('button', { name: /Text: Written in the other tab/ })).toBeVisible();
  await page.getByRole('button', { name: 'Message 1', exact: true }).click();
  await expect(page.getByLabel('Page ID (from)')).toHaveValue('1234567890');
});
