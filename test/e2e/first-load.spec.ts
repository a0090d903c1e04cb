import { expect, test } from './fixtures';

/**
 * The first load (bench: "JS loaded before the designer accepts input"): the designer
 * accepts input having fetched only the build's initial JavaScript (index.html's entry
 * script and the chunks it preloads, which the size check keeps within its budget); what
 * it does not need for that (the splitter, the preview's composer and Webhooks panel, their
 * payloads, the three-way merge) comes after, and then works.
 */
test('the designer is ready on its initial JavaScript alone; the splitter, composer and Webhooks panel follow', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  const initial = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!);
  expect(initial.length).toBeGreaterThan(1);

  await page.goto('/');
  await page.waitForFunction(() => performance.getEntriesByName('designer-ready').length > 0);
  const beforeReady = await page.evaluate(() => {
    const ready = performance.getEntriesByName('designer-ready')[0]!.startTime;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => /\.js(\?|$)/.test(e.name) && e.responseEnd <= ready)
      .map((e) => new URL(e.name).pathname);
  });
  expect(new Set(beforeReady)).toEqual(new Set(initial));

  // What waited comes, and works.
  await expect(page.getByRole('separator', { name: 'Height of the details panel' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Simulate sending' })).toBeVisible();
  const composer = page.getByRole('textbox', { name: 'Message as the end user' });
  await composer.fill('Hello');
  await composer.press('Enter');
  await expect(page.locator('.preview').getByText('Hello', { exact: true })).toBeVisible();
  const loaded = await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => new URL(e.name).pathname));
  for (const chunk of [/\/Splitter-/, /\/EndUserComposer-/, /\/WebhookPanel-/, /\/panelEvents-/, /\/merge-/]) expect(loaded.some((f) => chunk.test(f)), String(chunk)).toBe(true);
});
