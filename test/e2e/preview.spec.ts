import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ viewport: { width: 1440, height: 900 } });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Drop an element here to add a new conversation item')).toBeVisible();
});

/** Adds an image from the palette; the requests the page makes to the media host, and the inspector's empty URL field. */
async function newImage(page: Page) {
  const requested: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('media.example.org')) requested.push(r.url());
  });
  await page.getByRole('button', { name: /^Image$/ }).click();
  const url = page.locator('.inspector').getByRole('textbox', { name: 'URL' });
  await url.fill('');
  return { requested, url };
}

test('typing a media URL key by key issues at most one request for it', async ({ page }) => {
  const { requested, url } = await newImage(page);
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
  const { requested, url } = await newImage(page);
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

test('Desktop width opens the preview in a wide window, with the keyboard, and Escape closes it', async ({ page }) => {
  await page.getByRole('button', { name: 'Gallery' }).click();
  await page.locator('[data-tile="12-rich-card-carousel"]').click();
  const phoneWidth = (await page.locator('.preview .pv-device').boundingBox())!.width;
  expect(phoneWidth).toBeLessThanOrEqual(375);
  await page.locator('.preview').getByRole('radio', { name: 'Phone (375 px)' }).focus();
  await page.keyboard.press('ArrowRight'); // the radio group's arrow keys pick Desktop
  const wide = page.getByRole('dialog', { name: 'Preview at desktop width' });
  await expect(wide).toBeVisible();
  const device = wide.locator('.pv-device');
  expect((await device.boundingBox())!.width).toBeGreaterThan(900);
  // Both carousel cards side by side, at desktop card width.
  await expect(wide.getByRole('group', { name: /Card 2 of 2/i })).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(wide).toHaveCount(0);
  await expect(page.locator('.preview').getByRole('radio', { name: 'Phone (375 px)' })).toBeChecked();
  await expect(page.locator('.preview .pv-device')).toBeVisible();
});

test.describe('a short conversation on a tall screen', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the dark preview’s background runs to the end of its column', async ({ page }) => {
    await page.getByRole('button', { name: 'Gallery' }).click();
    await page.locator('[data-tile="01-text"]').click();
    await page.locator('.preview').getByRole('radio', { name: 'Dark' }).check();
    const column = (await page.locator('.designer__preview').boundingBox())!;
    const preview = (await page.locator('.preview').boundingBox())!;
    expect(preview.y + preview.height).toBeGreaterThanOrEqual(column.y + column.height - 2);
    const background = await page.locator('.preview').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(24, 25, 26)');
  });
});
