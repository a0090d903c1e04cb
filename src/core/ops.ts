import { parsePointer } from './pointer';

/**
 * The edits of a request, as JSON pointers: what the designer's single write path applies
 * (palette drops, inspector edits, reorders), what fixes are made of (fixes.ts), and what
 * jsonEdit.ts applies to a JSON text without touching the rest of it.
 */
export type EditOp =
  /** Sets a value at a pointer, creating missing parent objects. Keeps key order. */
  | { kind: 'set'; path: string; value: unknown }
  /** Removes an object key or an array entry. */
  | { kind: 'remove'; path: string }
  /** Inserts into the array at `path` (created when missing) before `index` (-1 or past the end appends). */
  | { kind: 'insert'; path: string; index: number; value: unknown }
  /** Moves an entry of the array at `path`. */
  | { kind: 'move'; path: string; from: number; to: number };

/** Told of each container copied in place of another. */
export type Carry = (copy: object, original: object) => void;
const noCarry: Carry = () => undefined;

type Json = unknown;

function isContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  return v !== null && typeof v === 'object';
}

/** Copies a container shallowly, keeping own `__proto__` keys as data; `carry` learns of the copy. */
function shallowCopy(v: Record<string, unknown> | unknown[], carry: Carry): Record<string, unknown> | unknown[] {
  let out: Record<string, unknown> | unknown[];
  if (Array.isArray(v)) out = v.slice();
  else {
    out = {};
    for (const k of Object.keys(v)) setOwn(out, k, v[k]);
  }
  carry(out, v);
  return out;
}

function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Rebuilds the path from the root with `f` applied at the end; untouched branches are shared. */
function update(doc: Json, tokens: string[], f: (v: Json) => Json, create: boolean, carry: Carry): Json {
  if (tokens.length === 0) return f(doc);
  const [head, ...rest] = tokens as [string, ...string[]];
  let container: Json = doc;
  if (!isContainer(container)) {
    if (!create) return doc;
    container = {};
  }
  const copy = shallowCopy(container as Record<string, unknown> | unknown[], carry);
  if (Array.isArray(copy)) {
    const i = head === '-' ? copy.length : Number(head);
    if (!Number.isInteger(i) || i < 0 || i > copy.length) return doc;
    if (i === copy.length && !create) return doc;
    copy[i] = update(copy[i], rest, f, create, carry);
  } else {
    const has = Object.prototype.hasOwnProperty.call(copy, head);
    if (!has && !create) return doc;
    setOwn(copy, head, update(has ? copy[head] : undefined, rest, f, create, carry));
  }
  return copy;
}

/**
 * Applies one edit; returns a new document sharing every untouched branch (the input is never changed).
 * `carry(copy, original)` is told of every container copied in place of another (the designer keeps element ids with it).
 */
export function applyEdit(doc: Json, op: EditOp, carry: Carry = noCarry): Json {
  switch (op.kind) {
    case 'set':
      return update(doc, parsePointer(op.path), () => op.value, true, carry);
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
            carry(out, parent);
            return out;
          }
          if (isContainer(parent) && Object.prototype.hasOwnProperty.call(parent, last)) {
            const out: Record<string, unknown> = {};
            for (const k of Object.keys(parent)) if (k !== last) setOwn(out, k, (parent as Record<string, unknown>)[k]);
            carry(out, parent);
            return out;
          }
          return parent;
        },
        false,
        carry,
      );
    }
    case 'insert':
      return update(
        doc,
        parsePointer(op.path),
        (arr) => {
          const list = Array.isArray(arr) ? arr.slice() : [];
          if (Array.isArray(arr)) carry(list, arr);
          const at = op.index < 0 || op.index > list.length ? list.length : op.index;
          list.splice(at, 0, op.value);
          return list;
        },
        true,
        carry,
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
          carry(list, arr);
          const [moved] = list.splice(from, 1);
          list.splice(to, 0, moved);
          return list;
        },
        false,
        carry,
      );
  }
}

/** Applies edits in order. */
export function applyEdits(doc: Json, ops: readonly EditOp[], carry: Carry = noCarry): Json {
  return ops.reduce((d, op) => applyEdit(d, op, carry), doc);
}
