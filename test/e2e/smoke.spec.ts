import { expect, test as base } from '@playwright/test';

// Any console error or uncaught exception in the page fails the test: the page must load cleanly.
const test = base.extend<{ failOnPageErrors: void }>({
  failOnPageErrors: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use();
      expect(problems, 'console errors and page errors').toEqual([]);
    },
    { auto: true },
  ],
});

test('the designer loads and resolves the example requests', async ({ page }) => {
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1, name: 'Messenger Designer' })).toBeVisible();

  const picker = page.getByLabel('Example request');
  await picker.selectOption('01-text');
  await expect(page.getByTestId('outcome')).toHaveText(['text']);
  await expect(page.getByLabel('Request JSON')).toContainText('"content": "CM.com - Be part of it."');

  await picker.selectOption({ label: '12. Rich card carousel' });
  await expect(page.getByTestId('outcome')).toHaveText(['generic_template']);
  await expect(page.getByTestId('suggestions-as')).toHaveText(['buttons']);
  await expect(page.getByRole('status')).toHaveText(/^Valid:/);
});
