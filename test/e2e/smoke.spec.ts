import { expect, test } from './fixtures';

test('the designer loads and opens documentation examples from the gallery', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Messenger Designer' })).toBeVisible();

  await page.getByRole('button', { name: 'Gallery' }).click();
  await page.locator('[data-tile="01-text"]').click();
  await expect(page.getByTestId('outcome-code')).toHaveText(['text']);

  await page.getByRole('button', { name: 'Gallery' }).click();
  await page.locator('[data-tile="12-rich-card-carousel"]').click();
  // Opening over an opened example is not an edit of the user's own: no question asked.
  await expect(page.getByTestId('outcome-code')).toHaveText(['generic_template']);
  await expect(page.getByTestId('item-outcome')).toContainText('Generic template · 2 cards · up to 2 buttons per card');
  await expect(page.getByTestId('status-summary')).toHaveText(/Valid/);
});
