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
  const duplicates: KeyNote[] = [];
  const ignored: KeyNote[] = [];

  const walk = (value: unknown, node: SchemaNode, origPath: string): unknown => {
    const schema = resolveSchemaNode(node);
    if (Array.isArray(value) && schema.items) {
      return value.map((v, i) => walk(v, schema.items!, join(origPath, i)));
    }
    if (!isObject(value) || !schema.properties) return value;
    const props = schema.properties;
    const lowerToCanonical = lowerIndex(props);
    const out: Record<string, unknown> = {};
    const map = new Map<string, string>();
    for (const key of Object.keys(value)) {
      const canonicalKey = lowerToCanonical.get(key.toLowerCase());
      if (canonicalKey === undefined) {
        // Unknown: kept as is; a later known key never collides with it.
        setOwn(out, key, value[key]);
        map.set(key, key);
        if (FLAG_UNKNOWN.has(schema)) ignored.push({ path: join(origPath, key), key });
        continue;
      }
      if (map.has(canonicalKey)) {
        duplicates.push({ path: join(origPath, key), key, usedKey: map.get(canonicalKey)! });
        continue;
      }
      map.set(canonicalKey, key);
      setOwn(out, canonicalKey, walk(value[key], props[canonicalKey]!, join(origPath, key)));
    }
    keyMaps.set(out, map);
    return out;
  };

  const value = walk(request, REQUEST_SCHEMA as unknown as SchemaNode, '');

  const toOriginal = (pointer: string): string => {
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

const indexCache = new WeakMap<object, Map<string, string>>();
function lowerIndex(props: Record<string, SchemaNode>): Map<string, string> {
  let m = indexCache.get(props);
  if (!m) {
    m = new Map(Object.keys(props).map((k) => [k.toLowerCase(), k]));
    indexCache.set(props, m);
  }
  return m;
}

/** Sets an own property, even `__proto__`, without touching the prototype. */
function setOwn(obj: Record<string, unknown>, key: string, v: unknown): void {
  Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
}

/**
 * The key of an object that holds a field, matched case-insensitively as the API
 * does: the first such key in the object's order, else the canonical name
 * itself (where a new field is to be written).
 */
export function findKey(obj: unknown, canonicalName: string): string {
  if (isObject(obj)) {
    const lower = canonicalName.toLowerCase();
    for (const k of Object.keys(obj)) if (k.toLowerCase() === lower) return k;
  }
  return canonicalName;
}
