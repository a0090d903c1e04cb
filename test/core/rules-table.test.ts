/**
 * RULES.md 3 is the public list of rule codes: the core reports each with the severity
 * the table gives, and this suite has a `describe` named after each of them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core';

// The contract in ../shared, or the copy committed beside the tests (a clone without shared/ still checks it).
const sharedRules = fileURLToPath(new URL('../../../shared/spec/RULES.md', import.meta.url));
const rulesMd = existsSync(sharedRules) ? sharedRules : fileURLToPath(new URL('../fixtures/RULES.md', import.meta.url));
const here = fileURLToPath(new URL('./', import.meta.url));

/** The rows of the section 3 table: `code` | severity | rule. */
function table(): [string, string][] {
  const text = readFileSync(rulesMd, 'utf8');
  const section = text.slice(text.indexOf('## 3. Limits and checks'));
  return [...section.matchAll(/^\| `([^`]+)` \| (error|warning|info) \|/gm)].map((m) => [m[1]!, m[2]!]);
}

/** schema/* stands for the shape codes the core reports. */
const expand = (code: string) => (code === 'schema/*' ? ['schema/required', 'schema/type', 'schema/min-items'] : [code]);

describe('the rule codes of RULES.md section 3', () => {
  it.runIf(existsSync(sharedRules))('the committed copy is the shared contract', () => {
    expect(readFileSync(fileURLToPath(new URL('../fixtures/RULES.md', import.meta.url)), 'utf8')).toBe(readFileSync(sharedRules, 'utf8'));
  });

  it('the table is read (about 50 codes)', () => {
    expect(table().length).toBeGreaterThan(45);
  });

  it('each is a code of the core, with the table’s severity', () => {
    const core = RULES as Record<string, readonly [string, string]>;
    for (const [code, severity] of table())
      for (const c of expand(code)) {
        expect(core[c], `${c} missing from src/core/codes.ts`).toBeDefined();
        expect([c, core[c]![0]]).toEqual([c, severity]);
      }
  });

  it('each has a describe of its own in these specification tests', () => {
    const sources = readdirSync(here)
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => readFileSync(here + f, 'utf8'))
      .join('\n');
    const missing = table()
      .flatMap(([code]) => expand(code))
      .filter((code) => !sources.includes(`describe('${code}'`));
    expect(missing).toEqual([]);
  });
});
