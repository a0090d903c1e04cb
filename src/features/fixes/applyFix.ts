import { applyEdits, check, type Diagnostic, type DiagnosticCode } from '../../core';
import type { Fix } from '../../core/fixes';
import { derived } from '../../state/hooks';
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
  else useUi.getState().announce('This cannot be fixed automatically as it stands: see its problem.');
}
