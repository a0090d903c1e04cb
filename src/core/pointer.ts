/** RFC 6901 JSON pointers. */

/** Escapes one reference token. */
export function escapeToken(token: string | number): string {
  if (typeof token === 'number') return String(token);
  // Most keys need no escaping: skip the regex work for them.
  if (token.indexOf('~') < 0 && token.indexOf('/') < 0) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Appends tokens to a pointer: `join('/a', 'b', 0)` is `/a/b/0`. */
export function join(base: string, ...tokens: (string | number)[]): string {
  let out = base;
  for (const t of tokens) out += '/' + escapeToken(t);
  return out;
}

/** Splits a pointer into its unescaped tokens (`''` is the whole document). */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a pointer, or undefined when no such location exists. */
export function getAt(doc: unknown, pointer: string): unknown {
  let cur: unknown = doc;
  for (const token of parsePointer(pointer)) {
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
      cur = cur[Number(token)];
    } else if (cur !== null && typeof cur === 'object') {
      if (!Object.prototype.hasOwnProperty.call(cur, token)) return undefined;
      cur = (cur as Record<string, unknown>)[token];
    } else {
      return undefined;
    }
    if (cur === undefined) return undefined;
  }
  return cur;
}

/** Whether a pointer names an existing location of the document. */
export function exists(doc: unknown, pointer: string): boolean {
  return pointer === '' ? doc !== undefined : getAt(doc, pointer) !== undefined;
}
