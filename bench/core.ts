/**
 * The core's speed: median time of check() per request, and its ratio to
 * JSON.parse of the same text, measured in the same run (ratios survive a
 * noisy shared machine better than absolute times).
 */
import { check } from '../src/core';
import { LARGEST_CAROUSEL, LARGEST_TEXT, TYPICAL } from './requests';

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

export function benchCore(): CoreResult[] {
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
