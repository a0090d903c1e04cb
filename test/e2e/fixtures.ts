import { expect, test as base, type Page } from '@playwright/test';

// A 1x1 PNG: what any image from outside the machine becomes in tests, which run offline.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Every test fails on a console error or an uncaught exception, and answers
 * requests to other hosts with a pixel (the examples' images live on cm.com).
 */
export const test = base.extend<{ failOnPageErrors: void; expectedConsoleErrors: RegExp[] }>({
  /** Console errors a test causes on purpose (a request it makes fail), which do not fail it. */
  expectedConsoleErrors: [[], { option: true }],
  failOnPageErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(message.text())))
          problems.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) =>
        route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL }),
      );
      await use();
      expect(problems, 'console errors and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Drags with intermediate pointer moves, as dnd-kit needs. */
export async function drag(page: Page, from: ReturnType<Page['locator']>, to: ReturnType<Page['locator']>) {
  await from.scrollIntoViewIfNeeded();
  await to.scrollIntoViewIfNeeded();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('drag: element not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await page.mouse.move(b.x + b.width / 2 + 2, b.y + b.height / 2 + 2, { steps: 2 });
  await page.mouse.up();
}

/** The palette entry of an element kind. */
export const paletteEntry = (page: Page, kind: string) => page.locator(`.palette-entry[data-kind="${kind}"]`);

/**
 * Opens the designer on a saved design holding `doc`, as if the user had left it there. The design goes into
 * storage before the tab's first load only, so a reload in the test keeps what the test did.
 */
export async function openSaved(page: Page, doc: unknown, name = 'Saved') {
  const saved = { version: 2, designs: [{ id: 'saved', name, doc, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }], currentId: 'saved', rememberToken: false };
  await page.addInitScript((s) => {
    if (sessionStorage.getItem('seeded')) return;
    localStorage.setItem('messenger-designer', s);
    sessionStorage.setItem('seeded', '1');
  }, JSON.stringify(saved));
  await page.goto('/');
}
