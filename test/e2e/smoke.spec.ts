import { expect, test } from './fixtures';

test('the designer loads and resolves the example requests', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Messenger Designer' })).toBeVisible();

  const picker = page.getByLabel('Load example');
  await picker.selectOption('01-text');
  await expect(page.getByTestId('outcome-code')).toHaveText(['text']);

  await picker.selectOption('12-rich-card-carousel');
  await expect(page.getByTestId('outcome-code')).toHaveText(['generic_template']);
  await expect(page.getByTestId('item-outcome')).toContainText('Generic template · 2 buttons');
  await expect(page.getByTestId('status-summary')).toHaveText(/Valid/);
});
