import type { Page } from '@playwright/test';
import { itemsRequest } from '../core/helpers';
import { expect, openSaved, test } from './fixtures';

const LONG = 'Twenty-four characters!!'; // 24 characters; the limit is 20

/** Opens the designer on a request whose first item has these quick-reply labels. */
async function openWith(page: Page, labels: string[]) {
  const doc = itemsRequest({ text: 'Pick one', suggestions: labels.map((label, i) => ({ action: 'Reply', label, postbackdata: `P${i}` })) });
  await openSaved(page, doc, 'Fixes');
}

test.use({ viewport: { width: 1440, height: 900 } });

test('one click on Fix shortens a 24-character label to 20; Undo brings back the 24', async ({ page }) => {
  await openWith(page, [LONG]);
  const fix = page.locator('.designer__canvas').getByRole('button', { name: /^Fix: Shorten to 20 characters$/ });
  await expect(fix).toBeVisible();
  await fix.click();
  await expect(page.getByTestId('announcer')).toHaveText('Fixed: Shorten to 20 characters.');
  await expect(page.getByText('suggestion/label-too-long')).toHaveCount(0);
  await expect(page.locator('.preview').getByRole('button', { name: LONG.slice(0, 20) })).toBeVisible();
  // One undo step.
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(page.locator('.preview').getByRole('button', { name: LONG })).toBeVisible();
  await expect(page.locator('.designer__canvas').getByText('suggestion/label-too-long')).toBeVisible();
});

test('"Fix all" in Problems fixes 3 over-long labels in one step', async ({ page }) => {
  await openWith(page, [LONG, 'Another label, far too long', 'And a third one, also too long']);
  const problems = page.getByTestId('problems');
  await expect(problems.getByText('suggestion/label-too-long')).toHaveCount(3);
  await problems.getByRole('button', { name: /^Fix: 1 way, or all 3 of this kind$/ }).first().click();
  await page.getByRole('menuitem', { name: 'Fix all 3 of this kind' }).click();
  await expect(page.getByTestId('announcer')).toHaveText('Fixed 3 problems of the kind suggestion/label-too-long.');
  await expect(problems.getByText('suggestion/label-too-long')).toHaveCount(0);
  for (const name of ['Twenty-four characte', 'Another label, far', 'And a third one,']) await expect(page.locator('.preview').getByRole('button', { name, exact: true })).toBeVisible();
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(problems.getByText('suggestion/label-too-long')).toHaveCount(3);
});

test('the Fix menu works from the keyboard', async ({ page }) => {
  await openWith(page, [LONG, 'Another label, far too long']);
  const button = page.getByTestId('problems').getByRole('button', { name: /^Fix: 1 way, or all 2 of this kind$/ }).first();
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Shorten to 20 characters' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Fix all 2 of this kind' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Shorten to 20 characters' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('problems').getByText('suggestion/label-too-long')).toHaveCount(1);
});

test('a Monaco quick fix by keyboard (Ctrl+. then Enter) fixes the marker’s problem', async ({ page }) => {
  await openWith(page, [LONG]);
  await page.getByRole('tab', { name: 'Request JSON' }).click();
  // The details panel at its tallest, so that the whole request is in view.
  await page.getByRole('separator', { name: 'Height of the details panel' }).focus();
  await page.keyboard.press('Home');
  const editor = page.locator('.monaco-editor');
  await expect(editor.locator('.view-lines')).toBeVisible({ timeout: 20_000 });
  // The cursor into the over-long label (the marker's span).
  // (Monaco draws spaces as no-break spaces, in spans per token.)
  await editor.locator('.view-line span span', { hasText: /Twenty-four/ }).click();
  await page.keyboard.press('Control+.');
  await expect(page.locator('.action-widget, .context-view').getByText('Shorten to 20 characters')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(editor.locator('.view-line', { hasText: /"Twenty-four.characte"/ })).toBeVisible();
  await page.getByRole('tab', { name: /Problems/ }).click();
  await expect(page.getByTestId('problems').getByText('suggestion/label-too-long')).toHaveCount(0);
});
