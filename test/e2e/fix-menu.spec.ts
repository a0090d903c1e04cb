import { itemsRequest } from '../core/helpers';
import { expect, openSaved, test } from './fixtures';

/**
 * A Fix menu opened inside a carousel card (a scrolling strip, in the canvas's own
 * scrolling area) stands whole in the window, over everything, and each of its
 * entries takes the click; it follows its button when the canvas scrolls.
 */

const card = (n: number, buttons: number) => ({
  media: { mediaName: `p${n}.png`, mediaUri: `https://example.com/p${n}.png`, mimeType: 'image/png' },
  header: `Card ${n}`,
  text: `Text ${n}`,
  suggestions: Array.from({ length: buttons }, (_, i) => ({ action: 'Reply', label: `Answer ${i + 1}`, postbackdata: `C${n}A${i + 1}` })),
});

const doc = itemsRequest({ carousel: { cards: [card(1, 5), card(2, 1), card(3, 1)] } });

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`a Fix menu in a carousel card is whole and usable (${viewport.width}×${viewport.height})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openSaved(page, doc, 'Menu');
    const cardGroup = page.getByRole('group', { name: 'Card 1 of item 1' });
    const fix = cardGroup.getByRole('button', { name: /^Fix: \d ways/ }).first();
    await fix.scrollIntoViewIfNeeded();
    await fix.click();
    const items = page.getByRole('menuitem');
    expect(await items.count()).toBeGreaterThan(1);
    // Every entry lies inside the window and is what the pointer hits at its middle.
    for (const item of await items.all()) {
      const box = (await item.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      const hit = await item.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
      });
      expect(hit).toBe(true);
    }
    // It stays with its button when the area around the button scrolls.
    const gap = () =>
      page.evaluate(() => {
        const b = document.querySelector('[aria-haspopup="menu"][aria-expanded="true"]')!.getBoundingClientRect();
        const m = document.querySelector('[role="menu"]')!.getBoundingClientRect();
        return Math.min(Math.abs(m.top - b.bottom - 4), Math.abs(b.top - 4 - m.bottom));
      });
    expect(await gap()).toBeLessThan(1.5);
    const scrolled = await fix.evaluate((el) => {
      for (let p = el.parentElement; p; p = p.parentElement)
        if (p.scrollHeight > p.clientHeight + 20 && getComputedStyle(p).overflowY !== 'visible') {
          p.scrollTop += 20;
          return true;
        }
      return false;
    });
    expect(scrolled).toBe(true);
    await expect.poll(gap).toBeLessThan(1.5);
    // The last entry, by a real click, does what it says.
    const last = items.last();
    const title = (await last.textContent())!.replace(/ · keeps the meaning$/, '');
    await last.click();
    await expect(page.getByTestId('announcer')).toHaveText(`Fixed: ${title}.`);
    await expect(page.getByRole('menu')).toHaveCount(0);
  });
}
