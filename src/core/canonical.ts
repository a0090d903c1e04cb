import { REQUEST_SCHEMA, resolveSchemaNode, type SchemaNode } from './schema';
import { join, parsePointer } from './pointer';
import { isObject } from './text';

/**
 * The API accepts keys in any letter case (RULES.md 1). The core works on a
 * canonical copy whose known keys are spelled as in the schema, and maps every
 * path it reports back to the user's own keys. Only positions the schema knows
 * are copied; everything else is shared by reference, so the work is bounded
 * by the schema's depth, not the input's.
 */

const defs = REQUEST_SCHEMA.definitions as unknown as Record<string, SchemaNode>;
const msgProps = defs.msg!.properties!;
const itemProps = defs.item!.properties!;
const suggestionProps = defs.suggestion!.properties!;

/** Objects whose unknown keys Messenger ignores (rich content read by other channels). */
const FLAG_UNKNOWN = new Set<SchemaNode>([
  defs.item!,
  defs.card!,
  defs.media!,
  defs.suggestion!,
  itemProps.carousel!,
  msgProps.richContent!,
  suggestionProps.dial!,
  suggestionProps.product!,
  suggestionProps.optin!,
]);

export interface KeyNote {
  /** Pointer of the key in the user's request. */
  path: string;
  key: string;
  /** For a duplicate, the key that is used instead. */
  usedKey?: string;
}

export interface Canonical {
  value: unknown;
  /** Keys that differ only in letter case from an earlier key of the same object. */
  duplicates: KeyNote[];
  /** Unknown keys inside rich content. */
  ignored: KeyNote[];
  /** Maps a pointer into the canonical copy back to the user's request. */
  toOriginal(pointer: string): string;
}

/** Makes the canonical copy of a request. Never throws for a JSON value. */
export function canonicalize(request: unknown): Canonical {
  const keyMaps = new WeakMap<object, Map<string, string>>();
  // Whether any key was renamed: until one is, every pointer is the user's own.
  let renamed = false;
  const duplicates: KeyNote[] = [];
  const ignored: KeyNote[] = [];

  // The path of the current node, built only when a note needs it.
  const tokens: (string | number)[] = [];
  const pathOf = (key: string) => join('', ...tokens, key);

  const walk = (value: unknown, node: SchemaNode): unknown => {
    const schema = resolved(node);
    if (Array.isArray(value)) {
      if (!schema.items) return value;
      let out: unknown[] | null = null;
      for (let i = 0; i < value.length; i++) {
        tokens.push(i);
        const w = walk(value[i], schema.items);
        tokens.pop();
        if (w !== value[i]) (out ??= value.slice())[i] = w;
      }
      return out ?? value;
    }
    if (!isObject(value) || !schema.properties) return value;
    const props = schema.properties;
    const lowerToCanonical = schema.lower!;
    const flag = schema.flag;
    // Already canonical (the usual case) means no copy: the request itself is used.
    // The copy and its key map are made only from the first renamed key or changed child on.
    const keys = Object.keys(value);
    let out: Record<string, unknown> | null = null;
    let map: Map<string, string> | null = null;
    const seen: string[] = [];
    let changed = false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const canonicalKey = hasOwn(props, key) ? key : lowerToCanonical.get(key.toLowerCase());
      if (canonicalKey === undefined) {
        // Unknown: kept as is; no known key can collide with it.
        if (out) {
          assign(out, key, value[key]);
          map!.set(key, key);
        }
        if (flag) ignored.push({ path: pathOf(key), key });
        continue;
      }
      if (seen.includes(canonicalKey)) {
        duplicates.push({ path: pathOf(key), key, usedKey: firstKeyFor(keys, canonicalKey) });
        if (!out) [out, map] = copyUpTo(value, keys, i, props, lowerToCanonical);
        changed = true;
        continue;
      }
      seen.push(canonicalKey);
      tokens.push(key);
      const w = walk(value[key], props[canonicalKey]!);
      tokens.pop();
      if (!out && (canonicalKey !== key || w !== value[key])) [out, map] = copyUpTo(value, keys, i, props, lowerToCanonical);
      if (out) {
        changed = true;
        if (canonicalKey !== key) renamed = true;
        map!.set(canonicalKey, key);
        assign(out, canonicalKey, w);
      }
    }
    if (!changed || !out) return value;
    keyMaps.set(out, map!);
    return out;
  };

  const value = walk(request, REQUEST_SCHEMA as unknown as SchemaNode);

  const toOriginal = (pointer: string): string => {
    if (!renamed) return pointer;
    let cur: unknown = value;
    let out = '';
    for (const token of parsePointer(pointer)) {
      if (Array.isArray(cur)) {
        out = join(out, token);
        cur = cur[Number(token)];
      } else if (isObject(cur)) {
        const orig = keyMaps.get(cur)?.get(token) ?? token;
        out = join(out, orig);
        cur = cur[token];
      } else {
        out = join(out, token);
        cur = undefined;
      }
    }
    return out;
  };

  return { value, duplicates, ignored, toOriginal };
}

/** A schema node with its `$ref` resolved and its lookups prepared, once per node. */
interface ResolvedNode extends SchemaNode {
  lower?: Map<string, string>;
  flag: boolean;
}
const resolvedCache = new Map<SchemaNode, ResolvedNode>();
function resolved(node: SchemaNode): ResolvedNode {
  let r = resolvedCache.get(node);
  if (!r) {
    const schema = resolveSchemaNode(node);
    r = { ...schema, lower: schema.properties ? lowerIndex(schema.properties) : undefined, flag: FLAG_UNKNOWN.has(schema) };
    resolvedCache.set(node, r);
  }
  return r;
}

const indexCache = new WeakMap<object, Map<string, string>>();
function lowerIndex(props: Record<string, SchemaNode>): Map<string, string> {
  let m = indexCache.get(props);
  if (!m) {
    m = new Map(Object.keys(props).map((k) => [k.toLowerCase(), k]));
    indexCache.set(props, m);
  }
  return m;
}

const hasOwn = (obj: object, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

/** The first key of an object that names a canonical field (the one that is used). */
function firstKeyFor(keys: string[], canonicalKey: string): string {
  const lower = canonicalKey.toLowerCase();
  return keys.find((k) => k.toLowerCase() === lower) ?? canonicalKey;
}

/** Starts the canonical copy of an object with its first `upTo` keys (all unchanged so far). */
function copyUpTo(
  value: Record<string, unknown>,
  keys: string[],
  upTo: number,
  props: Record<string, SchemaNode>,
  lowerToCanonical: Map<string, string>,
): [Record<string, unknown>, Map<string, string>] {
  const out: Record<string, unknown> = {};
  const map = new Map<string, string>();
  for (let j = 0; j < upTo; j++) {
    const k = keys[j]!;
    const ck = hasOwn(props, k) ? k : (lowerToCanonical.get(k.toLowerCase()) ?? k);
    if (map.has(ck)) continue;
    map.set(ck, k);
    assign(out, ck, value[k]);
  }
  return [out, map];
}

/** Sets an own property, even `__proto__`, without touching the prototype. */
function assign(obj: Record<string, unknown>, key: string, v: unknown): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
  else obj[key] = v;
}

/**
 * The key of an object that holds a field, matched case-insensitively as the API
 * does: the first such key in the object's order, else the canonical name
 * itself (where a new field is to be written).
 */
export function findKey(obj: unknown, canonicalName: string): string {
  if (isObject(obj)) {
    const lower = canonicalName.toLowerCase();
    // Only a key of the same length can match: most keys are passed over without a lower-case copy.
    for (const k of Object.keys(obj)) if (k.length === lower.length && (k === canonicalName || k.toLowerCase() === lower)) return k;
  }
  return canonicalName;
}
