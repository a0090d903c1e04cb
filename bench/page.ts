/**
 * The page in headless Chromium, served from the production build:
 * - edit-to-screen latency: from an input event in an inspector field until the
 *   preview, the canvas and the JSON editor all show the new text, for the
 *   largest legal request (median and p95 over many edits), and the longest
 *   task while typing;
 * - first load: time until the designer accepts input, and the gzip bytes of
 *   the JavaScript loaded before that.
 */
import { chromium, type Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { LARGEST_CAROUSEL } from './requests';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface EditResult {
  edits: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  longestTaskMs: number;
}

export interface LoadResult {
  readyMs: number;
  jsBeforeReadyGzipBytes: number;
  jsFiles: string[];
  monacoBeforeReady: boolean;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Types into the first card's first button label, alternating 20 and 21 characters. */
export async function benchEdits(browser: Browser, baseUrl: string, edits = 150): Promise<EditResult> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (r) => r.fulfill({ status: 204 }));
  const saved = {
    version: 2,
    designs: [{ id: 'bench', name: 'Largest', doc: LARGEST_CAROUSEL, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }],
    currentId: 'bench',
    rememberToken: false,
  };
  // tsx keeps function names with a __name helper that the page does not have.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await context.addInitScript((s) => localStorage.setItem('messenger-designer', s), JSON.stringify(saved));
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.locator('[data-path$="/carousel/cards/0/suggestions/0"]').click();
  await page.getByRole('tab', { name: 'Request JSON' }).click();
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  const result = await page.evaluate(async (n) => {
    const input = document.querySelector<HTMLInputElement>('.inspector [data-field="label"]');
    if (!input) throw new Error('no label field');
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const longTasks: number[] = [];
    const obs = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
    obs.observe({ type: 'longtask', buffered: false });
    const chip = () => document.querySelector('[data-path$="/carousel/cards/0/suggestions/0"]')?.textContent ?? '';
    const preview = () => document.querySelector('.preview')?.textContent ?? '';
    // Monaco draws spaces as no-break spaces.
    const json = () => (document.querySelector('.monaco-editor .view-lines')?.textContent ?? '').replace(/\u00a0/g, ' ');
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      // 20 characters, then 21: the limit error appears and goes on the canvas and in the inspector.
      const value = `Edit ${String(i).padStart(4, '0')} ${'x'.repeat(i % 2 ? 10 : 9)}`.slice(0, i % 2 ? 21 : 20);
      const t0 = performance.now();
      setter.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      // Wait (on microtasks, then frames) until every view shows the new text.
      for (let k = 0; ; k++) {
        if (chip().includes(value) && preview().includes(value) && json().includes(value)) break;
        if (k < 50) await Promise.resolve();
        else await new Promise((r) => requestAnimationFrame(r));
        if (k > 2000)
          throw new Error(`edit ${i} never showed: canvas ${chip().includes(value)}, preview ${preview().includes(value)}, JSON ${json().includes(value)}`);
      }
      times.push(performance.now() - t0);
      // A person types a key at most every ~30 ms; let the frame be painted before the next one.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    await new Promise((r) => setTimeout(r, 100));
    obs.disconnect();
    return { times, longTasks };
  }, edits);
  await context.close();
  const { times, longTasks } = result;
  return {
    edits: times.length,
    medianMs: pct(times, 50),
    p95Ms: pct(times, 95),
    maxMs: Math.max(...times),
    longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
  };
}

/** First load: navigation to "designer ready" (performance mark), and the JS fetched before it. */
export async function benchLoad(browser: Browser, baseUrl: string, distDir: string, runs = 7): Promise<LoadResult> {
  const readies: number[] = [];
  let files: string[] = [];
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.waitForFunction(() => performance.getEntriesByName('designer-ready').length > 0, null, { timeout: 30_000 });
    const m = await page.evaluate(() => {
      const ready = performance.getEntriesByName('designer-ready')[0]!.startTime;
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.initiatorType === 'script' || e.initiatorType === 'link' || /\.js(\?|$)/.test(e.name))
        .filter((e) => /\.js(\?|$)/.test(e.name) && e.responseEnd <= ready)
        .map((e) => new URL(e.name).pathname);
      return { ready, scripts };
    });
    readies.push(m.ready);
    files = m.scripts;
    await context.close();
  }
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(distDir, f))).length, 0);
  return {
    readyMs: pct(readies, 50),
    jsBeforeReadyGzipBytes: bytes,
    jsFiles: files,
    monacoBeforeReady: files.some((f) => /monaco|editor\.main|json\.worker|editor\.worker/i.test(f)),
  };
}
