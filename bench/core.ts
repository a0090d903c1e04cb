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

/** Median per-call time in microseconds, timing batches of calls for resolution. */
function measure(f: () => unknown, samples = 200, batch = 50): number {
  for (let i = 0; i < 500; i++) f(); // warm up the JIT
  const times: number[] = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) f();
    times.push(((performance.now() - t0) * 1000) / batch);
  }
  return median(times);
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
    const checkMedianUs = measure(() => check(value));
    const parseMedianUs = measure(() => JSON.parse(text));
    return { name, bytes: text.length, checkMedianUs, parseMedianUs, ratio: checkMedianUs / parseMedianUs, valid: report.valid };
  });
}
