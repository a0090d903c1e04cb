import { carryId, hasIdentity } from './ids';

/**
 * A new version of the document that came whole (a JSON edit, an import), made to
 * share every branch that is deep-equal to the previous version, as xyflow turns a
 * new list into changes. What is equal is the previous object itself, so the
 * canvas's caches, the history and the element ids keep working as after any other
 * edit; what changed keeps the id of what it replaces:
 * - an object's key keeps its value's id;
 * - an array's entry equal to one of the previous entries is that entry (an entry
 *   moved or one inserted before it keeps its id); the others pair by position.
 * Never mutates either argument.
 */
export function reconcile(prev: unknown, next: unknown, depth = 0): unknown {
  if (prev === next || !hasIdentity(prev) || !hasIdentity(next)) return next;
  // A request is a dozen levels deep; what nests far deeper (a hostile import) is taken as it is, without recursing into it.
  if (depth > RECONCILE_DEPTH_MAX) return next;
  if (Array.isArray(next)) return Array.isArray(prev) ? reconcileArray(prev, next, depth) : next;
  if (Array.isArray(prev)) return next;
  return reconcileObject(prev as Record<string, unknown>, next as Record<string, unknown>, depth);
}

const RECONCILE_DEPTH_MAX = 200;

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function reconcileObject(prev: Record<string, unknown>, next: Record<string, unknown>, depth: number): Record<string, unknown> {
  const keys = Object.keys(next);
  const prevKeys = Object.keys(prev);
  let same = keys.length === prevKeys.length;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = hasOwn(prev, k) ? reconcile(prev[k], next[k], depth + 1) : next[k];
    if (same && (prevKeys[i] !== k || v !== prev[k])) same = false;
    setOwn(out, k, v);
  }
  if (same) return prev;
  carryId(out, prev);
  return out;
}

/** A fingerprint equal for deep-equal JSON values (key order counts, as it does in the text); '' for one too deep to print. */
function fingerprint(v: unknown): string {
  if (!hasIdentity(v)) return typeof v + ':' + String(v);
  try {
    return 'j' + JSON.stringify(v);
  } catch {
    return '';
  }
}

function reconcileArray(prev: unknown[], next: unknown[], depth: number): unknown[] {
  const out: unknown[] = new Array<unknown>(next.length);
  const used = new Array<boolean>(prev.length).fill(false);
  const matched = new Array<boolean>(next.length).fill(false);
  // Entries equal to a previous one are that one, taken in order.
  const byPrint = new Map<string, number[]>();
  prev.forEach((v, i) => {
    const p = fingerprint(v);
    if (!p) return;
    const list = byPrint.get(p);
    if (list) list.push(i);
    else byPrint.set(p, [i]);
  });
  next.forEach((v, j) => {
    const p = fingerprint(v);
    const i = p ? byPrint.get(p)?.shift() : undefined;
    if (i === undefined) return;
    out[j] = prev[i];
    used[i] = true;
    matched[j] = true;
  });
  // The rest pair by position with a previous entry not taken yet.
  for (let j = 0; j < next.length; j++) {
    if (matched[j]) continue;
    if (j < prev.length && !used[j]) {
      used[j] = true;
      out[j] = reconcile(prev[j], next[j], depth + 1);
    } else out[j] = next[j];
  }
  if (out.length === prev.length && out.every((v, i) => v === prev[i])) return prev;
  carryId(out, prev);
  return out;
}
