/**
 * The batch view (issue 15) in headless Chromium: 1,000 request files (the 14 documentation
 * examples, the largest legal carousel of 10 cards, the largest text, a typical carousel and a
 * few files that are not JSON, in turn) given to the view's file picker, checked in its worker
 * and tabled. Per run: the time from the picker's change event to the first frame that shows
 * "Checked 1,000 files" with the table drawn, and the page's longest main-thread task in that
 * time. Medians of several runs (single runs on these machines move by half).
 */
import type { Browser } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LARGEST_CAROUSEL, LARGEST_TEXT, TYPICAL } from './requests';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface BatchResult {
  files: number;
  largestCarousels: number;
  bytes: number;
  /** Change event to the frame showing the whole batch checked and tabled, per run. */
  totalMs: number[];
  medianMs: number;
  /**
   * The longest main-thread task while it ran, per run: the longest gap between two turns of a
   * message loop run meanwhile (a task, or a frame's style, layout and paint), or a Long Tasks
   * API entry if one is longer.
   */
  longestTaskMs: number[];
  medianLongestTaskMs: number;
  rows: number;
}

/** The 1,000 files: names and texts, in turn from the mix. */
export function batchFiles(count = 1000): { name: string; text: string }[] {
  const dir = fileURLToPath(new URL('../src/examples/', import.meta.url));
  const examples = readdirSync(dir)
    .filter((f) => /^\d\d-.*\.json$/.test(f))
    .map((f) => ({ kind: f.replace(/\.json$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
  const mix = [
    ...examples,
    { kind: 'largest-carousel', text: JSON.stringify(LARGEST_CAROUSEL, null, 2) },
    { kind: 'largest-carousel', text: JSON.stringify(LARGEST_CAROUSEL, null, 2) },
    { kind: 'largest-carousel', text: JSON.stringify(LARGEST_CAROUSEL, null, 2) },
    { kind: 'largest-text', text: JSON.stringify(LARGEST_TEXT, null, 2) },
    { kind: 'typical', text: JSON.stringify(TYPICAL, null, 2) },
    { kind: 'broken', text: '{\n  "messages": {\n    "msg": [\n  }\n}\n' },
  ];
  return Array.from({ length: count }, (_, i) => {
    const m = mix[i % mix.length]!;
    return { name: `release/${String(i).padStart(4, '0')}-${m.kind}.json`, text: m.text };
  });
}

async function oneRun(browser: Browser, base: string, files: { name: string; text: string }[]): Promise<{ totalMs: number; longestTaskMs: number; longTasks: number; rows: number }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(`
      window.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
    `);
    await page.goto(base);
    await page.getByRole('button', { name: 'Batch', exact: true }).click();
    await page.getByTestId('batch-files').waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    const count = files.length.toLocaleString('en');
    // Written as text: tsx names the functions it compiles with a helper (__name) that the page does not have.
    const script = `(async ({ files, count }) => {
      const input = document.querySelector('[data-testid="batch-files"]');
      const data = new DataTransfer();
      for (const f of files) data.items.add(new File([f.text], f.name.split('/').pop(), { type: 'application/json' }));
      input.files = data.files;
      function status() { return document.querySelector('[data-testid="batch-status"]')?.textContent ?? ''; }
      function done() { return status().startsWith('Checked ' + count + ' files') && document.querySelectorAll('[data-testid="batch-row"]').length > 0; }
      // The files are made in a task of their own: the page's work is timed, not the bench's.
      await new Promise((r) => setTimeout(r, 200));
      // The longest stretch the main thread was busy: the longest gap between two turns of a message loop
      // (the Long Tasks API reports only tasks of 50 ms and more).
      let last = performance.now(), gap = 0, probing = true;
      const probe = new MessageChannel();
      probe.port1.onmessage = () => { const t = performance.now(); gap = Math.max(gap, t - last); last = t; if (probing) probe.port2.postMessage(0); };
      const start = performance.now();
      probe.port2.postMessage(0);
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => {
        if (done()) return resolve();
        const watch = new MutationObserver(() => { if (done()) { watch.disconnect(); resolve(); } });
        watch.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      // The frame that shows it.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const totalMs = performance.now() - start;
      probing = false;
      await new Promise((r) => setTimeout(r, 100)); // the long-task entries of that time come in
      const longest = Math.max(0, ...window.longTasks.filter((t) => t.start + t.duration >= start && t.start <= start + totalMs).map((t) => t.duration));
      const heading = document.querySelector('.batch__tablehead h3')?.textContent ?? '';
      return { totalMs, longestTaskMs: Math.max(longest, gap), longTasks: longest, rows: Number(((/\\(([\\d,]+) rows\\)/.exec(heading) ?? [])[1] ?? '0').replace(/,/g, '')) };
    })(${JSON.stringify({ files, count })})`;
    return (await page.evaluate(script)) as { totalMs: number; longestTaskMs: number; longTasks: number; rows: number };
  } finally {
    await context.close();
  }
}

export async function benchBatch(browser: Browser, base: string, runs = 7): Promise<BatchResult> {
  const files = batchFiles();
  const totals: number[] = [];
  const tasks: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const r = await oneRun(browser, base, files);
    totals.push(r.totalMs);
    tasks.push(r.longestTaskMs);
    rows = r.rows;
  }
  return {
    files: files.length,
    largestCarousels: files.filter((f) => f.name.includes('largest-carousel')).length,
    bytes: files.reduce((n, f) => n + Buffer.byteLength(f.text), 0),
    totalMs: totals,
    medianMs: median(totals),
    longestTaskMs: tasks,
    medianLongestTaskMs: median(tasks),
    rows,
  };
}
