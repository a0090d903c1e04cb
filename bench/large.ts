/**
 * Hostile and huge input (issue 16), as medians of several runs in headless Chromium
 * and Node, because single runs on these machines move by half:
 * - the 713-character share link of 10,000 conversation items, and a saved design of a
 *   1,000-card carousel opened at start-up: the page's longest task while opening;
 * - the one-file checker (dist-cli/cm-check.mjs) on a request with 20,000 problems in
 *   `--format github`: wall time of the whole process.
 */
import type { Browser } from '@playwright/test';
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeShare } from '../src/state/share';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const request = (conversation: unknown[]) => ({
  messages: {
    authentication: { producttoken: '' },
    msg: [{ from: 'Page', to: [{ number: '123' }], body: { type: 'auto', content: 'Fallback' }, allowedChannels: ['Facebook Messenger'], richContent: { conversation } }],
  },
});

export interface LargeResult {
  shareLink: { chars: number; longestTaskMs: number[]; medianMs: number };
  cardsAtStart: { longestTaskMs: number[]; medianMs: number };
  cliGithub: { problems: number; wallMs: number[]; medianMs: number };
}

/** Opens a page, waits for `ready`, and gives its longest task from the first script on. */
async function longestTask(browser: Browser, url: string, init: string | null, ready: RegExp): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript((saved) => {
      if (saved !== null) localStorage.setItem('messenger-designer', saved);
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    }, init);
    await page.goto(url);
    await page.getByText(ready).first().waitFor({ timeout: 30_000 });
    // The check of the whole request comes back from the worker.
    await page.getByTestId('status-summary').filter({ hasNotText: /Checking/ }).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(800);
    return Math.max(0, ...(await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)));
  } finally {
    await context.close();
  }
}

export async function benchLarge(browser: Browser, base: string, runs = 7): Promise<LargeResult> {
  const fragment = await encodeShare('Ten thousand', request(Array.from({ length: 10_000 }, () => ({ text: 'x' }))));
  const share: number[] = [];
  for (let i = 0; i < runs; i++) share.push(await longestTask(browser, `${base}#${fragment}`, null, /Opened the shared design/));

  const cards = Array.from({ length: 1000 }, (_, i) => ({ header: `Card ${i + 1}`, text: 'A card', suggestions: [{ action: 'Reply', label: 'More', postbackdata: `M${i}` }] }));
  const saved = JSON.stringify({
    version: 2,
    designs: [{ id: 'cards', name: 'Cards', doc: request([{ carousel: { cards } }]), createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }],
    currentId: 'cards',
    rememberToken: false,
  });
  const atStart: number[] = [];
  for (let i = 0; i < runs; i++) atStart.push(await longestTask(browser, base, saved, /carousel\/too-many-cards/));

  return {
    shareLink: { chars: fragment.length, longestTaskMs: share, medianMs: median(share) },
    cardsAtStart: { longestTaskMs: atStart, medianMs: median(atStart) },
    cliGithub: benchCliGithub(Math.max(3, Math.ceil(runs / 2))),
  };
}

/** The one-file checker on 20,000 problems, `--format github`: wall time of the process (Node's start included). */
export function benchCliGithub(runs: number): LargeResult['cliGithub'] {
  if (!existsSync('dist-cli/cm-check.mjs')) execSync('npm run build:cli', { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    const label = { action: 'Reply', label: 'A label of 21 chars..', postbackdata: 'a' };
    const file = join(dir, 'many.json');
    writeFileSync(file, JSON.stringify(request(Array.from({ length: 20_000 }, (_, i) => ({ text: `item ${i}`, suggestions: [label] }))), null, 2));
    const wall: number[] = [];
    let problems = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      let out = '';
      try {
        out = execFileSync(process.execPath, ['dist-cli/cm-check.mjs', '--format', 'github', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
      } catch (e) {
        out = String((e as { stdout?: string }).stdout ?? ''); // exit 1: the request has errors
      }
      wall.push(performance.now() - start);
      problems = out.split('\n').filter((l) => l.startsWith('::')).length;
    }
    return { problems, wallMs: wall, medianMs: median(wall) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
