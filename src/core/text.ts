/** Length in Unicode code points, the unit every limit is counted in (RULES.md 3). */
export function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Whether a value is a plain JSON object (not an array, not null). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A string value, or undefined for any other JSON value. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A value quoted in a message, cut to a readable length. */
export function clip(s: string): string {
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

/**
 * How deeply a JSON value nests (a scalar is 0, `[]` is 1), counted without
 * recursion, up to `stopAt` (then `stopAt` is returned): the views refuse to draw
 * what the browser's recursive JSON functions cannot handle.
 */
export function depthOf(value: unknown, stopAt = Infinity): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const here = d + 1;
    if (here > max) {
      max = here;
      if (max >= stopAt) return stopAt;
    }
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, here]);
  }
  return max;
}
