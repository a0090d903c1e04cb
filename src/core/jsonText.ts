import { createScanner, findNodeAtOffset, getNodePath, parseTree, type Node } from 'jsonc-parser';
import { join as joinPointer, parsePointer } from './pointer';

/**
 * The bridge between JSON pointers and offsets in the editor's text, in both
 * directions, for the JSON editor's markers and the CLI's line numbers. Pure:
 * no Monaco, no DOM.
 */

/** A node of the syntax tree of a JSON text (jsonc-parser's). */
export type JsonNode = Node;

/** A span of the text, in UTF-16 offsets (what Monaco's `getPositionAt` takes). */
export interface TextSpan {
  offset: number;
  length: number;
}

/**
 * The syntax tree of a text (tolerant: a broken text still gives the part that
 * parses); undefined for a text nested so deeply that the parser, which recurses,
 * runs out of stack: such a text has no positions.
 */
export function jsonTree(text: string): Node | undefined {
  try {
    return parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  } catch (e) {
    if (e instanceof Error && (e instanceof RangeError || e.name === 'InternalError')) return undefined;
    throw e;
  }
}

/** The child of an object or array for one pointer token; for repeated keys the last one, as JSON.parse keeps it. */
function child(node: Node, token: string): Node | undefined {
  if (node.type === 'object') {
    let found: Node | undefined;
    for (const prop of node.children ?? []) {
      const [key, value] = prop.children ?? [];
      if (key?.value === token && value) found = value;
    }
    return found;
  }
  if (node.type === 'array') {
    if (!/^(0|[1-9]\d*)$/.test(token)) return undefined;
    return node.children?.[Number(token)];
  }
  return undefined;
}

/** The node a pointer names, or undefined when the text has no such location. */
export function nodeAt(root: Node | undefined, pointer: string): Node | undefined {
  let node = root;
  for (const token of parsePointer(pointer)) {
    if (!node) return undefined;
    node = child(node, token);
  }
  return node;
}

/** The node a pointer names, or that of its deepest ancestor present in the text. */
export function nearestNode(root: Node | undefined, pointer: string): Node | undefined {
  let node = root;
  for (const token of parsePointer(pointer)) {
    const next = node && child(node, token);
    if (!next) break;
    node = next;
  }
  return node;
}

const isContainer = (node: Node) => node.type === 'object' || node.type === 'array';

/**
 * What a diagnostic at `pointer` underlines: a string, number or literal is
 * underlined whole; an object or array by its key and opening bracket
 * (`"suggestions": [`) or, without a key, by the bracket alone, so a problem
 * of a whole item does not paint squiggles over every line inside it.
 */
export function markSpan(root: Node | undefined, pointer: string): TextSpan | undefined {
  const node = nearestNode(root, pointer);
  if (!node) return undefined;
  if (!isContainer(node)) return { offset: node.offset, length: node.length };
  const prop = node.parent?.type === 'property' ? node.parent : undefined;
  const start = prop ? prop.offset : node.offset;
  return { offset: start, length: node.offset + 1 - start };
}

/** A pointer token of markSpans' tree of wanted pointers: where its value was found, and under which find of its parent. */
interface Wanted {
  children: Map<string, Wanted>;
  span?: TextSpan;
  /** How many times a value was found here (a repeated key: the last one counts). */
  found: number;
  /** The parent's `found` when this span was recorded: a span from an earlier, overridden parent does not count. */
  under: number;
}

// jsonc-parser's token kinds (its const enums cannot be imported under isolatedModules).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const COMMA = 5;
const STRING = 10;
const NUMBER = 11;
const EOF = 17;
const isValueToken = (t: number) => t === STRING || t === NUMBER || (t >= 7 && t <= 9); // null, true, false

/**
 * What `markSpan(jsonTree(text), pointer)` gives, for every pointer at once, of a text that
 * parses: one pass over the text with an explicit stack, no syntax tree and no recursion
 * (a text nested thousands of levels deep overflowed jsonc-parser's recursive parser), and
 * each pointer costs its own tokens, not a search from the root through every property.
 * The pointers form a tree; the pass records the span of each value it names, and each
 * pointer then takes the span of its deepest token the text has.
 */
export function markSpans(text: string, pointers: readonly string[]): (TextSpan | undefined)[] {
  const root: Wanted = { children: new Map(), found: 0, under: 0 };
  for (const pointer of pointers) {
    let node = root;
    for (const token of parsePointer(pointer)) {
      let next = node.children.get(token);
      if (!next) node.children.set(token, (next = { children: new Map(), found: 0, under: 0 }));
      node = next;
    }
  }

  interface Frame {
    object: boolean;
    /** The wanted pointer this container is, if any. */
    wanted: Wanted | undefined;
    /** Arrays: the index of the next entry. */
    index: number;
    /** Objects: the key of the value to come, and where the key starts. */
    key: string | undefined;
    keyOffset: number;
  }
  const stack: Frame[] = [];
  const scanner = createScanner(text, true);
  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    const top = stack[stack.length - 1];
    if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      stack.pop();
      continue;
    }
    if (token === COMMA) {
      if (top) top.key = undefined;
      continue;
    }
    if (top?.object && top.key === undefined) {
      if (token === STRING) {
        top.key = scanner.getTokenValue();
        top.keyOffset = scanner.getTokenOffset();
      }
      continue; // a key, or the colon after it (or what a broken text has there)
    }
    const container = token === OPEN_BRACE || token === OPEN_BRACKET;
    if (!container && !isValueToken(token)) continue;
    // A value: the root, an array's next entry or the value of an object's key.
    const parent = top ? top.wanted : undefined;
    const wanted = !top ? root : top.object ? parent?.children.get(top.key!) : parent?.children.get(String(top.index++));
    const offset = scanner.getTokenOffset();
    if (wanted) {
      wanted.found++;
      wanted.under = parent ? parent.found : 0;
      const start = container && top?.object ? top.keyOffset : offset;
      wanted.span = container ? { offset: start, length: offset + 1 - start } : { offset, length: scanner.getTokenLength() };
    }
    if (container) stack.push({ object: token === OPEN_BRACE, wanted, index: 0, key: undefined, keyOffset: 0 });
  }

  return pointers.map((pointer) => {
    let node = root;
    let span = root.span;
    for (const token of parsePointer(pointer)) {
      const next = node.children.get(token);
      if (!next?.span || next.under !== node.found) break;
      span = next.span;
      node = next;
    }
    return span;
  });
}

/** The whole text of the element at `pointer` (with its key when it is an object's property), for highlighting it. */
export function elementSpan(root: Node | undefined, pointer: string): TextSpan | undefined {
  const node = nodeAt(root, pointer);
  if (!node) return undefined;
  const target = node.parent?.type === 'property' ? node.parent : node;
  return { offset: target.offset, length: target.length };
}

/**
 * The pointer of the innermost value at a text offset: a key or its value both
 * give the property's pointer; the white space of an object gives the object.
 * An offset just after a value still counts as that value (the cursor after typing it).
 */
export function pointerAt(root: Node | undefined, offset: number): string | undefined {
  if (!root) return undefined;
  const node = findNodeAtOffset(root, offset, true);
  if (!node) return undefined;
  const path = getNodePath(node.type === 'property' && node.children?.[1] ? node.children[1] : node);
  return joinPointer('', ...path);
}

/**
 * The smallest single replacement that turns `before` into `after` (common prefix
 * and suffix kept), or null when they are equal. Replacing only the middle keeps the
 * cursor, the scroll position and the editor's undo history sensible.
 */
export function minimalEdit(before: string, after: string): { offset: number; length: number; text: string } | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never split a surrogate pair.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { offset: start, length: before.length - end - start, text: after.slice(start, after.length - end) };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A span for a syntax error: at least one character, and inside the text when the error is at its very end. */
export function syntaxSpan(text: string, offset: number, length: number): TextSpan {
  if (length > 0) return { offset, length };
  if (text.length === 0) return { offset: 0, length: 0 };
  const at = Math.min(offset, text.length - 1);
  return { offset: at, length: 1 };
}
