/**
 * Large requests stay responsive (issue 16): a share link of 10,000 conversation items
 * (713 characters of fragment) and a carousel of 1,000 cards open with no main-thread
 * task over 200 ms, and a click on them paints within 100 ms. The canvas draws what is
 * in view, the core checks them in a worker, and the lists say what they leave out.
 */
import { encodeShare } from '../../src/state/share';
import { itemsRequest } from '../core/helpers';
import { expect, openSaved, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

const request = (conversation: unknown[]) => itemsRequest(...conversation);

/** Records the page's long tasks (and keystroke/click latency) from its first script on. */
async function watch(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[]; clicks: number[] };
    w.longTasks = [];
    w.clicks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        if (e.name === 'click') w.clicks.push(e.duration);
      }),
    ).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
}
const longTasks = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));
const clickLatencies = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { clicks: number[] }).clicks.splice(0));

test('a share link of 10,000 items opens with no task over 200 ms, and a click paints within 100 ms', async ({ page }) => {
  const fragment = await encodeShare('Ten thousand', request(Array.from({ length: 10_000 }, () => ({ text: 'x' }))));
  expect(fragment.length).toBeLessThan(800);
  await watch(page);
  await page.goto(`/#${fragment}`);
  await expect(page.getByText(/Opened the shared design “Ten thousand”/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Item 1', exact: true })).toBeVisible();
  // The check of the whole request comes back from the worker.
  await expect(page.getByTestId('status-summary')).toHaveText(/Valid/, { timeout: 20_000 });
  await expect(page.getByTestId('status-summary')).not.toHaveText(/Checking/);
  await page.waitForTimeout(500);
  expect(Math.max(0, ...(await longTasks(page))), 'longest task while opening (ms)').toBeLessThanOrEqual(200);

  // The canvas draws what is in view; the preview says what it leaves out.
  expect(await page.locator('.sortable-item').count()).toBeLessThan(40);
  await expect(page.locator('.preview').getByText(/9960 more conversation items/)).toBeVisible();

  await page.getByRole('button', { name: 'Item 3', exact: true }).click();
  await expect(page.locator('.inspector')).toContainText('Item 3');
  await page.waitForTimeout(300);
  expect(Math.max(0, ...(await clickLatencies(page))), 'click to next paint (ms)').toBeLessThanOrEqual(100);
  expect(Math.max(0, ...(await longTasks(page))), 'longest task after the click (ms)').toBeLessThanOrEqual(200);

  // Scrolling far down draws the items there.
  await page.locator('.designer__canvas').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect(page.getByRole('button', { name: /^Item 5\d{3}$/ }).first()).toBeVisible();
});

test('a carousel of 1,000 cards opens with no task over 200 ms; the cards in view are drawn', async ({ page }) => {
  const cards = Array.from({ length: 1000 }, (_, i) => ({ header: `Card ${i + 1}`, text: 'A card', suggestions: [{ action: 'Reply', label: 'More', postbackdata: `M${i}` }] }));
  await watch(page);
  await openSaved(page, request([{ carousel: { cards } }]), 'Cards');
  await expect(page.getByRole('group', { name: 'Card 1 of item 1' })).toBeVisible();
  await expect(page.getByText('carousel/too-many-cards').first()).toBeVisible({ timeout: 20_000 });
  await page.waitForTimeout(500);
  expect(Math.max(0, ...(await longTasks(page))), 'longest task while opening (ms)').toBeLessThanOrEqual(200);
  expect(await page.locator('.sortable-card').count()).toBeLessThan(30);
  await expect(page.locator('.preview').getByText('970 more cards are not drawn here.')).toBeAttached();

  await page.getByRole('group', { name: 'Card 2 of item 1' }).getByRole('button', { name: 'Card 2', exact: true }).click();
  await expect(page.locator('.inspector')).toContainText('Card 2');
  await page.waitForTimeout(300);
  expect(Math.max(0, ...(await clickLatencies(page))), 'click to next paint (ms)').toBeLessThanOrEqual(100);
});

test('a request nested 12,000 levels deep gets a read-only "too deep to show" state, and the design is never reverted', async ({ page }) => {
  const depth = 12_000;
  const text =
    '{"messages":{"authentication":{"producttoken":""},"msg":[{"from":"Deep","to":[{"number":"1"}],"body":{"content":"Hello"},"allowedChannels":["Facebook Messenger"],"deep":' +
    '['.repeat(depth) +
    ']'.repeat(depth) +
    '}]}}';
  await page.goto('/');
  await page.getByRole('tab', { name: 'Request JSON' }).click();
  await page.locator('.monaco-editor .view-lines').first().waitFor();
  await page.getByTestId('import-file').setInputFiles({ name: 'deep.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('json-confirmation')).toHaveText('Imported deep.json.');
  // The editor gives way to a read-only state that says why; the design is the imported one.
  await expect(page.getByRole('alert').filter({ hasText: 'too deep to show in the editor' })).toBeVisible();
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  await expect(page.getByText('From page Deep')).toBeVisible();
  await expect(page.getByTestId('outcome-code')).toHaveText(['text']);
  // It cannot be saved either (the browser cannot write it as JSON), and the page says so rather than failing.
  await expect(page.getByRole('alert').filter({ hasText: 'nested too deeply for the browser to write it as JSON' })).toBeVisible();
  // Copy gives back the imported text itself, which needs no printing.
  await page.getByRole('checkbox', { name: 'Include my product token' }).check();
  await page.getByRole('button', { name: 'Copy JSON' }).click();
  await expect(page.getByTestId('json-confirmation')).toContainText('Copied the request');
  // A keystroke elsewhere does not bring the old design back.
  await page.getByRole('button', { name: /^Message 1/ }).first().click();
  await page.getByLabel('Page ID (from)').fill('Still deep');
  await expect(page.getByText('From page Still deep')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'too deep to show in the editor' })).toBeVisible();
});
