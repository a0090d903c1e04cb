import { RULES, type RuleCode } from './codes';
import type { Diagnostic } from './types';

/** Collects diagnostics, once per code and path, in the order the rules find them. */
export class Collector {
  readonly list: Diagnostic[] = [];
  private readonly seen = new Set<string>();

  add(code: RuleCode, path: string, message: string): void {
    const key = code + '\u0000' + path;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ code, severity: RULES[code][0], path, message });
  }
}
