import { expect, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Drop an element here to add a new conversation item')).toBeVisible();
});

test('typing a media URL key by key issues at most one request for it', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('media.example.org')) requested.push(r.url());
  });
  await page.getByRole('button', { name: /^Image$/ }).click();
  const url = page.locator('.inspector').getByRole('textbox', { name: 'URL' });
  await url.fill('');
  const typed = 'https://media.example.org/photos/spring-sale.png';
  await url.pressSequentially(typed, { delay: 40 });
  // While typing, the preview shows the placeholder, not the image.
  await expect(page.locator('.preview').getByRole('img', { name: /loads when you stop typing/i })).toBeVisible();
  // Typing paused: the whole URL is loaded, once.
  await expect(page.locator(`.preview img[src="${typed}"]`)).toBeVisible();
  await page.waitForTimeout(700);
  expect(requested).toEqual([typed]);
});

test('a field that loses focus loads its URL at once', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('media.example.org')) requested.push(r.url());
  });
  await page.getByRole('button', { name: /^Image$/ }).click();
  const url = page.locator('.inspector').getByRole('textbox', { name: 'URL' });
  await url.fill('');
  await url.pressSequentially('https://media.example.org/a.png', { delay: 20 });
  await url.press('Tab');
  await expect(page.locator('.preview img[src="https://media.example.org/a.png"]')).toBeVisible({ timeout: 400 });
  expect(requested).toEqual(['https://media.example.org/a.png']);
});

test.describe('offline', () => {
  test.use({ expectedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });

  test('an offline video or audio says it could not be loaded instead of spinning', async ({ page }) => {
    await page.route('https://www.example.com/**', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: /^Video$/ }).click();
    await expect(page.locator('.preview').getByRole('img', { name: /video could not be loaded.*example\.com\/video\.mp4/i })).toBeVisible();
    await page.getByRole('button', { name: /^Audio$/ }).click();
    await expect(page.locator('.preview').getByRole('img', { name: /audio could not be loaded.*example\.com\/audio\.mp4/i })).toBeVisible();
    await expect(page.locator('.preview video, .preview audio')).toHaveCount(0);
  });
});

test('a video that is not a video (the server answers something else) says it could not be loaded', async ({ page }) => {
  await page.getByRole('button', { name: /^Video$/ }).click();
  await expect(page.locator('.preview').getByRole('img', { name: /video could not be loaded/i })).toBeVisible();
});
