import { check } from './check';
import { parseJson } from './checkText';
import { applyFixes, type AppliedFix, type Fix, type FixSubject } from './fixes';
import { editsText } from './jsonEdit';
import type { Diagnostic } from './types';

/** A request as a JSON text: read by the checker, edited span by span (every byte outside the fixes is kept). */
export const TEXT_SUBJECT: FixSubject<string> = {
  read(text) {
    const parsed = parseJson(text);
    return parsed.ok ? { doc: parsed.value, report: check(parsed.value) } : null;
  },
  apply: (text, ops) => editsText(text, ops),
};

/**
 * A request's text with the fixes `pick` chooses applied (by default the safe ones, as
 * `check --fix` does), each re-checked; what was applied and what was refused.
 * A text that is not JSON comes back as it is.
 */
export function fixText(
  text: string,
  pick: (d: Diagnostic, f: Fix) => boolean = (_, f) => f.safe,
): { text: string; applied: AppliedFix[]; refused: AppliedFix[] } {
  const { result, applied, refused } = applyFixes(text, TEXT_SUBJECT, pick);
  return { text: result, applied, refused };
}
