import { RULES, type RuleCode } from './codes';
import { LIMITS, type LimitName } from './limits';
import { codePoints } from './text';
import type { Diagnostic, FieldFact, MediaFact } from './types';

/**
 * Collects what the rules find, in the order they find it: diagnostics (once per
 * code and path), and the facts the views show beside them, recorded where the
 * rules read them: each counted field's length against the limit that applies
 * where it stands, and each media's family.
 */
export class Collector {
  readonly list: Diagnostic[] = [];
  readonly fields: FieldFact[] = [];
  readonly media: MediaFact[] = [];
  private readonly seen = new Set<string>();

  /**
   * Adds a diagnostic; `field` names the missing field it is about, relative to `path`
   * (`label`, `dial/phoneNumber`); `related`, the elements it concerns besides `path`.
   */
  add(code: RuleCode, path: string, message: string, field?: string, related?: string[]): void {
    const key = code + '\u0000' + path;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const d: Diagnostic = { code, severity: RULES[code][0], path, message };
    if (field !== undefined) d.field = field;
    if (related && related.length > 0) d.related = related;
    this.list.push(d);
  }


  /**
   * Measures a field where it stands: records its length and the limit that applies
   * there (null: none, the field is not sent), and adds `code` when it is over.
   * Returns its length in code points.
   */
  measure(path: string, value: string, limit: LimitName | null, code?: RuleCode, message?: (n: number, max: number) => string): number {
    const length = codePoints(value);
    const max = limit === null ? null : LIMITS[limit];
    this.fields.push({ path, limit: limit === null ? null : { name: limit, max: max! }, length });
    if (max !== null && length > max && code && message) this.add(code, path, message(length, max));
    return length;
  }
}
