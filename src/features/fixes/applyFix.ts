import { applyEdits, check, type Diagnostic, type DiagnosticCode } from '../../core';
import type { Fix } from '../../core/fixes';
import { derived } from '../../state/hooks';
import { notify } from '../../state/designs';
import { useUi } from '../../state/ui';
import { apply } from '../designer/actions';
import { canvasTargetOf } from '../json-editor/pointing';
import { loadFixes, type Fixes } from './loadFixes';

/** Selects the element a fix changed or made (switching message if needed). */
function selectTarget(pointer: string): void {
  const target = canvasTargetOf(derived(), pointer);
  if (!target) return;
  const ui = useUi.getState();
  if (target.msgIndex !== ui.msgIndex) ui.setMsgIndex(target.msgIndex);
  useUi.getState().select(target.selection);
}

/**
 * Applies a fix offered earlier, as the request is now: its problem and its edits are read
 * again from the current document (an edit made since, elsewhere in the same carousel, say,
 * is never undone by a fix computed before it).
 */
export function applyOffered(fixes: Fixes, diagnostic: Diagnostic, title: string): void {
  const d = derived();
  const current = d.report.diagnostics.find((x) => x.code === diagnostic.code && x.path === diagnostic.path);
  const fix = current && fixes.fixesOf(current, d.doc, d.report).find((f) => f.title === title);
  if (fix) applyFix(fix);
  else useUi.getState().announce('That problem has changed since: see its fixes again.');
}

/** Applies one fix as one undo step; selects what it changed and says what happened. */
export function applyFix(fix: Fix): void {
  apply({ ops: fix.ops, history: 'record', announce: `Fixed: ${fix.title}.` });
  selectTarget(fix.target);
}

/**
 * Applies the first fix of every problem of one kind, as one undo step: each is
 * re-checked after the ones before it, and one that would not remove its problem, or
 * would add an error, is left out. Returns how many were fixed.
 */
export function fixAll(fixes: Fixes, code: DiagnosticCode): number {
  const d = derived();
  const { applied } = fixes.applyFixes(
    d.doc,
    { read: (doc) => ({ doc, report: doc === d.doc ? d.report : check(doc) }), apply: (doc, ops) => applyEdits(doc, ops) },
    (x: Diagnostic) => x.code === code,
  );
  if (applied.length === 0) {
    useUi.getState().announce('Nothing could be fixed automatically.');
    return 0;
  }
  apply({
    ops: applied.flatMap((a) => a.ops),
    history: 'record',
    announce: `Fixed ${applied.length} problem${applied.length === 1 ? '' : 's'} of the kind ${code}.`,
  });
  selectTarget(applied[applied.length - 1]!.target);
  return applied.length;
}

/**
 * Applies the first fix of a problem, loading the fixers if needed (a button made for one
 * remedy, such as "Move into item N"); says so when there is none.
 */
export async function applyFirstFix(diagnostic: Diagnostic): Promise<void> {
  const fixes = await loadFixes();
  const d = derived();
  const fix = fixes.fixesOf(diagnostic, d.doc, d.report)[0];
  if (fix) applyFix(fix);
  // Said where everyone sees it, not only to screen readers: the button did nothing else.
  else notify('warning', 'This cannot be done automatically as it stands: its problem says what to change first.');
}
