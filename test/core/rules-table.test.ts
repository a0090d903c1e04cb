/**
 * RULES.md 3 and 4 (revision 2) are the public list of rule codes: the core reports each
 * with the severity the tables give, and this suite has a `describe` named after each of them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core';

// The contract in ../shared, or the copy committed beside the tests (a clone without shared/ still checks it).
const sharedRules = fileURLToPath(new URL('../../../shared/spec/RULES.md', import.meta.url));
const rulesMd = existsSync(sharedRules) ? sharedRules : fileURLToPath(new URL('../fixtures/RULES.md', import.meta.url));
const here = fileURLToPath(new URL('./', import.meta.url));

/** The text of a section of RULES.md: from its heading to the next `## ` heading. */
function section(heading: string): string {
  const text = readFileSync(rulesMd, 'utf8');
  const start = text.indexOf(heading);
  if (start < 0) return '';
  const next = text.indexOf('\n## ', start + heading.length);
  return text.slice(start, next < 0 ? undefined : next);
}

/** The rows of a section's table: `code` | severity | rule. */
function rows(heading: string): [string, string][] {
  return [...section(heading).matchAll(/^\| `([^`]+)` \| (error|warning|info) \|/gm)].map((m) => [m[1]!, m[2]!]);
}

const SECTION_3 = '## 3. Limits and checks';
const SECTION_4 = '## 4. Revision 2';

/** The rows of both tables: section 3, then the codes revision 2 adds in section 4. */
function table(): [string, string][] {
  return [...rows(SECTION_3), ...rows(SECTION_4)];
}

/** schema/* stands for the shape codes the core reports. */
const expand = (code: string) => (code === 'schema/*' ? ['schema/required', 'schema/type', 'schema/min-items'] : [code]);

describe('the rule codes of RULES.md sections 3 and 4', () => {
  it.runIf(existsSync(sharedRules))('the committed copy is the shared contract', () => {
    expect(readFileSync(fileURLToPath(new URL('../fixtures/RULES.md', import.meta.url)), 'utf8')).toBe(readFileSync(sharedRules, 'utf8'));
  });

  it('both tables are read (about 50 codes in section 3, 12 in section 4), each code once', () => {
    expect(rows(SECTION_3).length).toBeGreaterThan(45);
    expect(rows(SECTION_4).length).toBeGreaterThanOrEqual(12);
    const all = table().map(([code]) => code);
    expect(new Set(all).size).toBe(all.length);
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
