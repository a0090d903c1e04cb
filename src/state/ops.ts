import { applyEdit, type EditOp } from '../core';
import { carryId } from './ids';
import { reconcile } from './reconcile';

/**
 * Every change to the document is one of these, applied by one pure function.
 * Palette drops, inspector edits, drag reorders and JSON edits all go through
 * `applyOp`, so undo, autosave and the views never see a write they did not expect.
 * The edits themselves are the core's (core/ops.ts); a copied container keeps its element id.
 */
export type Op =
  | EditOp
  /**
   * Replaces the whole document (a JSON edit, an import); branches deep-equal to the
   * old document stay shared (see reconcile). `fresh`: the value is taken as it is,
   * not reconciled (another design opened: nothing of the old one carries over, and
   * what derived.ts prepared for the value serves).
   */
  | { kind: 'replace'; value: unknown; fresh?: boolean };

/** Applies one operation; returns a new document sharing every untouched branch. */
export function applyOp(doc: unknown, op: Op): unknown {
  if (op.kind === 'replace') return op.fresh ? op.value : reconcile(doc, op.value);
  return applyEdit(doc, op, carryId);
}

/** Applies operations in order. */
export function applyOps(doc: unknown, ops: readonly Op[]): unknown {
  return ops.reduce(applyOp, doc);
}
