import type { EditOp } from './ops';
import { createScanner } from 'jsonc-parser';
import { T } from './checkText';
import { jsonTree, nodeAt, type JsonNode } from './jsonText';
import { parsePointer } from './pointer';

/**
 * Edits of a JSON text by pointer that rewrite only the span an edit touches, so
 * that everything else stays as the user wrote it: white space, key order, number
 * spellings such as `1.50`, escapes. New values are written in the text's own
 * style: pretty-printed with its indentation unit and line ends, or compact.
 * Pure; each function takes the text of a valid JSON value and returns the new
 * text, or null when the pointer does not fit the text (the caller then prints
 * the document afresh).
 */

/** How a text is laid out. */
interface Style {
  /** One level of indentation ('' for a compact text). */
  unit: string;
  eol: string;
}

function styleOf(text: string): Style {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  // The first indented line that starts a key or a value gives the unit (the root's children are one level deep).
  const m = /\n([ \t]+)\S/.exec(text);
  return { unit: m ? m[1]! : '', eol };
}

/** The white space that starts the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = start;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return text.slice(start, end);
}

/** A value written in the text's style, its later lines indented to `indent`. */
function serialize(value: unknown, style: Style, indent: string): string {
  if (!style.unit) return JSON.stringify(value) ?? 'null';
  const s = JSON.stringify(value, null, style.unit) ?? 'null';
  return s.split('\n').join(style.eol + indent);
}

const isMultiline = (text: string, node: JsonNode) => text.slice(node.offset, node.offset + node.length).includes('\n');

/** Replaces text[start, end) with `insert`. */
function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** The parent container of a pointer and the last token, when the parent is in the text. */
function parentOf(root: JsonNode, pointer: string): { parent: JsonNode; token: string } | null {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return null;
  const token = tokens[tokens.length - 1]!;
  const parent = nodeAt(root, '/' + tokens.slice(0, -1).map(escape).join('/'));
  if (tokens.length === 1) return { parent: root, token };
  return parent ? { parent, token } : null;
}

const escape = (t: string) => t.replace(/~/g, '~0').replace(/\//g, '~1');

/** The node that stands for an entry of a container: an object's property, an array's value. */
function entryNode(node: JsonNode): JsonNode {
  return node.parent?.type === 'property' ? node.parent : node;
}

/** The separator between entries of a container, as its text writes it (', ' or ','), for a one-line container. */
function inlineSeparators(text: string, container: JsonNode): { comma: string; colon: string } {
  const own = text.slice(container.offset, container.offset + container.length);
  return { comma: /,\s/.test(own) ? ', ' : ',', colon: /":\s/.test(own) ? ': ' : ':' };
}

/** Adds an entry (already written) to a container before its child `index` (or at its end). */
function addEntry(text: string, container: JsonNode, index: number, write: (indent: string) => string, style: Style): string {
  const children = container.children ?? [];
  const close = container.offset + container.length - 1;
  if (children.length === 0) {
    if (style.unit) {
      const outer = lineIndent(text, container.offset);
      const inner = outer + style.unit;
      return splice(text, container.offset + 1, close, style.eol + inner + write(inner) + style.eol + outer);
    }
    return splice(text, container.offset + 1, close, write(''));
  }
  const multiline = isMultiline(text, container) && !!style.unit;
  if (index < children.length) {
    const before = children[index]!;
    const indent = multiline ? lineIndent(text, before.offset) : '';
    const sep = multiline ? ',' + style.eol + indent : inlineSeparators(text, container).comma;
    return splice(text, before.offset, before.offset, write(indent) + sep);
  }
  const last = children[children.length - 1]!;
  const end = last.offset + last.length;
  const indent = multiline ? lineIndent(text, last.offset) : '';
  const sep = multiline ? ',' + style.eol + indent : inlineSeparators(text, container).comma;
  return splice(text, end, end, sep + write(indent));
}

/** Removes a child entry of a container with the comma that joins it to its neighbours. */
function removeEntry(text: string, container: JsonNode, child: JsonNode): string {
  const children = container.children ?? [];
  const i = children.indexOf(child);
  if (i < 0) return text;
  if (children.length === 1) return splice(text, container.offset + 1, container.offset + container.length - 1, '');
  if (i > 0) {
    const prev = children[i - 1]!;
    return splice(text, prev.offset + prev.length, child.offset + child.length, '');
  }
  const next = children[1]!;
  return splice(text, child.offset, next.offset, '');
}

/** A value for the missing tokens under an existing node: `{ a: { b: value } }`, as applyOp's `set` creates parents. */
function nest(tokens: string[], value: unknown): unknown {
  return tokens.reduceRight<unknown>((v, t) => ({ [t]: v }), value);
}

/** Sets the value at a pointer, creating missing parent objects (as the document's `set` does). */
export function setInText(text: string, pointer: string, value: unknown): string | null {
  const root = jsonTree(text);
  if (!root) return null;
  const style = styleOf(text);
  const node = nodeAt(root, pointer);
  if (node) {
    const indent = lineIndent(text, entryNode(node).offset);
    return splice(text, node.offset, node.offset + node.length, serialize(value, style, indent));
  }
  // The deepest node present, and the tokens below it.
  const tokens = parsePointer(pointer);
  let at = root;
  let depth = 0;
  for (; depth < tokens.length; depth++) {
    const next = nodeAt(at, '/' + escape(tokens[depth]!));
    if (!next) break;
    at = next;
  }
  const rest = tokens.slice(depth);
  if (at.type === 'object') {
    const [key, ...below] = rest as [string, ...string[]];
    const v = nest(below, value);
    const seps = inlineSeparators(text, at);
    const colon = style.unit && (isMultiline(text, at) || !at.children?.length) ? ': ' : seps.colon;
    return addEntry(text, at, Infinity, (indent) => `${JSON.stringify(key)}${colon}${serialize(v, style, indent)}`, style);
  }
  if (at.type === 'array') {
    const [index, ...below] = rest as [string, ...string[]];
    // Past the end, or not an index: the document's `set` changes nothing there either.
    if (Number(index) !== (at.children?.length ?? 0) && index !== '-') return text;
    const v = nest(below, value);
    return addEntry(text, at, Infinity, (indent) => serialize(v, style, indent), style);
  }
  // A value that is no container where a parent is needed becomes one.
  const indent = lineIndent(text, entryNode(at).offset);
  return splice(text, at.offset, at.offset + at.length, serialize(nest(rest, value), style, indent));
}

/** Removes an object's key or an array's entry. */
export function removeInText(text: string, pointer: string): string | null {
  const root = jsonTree(text);
  if (!root) return null;
  const node = nodeAt(root, pointer);
  const p = parentOf(root, pointer);
  if (!node || !p) return text;
  return removeEntry(text, p.parent, entryNode(node));
}

/** Inserts into the array at a pointer before `index` (past the end: appends); a missing array is created. */
export function insertInText(text: string, pointer: string, index: number, value: unknown): string | null {
  const root = jsonTree(text);
  if (!root) return null;
  const node = nodeAt(root, pointer);
  if (!node || node.type !== 'array') return setInText(text, pointer, [value]);
  const n = node.children?.length ?? 0;
  const at = index < 0 || index > n ? n : index;
  const style = styleOf(text);
  return addEntry(text, node, at, (indent) => serialize(value, style, indent), style);
}

/** Moves an array's entry, its text unchanged. */
export function moveInText(text: string, pointer: string, from: number, to: number): string | null {
  const root = jsonTree(text);
  const node = root && nodeAt(root, pointer);
  if (!node || node.type !== 'array') return null;
  const n = node.children?.length ?? 0;
  const child = node.children?.[from];
  // As the document's `move`: out-of-range places change nothing.
  if (!child || from === to || to < 0 || to >= n) return text;
  const raw = text.slice(child.offset, child.offset + child.length);
  const oldIndent = lineIndent(text, child.offset);
  const without = removeEntry(text, node, child);
  const root2 = jsonTree(without);
  const array = root2 && nodeAt(root2, pointer);
  if (!array || array.type !== 'array') return null;
  const style = styleOf(without);
  // Its later lines keep their place relative to its first line.
  return addEntry(without, array, to, (indent) => reindent(raw, oldIndent, indent, style.eol), style);
}

/** Moves the later lines of a value's text from one indentation to another. */
function reindent(raw: string, from: string, to: string, eol: string): string {
  return raw
    .split(/\r?\n/)
    .map((line, i) => (i > 0 && line.startsWith(from) ? to + line.slice(from.length) : line))
    .join(eol);
}

/** Applies one edit to a JSON text, keeping every byte outside the edited span; null when the text is not JSON. */
export function editText(text: string, op: EditOp): string | null {
  switch (op.kind) {
    case 'set':
      return setInText(text, op.path, op.value);
    case 'remove':
      return removeInText(text, op.path);
    case 'insert':
      return insertInText(text, op.path, op.index, op.value);
    case 'move':
      return moveInText(text, op.path, op.from, op.to);
  }
}

/** Applies edits in order to a JSON text (as applyEdits does to the value); null when one cannot be applied. */
export function editsText(text: string, ops: readonly EditOp[]): string | null {
  let out: string | null = text;
  for (const op of ops) {
    if (out === null) return null;
    out = editText(out, op);
  }
  return out;
}

/** A JSON text without white space between its tokens; every token as written (number spellings, escapes). */
export function minifyText(text: string): string {
  const scanner = createScanner(text, false);
  let out = '';
  for (let kind: number = scanner.scan(); kind !== T.eof; kind = scanner.scan()) {
    if (kind === T.trivia || kind === T.lineBreak) continue;
    out += text.slice(scanner.getTokenOffset(), scanner.getTokenOffset() + scanner.getTokenLength());
  }
  return out;
}
