/**
 * The check CLI when the checker itself fails (src/cli/check.ts): a crash is not a finding.
 * It exits 2, never 1, with a one-line reason on stderr; the reports before it stay one
 * JSON array. The core is made to fail here on purpose: it does not on any real request.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FileReport } from '../../src/cli/check';
import { runCli } from './runCli';

vi.mock('../../src/core', async (importOriginal) => {
  const core = await importOriginal<typeof import('../../src/core')>();
  return {
    ...core,
    checkBytes(bytes: Uint8Array) {
      const text = new TextDecoder().decode(bytes);
      if (text.includes('"THROWS"')) throw new RangeError('Maximum call stack size exceeded');
      if (text.includes('"FAILS INSIDE"'))
        return { text, report: { valid: false, diagnostics: [{ code: 'internal/error', severity: 'error', path: '', message: 'The checker failed on this request: x\ny' }], messages: [] } };
      return core.checkBytes(bytes);
    },
  };
});

let dir = '';
const file = (name: string) => join(dir, name);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-crash-'));
  writeFileSync(file('fine.json'), '{"messages": {"msg": []}}');
  writeFileSync(file('throws.json'), '["THROWS"]');
  writeFileSync(file('fails-inside.json'), '["FAILS INSIDE"]');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCli;

describe('check CLI: a crash exits 2', () => {
  it('the checker throws: exit 2 with a one-line reason; the reports before it are still one JSON array', () => {
    const { status, out, err } = run(file('fine.json'), file('throws.json'), file('fine.json'));
    expect(status).toBe(2);
    expect((JSON.parse(out) as FileReport[]).map((r) => r.file)).toEqual([file('fine.json')]);
    expect(err).toBe(`cm-check: crashed while checking ${JSON.stringify(file('throws.json'))}: RangeError: Maximum call stack size exceeded\n`);
    for (const format of ['pretty', 'github']) expect(run('--format', format, file('throws.json')).status).toBe(2);
  });

  it('the checker reports that it failed inside (internal/error): exit 2, not 1, the report written, the run goes on', () => {
    const { status, out, err } = run(file('fails-inside.json'), file('fine.json'));
    expect(status).toBe(2);
    expect((JSON.parse(out) as FileReport[]).map((r) => [r.file, r.diagnostics[0]?.code])).toEqual([
      [file('fails-inside.json'), 'internal/error'],
      [file('fine.json'), 'schema/min-items'],
    ]);
    expect(err).toBe(`cm-check: crashed while checking ${JSON.stringify(file('fails-inside.json'))}: The checker failed on this request: x\\ny\n`);
  });
});
