import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

/** Serious or critical axe violations, with enough detail to fix them. */
async function seriousViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

test.beforeEach(async ({ page }) => {
  // Collect CSP violations from the very start of the page.
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Gallery' }).click();
  await page.locator('[data-tile="12-rich-card-carousel"]').click();
  await expect(page.getByTestId('outcome-code')).toHaveText(['generic_template']);
});

test('designer and preview: no serious or critical axe violations', async ({ page }) => {
  await page.locator('[data-path$="/cards/0/suggestions/0"]').click();
  expect(await seriousViolations(page)).toEqual([]);
  // Dark preview and desktop width too.
  await page.locator('.preview').getByRole('radio', { name: 'Dark' }).check();
  await page.locator('.preview').getByRole('radio', { name: 'Desktop' }).check();
  expect(await seriousViolations(page, '.preview')).toEqual([]);
});

test('the conversation both ways (composer, user bubbles, webhook timeline): no serious or critical axe violations', async ({ page }) => {
  const preview = page.locator('.preview');
  await preview.getByRole('textbox', { name: 'Message as the end user' }).fill('Call me later');
  await preview.getByRole('textbox', { name: 'Message as the end user' }).press('Enter');
  await preview.getByRole('button', { name: 'Simulate sending' }).click();
  await preview.getByRole('button', { name: 'Attach an image, video or document by URL' }).click();
  await preview.getByRole('textbox', { name: 'File URL' }).fill('not a url');
  await preview.getByRole('button', { name: 'Send file' }).click();
  await expect(preview.getByRole('alert')).toBeVisible();
  await expect(preview.getByRole('list', { name: 'Webhook timeline' }).getByRole('listitem')).toHaveCount(3);
  expect(await seriousViolations(page, '.preview')).toEqual([]);
  await preview.getByRole('radio', { name: 'Dark' }).check();
  await preview.getByRole('radio', { name: 'XML' }).check();
  expect(await seriousViolations(page, '.preview')).toEqual([]);
});

test('problems, matrix and the JSON editor: no serious or critical axe violations', async ({ page }) => {
  await page.getByRole('tab', { name: 'Input matrix' }).click();
  expect(await seriousViolations(page, '.designer__bottom')).toEqual([]);
  await page.getByRole('tab', { name: 'Request JSON' }).click();
  await expect(page.locator('.monaco-editor .view-lines').first()).toBeVisible({ timeout: 20_000 });
  expect(await seriousViolations(page)).toEqual([]);
});

test('gallery and designs dialogs: no serious or critical axe violations', async ({ page }) => {
  await page.getByRole('button', { name: 'Gallery' }).click();
  await expect(page.getByRole('dialog', { name: 'Gallery' })).toBeVisible();
  expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByTestId('design-name').click();
  expect(await seriousViolations(page, 'dialog[open]')).toEqual([]);
});

test('every palette action works from the keyboard, with a visible focus ring', async ({ page }) => {
  const entries = page.locator('.palette-entry');
  const count = await entries.count();
  expect(count).toBe(16);
  for (let i = 0; i < count; i++) {
    // Start from the conversation each time: nothing selected.
    await page.getByRole('button', { name: 'Message 1', exact: true }).focus();
    await page.keyboard.press('Enter');
    const entry = entries.nth(i);
    await entry.focus();
    const outline = await entry.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline, `focus ring on ${await entry.textContent()}`).not.toBe('none');
    const before = await page.getByTestId('announcer').textContent();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('announcer')).not.toHaveText(before ?? '');
    await expect(page.getByTestId('announcer')).toHaveText(/added|does not fit/);
  }
});

test('the built app runs under a strict CSP without unsafe-eval', async ({ page }) => {
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  // Exercise the parts that compile or load code: validation on every edit, Monaco and its workers.
  await page.getByRole('tab', { name: 'Request JSON' }).click();
  await expect(page.locator('.monaco-editor .view-lines').first()).toBeVisible({ timeout: 20_000 });
  await page.locator('[data-path$="/cards/0/suggestions/0"]').click();
  await page.getByRole('textbox', { name: 'Label' }).fill('Twenty-one characters');
  await expect(page.getByTestId('status-summary')).toHaveText(/1 error/);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
