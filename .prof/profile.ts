import { chromium } from '@playwright/test';
import { LARGEST_CAROUSEL } from '../bench/requests';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium';

const base = process.argv[2] ?? 'http://127.0.0.1:4320/';
const scenario = process.env.AT === 'within' ? 'Ten chars.' : 'Twenty chars label..';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (r) => r.fulfill({ status: 204 }));
const saved = { version: 2, designs: [{ id: 'bench', name: 'Largest', doc: LARGEST_CAROUSEL, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }], currentId: 'bench', rememberToken: false };
await context.addInitScript((s) => localStorage.setItem('messenger-designer', s), JSON.stringify(saved));
const page = await context.newPage();
await page.goto(base);
await page.locator('[data-path$="/carousel/cards/0/suggestions/0"]').click();
if (!process.env.NO_JSON) {
  await page.getByRole('tab', { name: 'Request JSON' }).click();
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
}
const field = page.locator('.inspector [data-field="label"]');
await field.fill(scenario);
await page.waitForTimeout(500);
await field.focus();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (let i = 0; i < 60; i++) {
  await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace');
  await page.waitForTimeout(60);
}
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas!;
const counts = new Map<number, number>();
profile.samples!.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
for (const [id, us] of counts) {
  const n = byId.get(id)!;
  const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + us);
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total ms', (total / 1000).toFixed(0));
for (const [k, us] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log((us / 1000 / 60).toFixed(3).padStart(8), 'ms/key', k);
await browser.close();
