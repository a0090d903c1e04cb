/**
 * JSON.stringify(value, null, 2), written piece by piece: a report too large for one
 * string (V8's strings stop at about 2^29 characters: "Invalid string length") still goes
 * out, and nothing waits for the whole. No recursion either: the depth of the value costs
 * memory, not stack. One difference, the same JSON to a parser: no `##[` (see jsonString).
 */

interface Frame {
  array: boolean;
  value: Record<string, unknown> | unknown[];
  keys: string[];
  next: number;
  indent: string;
  written: boolean;
}

/** What JSON.stringify writes for a value: its toJSON() if it has one. */
function jsonOf(value: unknown, key: string): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return (value as { toJSON(key: string): unknown }).toJSON(key);
  return value;
}

/**
 * A string as JSON, with the `[` of `##[` written \u005b: the same string to a JSON parser, but
 * no legacy workflow command (`##[command]`, which GitHub's runner reads anywhere in a line of a log).
 */
function jsonString(s: string): string {
  const json = JSON.stringify(s);
  return json.includes('##[') ? json.replace(/##\[/g, '##\\u005b') : json;
}

/** Values JSON has no text for: left out of objects, null in arrays. */
const omitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * Writes `value` as JSON.stringify(value, null, 2) would, each line after the first
 * indented by `indent` more (to write an entry of an enclosing array); nothing for a value
 * JSON.stringify gives undefined for. `write` gets small pieces: collect them (see chunked()).
 */
export function writeJson(value: unknown, write: (s: string) => void, indent = ''): void {
  const stack: Frame[] = [];
  const put = (v: unknown, at: string) => {
    if (typeof v === 'string') {
      write(jsonString(v));
      return;
    }
    if (v === null || typeof v !== 'object') {
      write(JSON.stringify(v));
      return;
    }
    if (stack.some((f) => f.value === v)) throw new TypeError('Converting circular structure to JSON');
    const array = Array.isArray(v);
    stack.push({ array, value: v as Frame['value'], keys: array ? [] : Object.keys(v), next: 0, indent: at, written: false });
  };

  const top = jsonOf(value, '');
  if (omitted(top)) return;
  put(top, indent);
  while (stack.length > 0) {
    const f = stack[stack.length - 1]!;
    const count = f.array ? (f.value as unknown[]).length : f.keys.length;
    if (f.next >= count) {
      stack.pop();
      const close = f.array ? ']' : '}';
      write(f.written ? `\n${f.indent}${close}` : f.array ? '[]' : '{}');
      continue;
    }
    const i = f.next++;
    const key = f.array ? String(i) : f.keys[i]!;
    let v = jsonOf(f.array ? (f.value as unknown[])[i] : (f.value as Record<string, unknown>)[key], key);
    if (omitted(v)) {
      if (!f.array) continue;
      v = null;
    }
    const inner = f.indent + '  ';
    write(`${f.written ? ',' : f.array ? '[' : '{'}\n${inner}${f.array ? '' : jsonString(key) + ': '}`);
    f.written = true;
    put(v, inner);
  }
}

/** Collects small pieces of output and hands them on in pieces of about `size` characters. */
export function chunked(write: (s: string) => void, size = 1 << 16): { add: (s: string) => void; flush: () => void } {
  let buffer = '';
  return {
    add(s) {
      buffer += s;
      if (buffer.length >= size) {
        const piece = buffer;
        buffer = '';
        write(piece);
      }
    },
    flush() {
      if (buffer === '') return;
      const piece = buffer;
      buffer = '';
      write(piece);
    },
  };
}
