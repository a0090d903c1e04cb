/**
 * The property of issue 14: for seeded random requests, applying any one offered fix removes
 * its diagnostic (the same code at the same path is gone) and adds no error code the request
 * did not have. The same fix applied to the request's JSON text (editsText, as `check --fix`
 * and the JSON editor do) gives the same value as applied to the value (applyEdits, as the
 * designer's store does). Titles are unique within a diagnostic's fixes, only the kinds the
 * issue names are safe, and every target exists afterwards.
 *
 * Each run picks one fixable code of the request, one diagnostic of it and one of its fixes,
 * so that rare codes get their share. CORE_RUNS=20000 hunts longer.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { applyEdits, check, editsText, getAt, isFixable, type DiagnosticCode } from '../../src/core';
import { fixesOf } from '../../src/core/fixes';
import { wellShapedRequest } from './arbitraries';

const RUNS = Number(process.env.CORE_RUNS ?? 2000);
const TIMEOUT = process.env.CORE_RUNS ? 600_000 : 60_000;

/** The codes whose fixes the issue calls safe (deterministic, meaning-keeping). */
const SAFE_CODES = new Set<DiagnosticCode>([
  'media/mime-missing',
  'media/extension-mismatch',
  'channel/messenger-not-allowed',
  'suggestion/phone-invalid',
  'optin/frequency-invalid',
  'tag/unknown',
]);

const COMMON = new Set<DiagnosticCode>(['channel/messenger-not-allowed', 'schema/ignored-field']);

/** How many fixes of each code the run applied. */
const exercised = new Map<string, number>();

afterAll(() => {
  const lines = [...exercised].sort((a, b) => b[1] - a[1]).map(([code, n]) => `  ${String(n).padStart(5)}  ${code}`);
  console.log(`Fixes applied in ${RUNS} requests, by code:\n${lines.join('\n')}`);
});

const errorCodes = (diagnostics: { code: string; severity: string }[]) => new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code));

describe('one-click fixes on random requests', () => {
  it(
    'any one offered fix removes its diagnostic, adds no error code, and edits the JSON text to the same value',
    () => {
      fc.assert(
        fc.property(wellShapedRequest, fc.nat(), fc.nat(), fc.nat(), (req, pickCode, pickDiagnostic, pickFix) => {
          const report = check(req);
          const fixable = report.diagnostics.filter((d) => isFixable(d.code));
          if (fixable.length === 0) return;
          // The two codes almost every request has get a run of their own one time in four only.
          const all = [...new Set(fixable.map((d) => d.code))];
          const rarer = all.filter((c) => !COMMON.has(c));
          const codes = rarer.length > 0 && pickCode % 4 !== 0 ? rarer : all;
          const code = codes[Math.floor(pickCode / 4) % codes.length]!;
          const ofCode = fixable.filter((d) => d.code === code);
          const d = ofCode[pickDiagnostic % ofCode.length]!;
          const fixes = fixesOf(d, req, report);
          expect(new Set(fixes.map((f) => f.title)).size, 'titles are unique').toBe(fixes.length);
          for (const f of fixes) if (f.safe) expect(SAFE_CODES.has(d.code), `${d.code}: "${f.title}" is not safe`).toBe(true);
          if (fixes.length === 0) return;
          const fix = fixes[pickFix % fixes.length]!;
          exercised.set(d.code, (exercised.get(d.code) ?? 0) + 1);

          const after = applyEdits(req, fix.ops);
          const r = check(after);
          const where = `${d.code} at ${d.path}, "${fix.title}"`;
          expect(r.diagnostics.filter((x) => x.code === d.code && x.path === d.path), `${where}: its diagnostic stays`).toEqual([]);
          const before = errorCodes(report.diagnostics);
          expect([...errorCodes(r.diagnostics)].filter((c) => !before.has(c)), `${where}: new errors`).toEqual([]);
          expect(getAt(after, fix.target), `${where}: target ${fix.target}`).toBeDefined();

          const text = JSON.stringify(req, null, 2);
          const edited = editsText(text, fix.ops);
          expect(edited, `${where}: editsText`).not.toBeNull();
          expect(JSON.parse(edited!), `${where}: editsText and applyEdits differ`).toEqual(after);
        }),
        { numRuns: RUNS, seed: 14 },
      );
      // The run reaches the fixers: each of these codes had at least one fix applied.
      if (RUNS >= 2000)
        for (const code of [
          'text/too-long',
          'carousel/too-many-cards',
          'generic/buttons-overflow',
          'suggestions/message-level',
          'matrix/not-supported',
          'card/duplicate-field',
          'carousel/extra-content',
          'product/mixed',
          'suggestion/label-too-long',
          'media/mime-missing',
          'suggestion/phone-invalid',
        ])
          expect(exercised.get(code) ?? 0, code).toBeGreaterThan(0);
    },
    TIMEOUT,
  );
});
