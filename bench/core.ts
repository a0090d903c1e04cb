/**
 * The core's speed: median time of check() per request, and its ratio to
 * JSON.parse of the same text, measured in the same run (ratios survive a
 * noisy shared machine better than absolute times).
 *
 * What is timed is the core as the page ships it: bundled by Vite, not the
 * source as tsx runs it (tsx keeps function names with a wrapper call on every
 * inner function, which the page's code does not have).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { check as Check } from '../src/core';
import { LARGEST_CAROUSEL, LARGEST_TEXT, TYPICAL } from './requests';

/** src/core bundled by Vite as an ES module, imported from a scratch folder. */
async function builtCore(): Promise<{ check: typeof Check }> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-core-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: { lib: { entry: join(import.meta.dirname, '../src/core/index.ts'), formats: ['es'], fileName: () => 'core.mjs' }, outDir, emptyOutDir: true },
    });
    return (await import(pathToFileURL(join(outDir, 'core.mjs')).href)) as { check: typeof Check };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export interface CoreResult {
  name: string;
  bytes: number;
  checkMedianUs: number;
  parseMedianUs: number;
  ratio: number;
  valid: boolean;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Median per-call times in microseconds of two functions, timed in alternating
 * batches so that both see the same machine (this one is shared and noisy), and
 * the median of the per-batch ratios a/b.
 */
function measurePair(a: () => unknown, b: () => unknown, samples = 300, batch = 40): { a: number; b: number; ratio: number } {
  for (let i = 0; i < 500; i++) {
    a(); // warm up the JIT
    b();
  }
  const ta: number[] = [];
  const tb: number[] = [];
  const ratios: number[] = [];
  for (let s = 0; s < samples; s++) {
    let t0 = performance.now();
    for (let i = 0; i < batch; i++) a();
    const da = performance.now() - t0;
    t0 = performance.now();
    for (let i = 0; i < batch; i++) b();
    const db = performance.now() - t0;
    ta.push((da * 1000) / batch);
    tb.push((db * 1000) / batch);
    ratios.push(da / db);
  }
  return { a: median(ta), b: median(tb), ratio: median(ratios) };
}

export async function benchCore(): Promise<CoreResult[]> {
  const { check } = await builtCore();
  const cases = [
    ['typical (documentation carousel)', TYPICAL],
    ['largest carousel (10 cards, 3 buttons, 13 quick replies)', LARGEST_CAROUSEL],
    ['largest text (2000 characters, 13 quick replies)', LARGEST_TEXT],
  ] as const;
  return cases.map(([name, request]) => {
    const text = JSON.stringify(request);
    const value = JSON.parse(text) as unknown;
    const report = check(value);
    // The page checks a parsed value; the ratio compares like with like on the same text.
    const m = measurePair(
      () => check(value),
      () => JSON.parse(text),
    );
    return { name, bytes: text.length, checkMedianUs: m.a, parseMedianUs: m.b, ratio: m.ratio, valid: report.valid };
  });
}
