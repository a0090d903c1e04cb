import { parsePointer } from '../core';
import { carryId } from './ids';
import { reconcile } from './reconcile';

/**
 * Every change to the document is one of these, applied by one pure function.
 * Palette drops, inspector edits, drag reorders and JSON edits all go through
 * `applyOp`, so undo, autosave and the views never see a write they did not expect.
 */
export type Op =
  /** Sets a value at a pointer, creating missing parent objects. Keeps key order. */
  | { kind: 'set'; path: string; value: unknown }
  /** Removes an object key or an array entry. */
  | { kind: 'remove'; path: string }
  /** Inserts into the array at `path` (created when missing) before `index` (-1 or past the end appends). */
  | { kind: 'insert'; path: string; index: number; value: unknown }
  /** Moves an entry of the array at `path`. */
  | { kind: 'move'; path: string; from: number; to: number }
  /**
   * Replaces the whole document (a JSON edit, an import); branches deep-equal to the
   * old document stay shared (see reconcile). `fresh`: the value is taken as it is,
   * not reconciled (another design opened: nothing of the old one carries over, and
   * what derived.ts prepared for the value serves).
   */
  | { kind: 'replace'; value: unknown; fresh?: boolean };

type Json = unknown;

function isContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  return v !== null && typeof v === 'object';
}

/** Copies a container shallowly, keeping own `__proto__` keys as data. */
/** Copies a container shallowly, keeping own `__proto__` keys as data; the copy keeps the original's id. */
function shallowCopy(v: Record<string, unknown> | unknown[]): Record<string, unknown> | unknown[] {
  let out: Record<string, unknown> | unknown[];
  if (Array.isArray(v)) out = v.slice();
  else {
    out = {};
    for (const k of Object.keys(v)) setOwn(out, k, v[k]);
  }
  carryId(out, v);
  return out;
}

function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Rebuilds the path from the root with `f` applied at the end; untouched branches are shared. */
function update(doc: Json, tokens: string[], f: (v: Json) => Json, create: boolean): Json {
  if (tokens.length === 0) return f(doc);
  const [head, ...rest] = tokens as [string, ...string[]];
  let container: Json = doc;
  if (!isContainer(container)) {
    if (!create) return doc;
    container = {};
  }
  const copy = shallowCopy(container as Record<string, unknown> | unknown[]);
  if (Array.isArray(copy)) {
    const i = head === '-' ? copy.length : Number(head);
    if (!Number.isInteger(i) || i < 0 || i > copy.length) return doc;
    if (i === copy.length && !create) return doc;
    copy[i] = update(copy[i], rest, f, create);
  } else {
    const has = Object.prototype.hasOwnProperty.call(copy, head);
    if (!has && !create) return doc;
    setOwn(copy, head, update(has ? copy[head] : undefined, rest, f, create));
  }
  return copy;
}

/** Applies one operation; returns a new document sharing every untouched branch. */
export function applyOp(doc: Json, op: Op): Json {
  switch (op.kind) {
    case 'replace':
      return op.fresh ? op.value : reconcile(doc, op.value);
    case 'set':
      return update(doc, parsePointer(op.path), () => op.value, true);
    case 'remove': {
      const tokens = parsePointer(op.path);
      if (tokens.length === 0) return doc;
      const last = tokens[tokens.length - 1]!;
      return update(
        doc,
        tokens.slice(0, -1),
        (parent) => {
          if (Array.isArray(parent)) {
            const i = Number(last);
            if (!Number.isInteger(i) || i < 0 || i >= parent.length) return parent;
            const out = parent.filter((_, k) => k !== i);
            carryId(out, parent);
            return out;
          }
          if (isContainer(parent) && Object.prototype.hasOwnProperty.call(parent, last)) {
            const out: Record<string, unknown> = {};
            for (const k of Object.keys(parent)) if (k !== last) setOwn(out, k, (parent as Record<string, unknown>)[k]);
            carryId(out, parent);
            return out;
          }
          return parent;
        },
        false,
      );
    }
    case 'insert':
      return update(
        doc,
        parsePointer(op.path),
        (arr) => {
          const list = Array.isArray(arr) ? arr.slice() : [];
          if (Array.isArray(arr)) carryId(list, arr);
          const at = op.index < 0 || op.index > list.length ? list.length : op.index;
          list.splice(at, 0, op.value);
          return list;
        },
        true,
      );
    case 'move':
      return update(
        doc,
        parsePointer(op.path),
        (arr) => {
          if (!Array.isArray(arr)) return arr;
          const { from, to } = op;
          if (from === to || from < 0 || to < 0 || from >= arr.length || to >= arr.length) return arr;
          const list = arr.slice();
          carryId(list, arr);
          const [moved] = list.splice(from, 1);
          list.splice(to, 0, moved);
          return list;
        },
        false,
      );
  }
}

/** Applies operations in order. */
export function applyOps(doc: Json, ops: readonly Op[]): Json {
  return ops.reduce(applyOp, doc);
}

