import type { Node } from 'jsonc-parser';
import { jsonTree } from './jsonText';
import { join as joinPointer } from './pointer';

/**
 * The integers of a text that a JavaScript number cannot hold exactly, by pointer,
 * each as written (a PSID of 17 digits written as a number: 24567890123456789 is
 * read as 24567890123456788). The request keeps them exactly as text, but the
 * parsed value has lost their last digits: where a view shows or copies such a
 * value, it takes these digits. Empty for a text with no run of 16 digits.
 */
export function inexactIntegers(text: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!/\d{16}/.test(text)) return found;
  const root = jsonTree(text);
  const stack: { node: Node; pointer: string }[] = root ? [{ node: root, pointer: '' }] : [];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop()!;
    if (node.type === 'number') {
      const literal = text.slice(node.offset, node.offset + node.length);
      if (/^-?\d{16,}$/.test(literal) && BigInt(Number(literal)) !== BigInt(literal)) found.set(pointer, literal);
    } else if (node.type === 'array') (node.children ?? []).forEach((c, i) => stack.push({ node: c, pointer: joinPointer(pointer, String(i)) }));
    else if (node.type === 'object') {
      // A repeated key: the last one, as JSON.parse keeps it.
      const last = new Map<string, Node>();
      for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (key && value && typeof key.value === 'string') last.set(key.value, value);
      }
      for (const [key, value] of last) stack.push({ node: value, pointer: joinPointer(pointer, key) });
    }
  }
  return found;
}
