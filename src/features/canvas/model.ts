import { findKey, getAt, isObject, joinPointer, parsePointer, type Diagnostic, type ItemReport, type Report } from '../../core';

/**
 * A read-only view of one message for the canvas: every element with its JSON
 * pointer in the user's own key spelling. Derived from the document on each
 * render; never stored.
 */

export interface FieldModel {
  path: string;
  value: unknown;
}

export interface SuggestionModel {
  path: string;
  index: number;
  value: unknown;
  /** The array the suggestion belongs to. */
  listPath: string;
}

export interface CardModel {
  path: string;
  index: number;
  header?: FieldModel;
  text?: FieldModel;
  media?: FieldModel;
  suggestions: SuggestionModel[];
  suggestionsPath: string;
}

export interface ItemModel {
  path: string;
  index: number;
  isObject: boolean;
  text?: FieldModel;
  header?: FieldModel;
  media?: FieldModel;
  tag?: FieldModel;
  suggestions: SuggestionModel[];
  suggestionsPath: string;
  cards: CardModel[];
  cardsPath: string;
  report?: ItemReport;
}

export interface MessageModel {
  path: string;
  conversationPath: string;
  /** No rich content: the message is body.content alone. */
  plain: boolean;
  items: ItemModel[];
  /** The plain message's report (one item). */
  plainReport?: ItemReport;
}

/** Pointers of the msg entries of a request, in the user's key spelling. */
export function messagePaths(doc: unknown): string[] {
  const messagesKey = findKey(doc, 'messages');
  const messages = isObject(doc) ? doc[messagesKey] : undefined;
  const msgKey = findKey(messages, 'msg');
  const list = isObject(messages) ? messages[msgKey] : undefined;
  if (!Array.isArray(list)) return [];
  return list.map((_, i) => joinPointer('', messagesKey, msgKey, i));
}

/** The pointer of the msg array itself. */
export function msgArrayPath(doc: unknown): string {
  const messagesKey = findKey(doc, 'messages');
  const messages = isObject(doc) ? doc[messagesKey] : undefined;
  return joinPointer('', messagesKey, findKey(messages, 'msg'));
}

/**
 * Remembers the models of the last build by pointer, so that an element whose
 * JSON did not change keeps the very same model object: memoized views of the
 * canvas then skip it (the document shares untouched branches, so identity is
 * a cheap and exact test).
 */
export class ModelCache {
  private readonly entries = new Map<string, { value: unknown; model: unknown }>();
  get<T>(kind: string, path: string, value: unknown, make: () => T): T {
    const key = kind + ' ' + path;
    const hit = this.entries.get(key);
    if (hit && hit.value === value) return hit.model as T;
    const model = make();
    this.entries.set(key, { value, model });
    return model;
  }
}

function field(obj: Record<string, unknown>, path: string, name: string, cache: ModelCache): FieldModel | undefined {
  const key = findKey(obj, name);
  if (!Object.prototype.hasOwnProperty.call(obj, key)) return undefined;
  const p = joinPointer(path, key);
  return cache.get('field', p, obj[key], () => ({ path: p, value: obj[key] }));
}

function suggestions(obj: Record<string, unknown>, path: string, cache: ModelCache): { list: SuggestionModel[]; path: string } {
  const key = findKey(obj, 'suggestions');
  const listPath = joinPointer(path, key);
  const arr = obj[key];
  return {
    path: listPath,
    list: Array.isArray(arr)
      ? arr.map((value, index) => {
          const p = joinPointer(listPath, index);
          return cache.get('suggestion', p, value, () => ({ path: p, index, value, listPath }));
        })
      : [],
  };
}

function card(value: unknown, path: string, index: number, cache: ModelCache): CardModel {
  return cache.get('card', path, value, () => {
    const obj = isObject(value) ? value : {};
    const s = suggestions(obj, path, cache);
    return {
      path,
      index,
      header: field(obj, path, 'header', cache),
      text: field(obj, path, 'text', cache),
      media: field(obj, path, 'media', cache),
      suggestions: s.list,
      suggestionsPath: s.path,
    };
  });
}

/** Builds the canvas model of message `msgIndex`, with the report's items attached. */
export function messageModel(doc: unknown, msgIndex: number, report: Report, cache: ModelCache = new ModelCache()): MessageModel | null {
  const path = messagePaths(doc)[msgIndex];
  if (path === undefined) return null;
  const msg = getAt(doc, path);
  const richKey = findKey(msg, 'richContent');
  const rich = isObject(msg) ? msg[richKey] : undefined;
  const convKey = findKey(rich, 'conversation');
  const conv = isObject(rich) ? rich[convKey] : undefined;
  const conversationPath = joinPointer(path, richKey, convKey);
  const reportItems = report.messages[msgIndex]?.items ?? [];
  const list = Array.isArray(conv) ? conv : [];
  const items = list.map((value, index): ItemModel => {
    const itemPath = joinPointer(conversationPath, index);
    const obj = isObject(value) ? value : {};
    const s = suggestions(obj, itemPath, cache);
    const carouselKey = findKey(obj, 'carousel');
    const carousel = obj[carouselKey];
    const cardsKey = findKey(carousel, 'cards');
    const cardsPath = joinPointer(itemPath, carouselKey, cardsKey);
    const cards = isObject(carousel) && Array.isArray(carousel[cardsKey]) ? (carousel[cardsKey] as unknown[]) : [];
    return {
      path: itemPath,
      index,
      isObject: isObject(value),
      text: field(obj, itemPath, 'text', cache),
      header: field(obj, itemPath, 'header', cache),
      media: field(obj, itemPath, 'media', cache),
      tag: field(obj, itemPath, 'tag', cache),
      suggestions: s.list,
      suggestionsPath: s.path,
      cards: cards.map((c, k) => card(c, joinPointer(cardsPath, k), k, cache)),
      cardsPath,
      report: reportItems[index],
    };
  });
  const plain = list.length === 0;
  return { path, conversationPath, plain, items, plainReport: plain ? reportItems[0] : undefined };
}

/** Every element pointer the canvas shows for a message: where a diagnostic can be anchored. */
export function elementPaths(m: MessageModel): Set<string> {
  const out = new Set<string>([m.path]);
  const addFields = (...fs: (FieldModel | undefined)[]) => fs.forEach((f) => f && out.add(f.path));
  for (const it of m.items) {
    out.add(it.path);
    addFields(it.text, it.header, it.media, it.tag);
    it.suggestions.forEach((s) => out.add(s.path));
    for (const c of it.cards) {
      out.add(c.path);
      addFields(c.header, c.text, c.media);
      c.suggestions.forEach((s) => out.add(s.path));
    }
  }
  return out;
}

/** The element a diagnostic belongs to: the deepest shown element whose pointer is a prefix of its path. */
export function ownerOf(path: string, elements: Set<string>): string | null {
  const tokens = parsePointer(path);
  for (let n = tokens.length; n >= 0; n--) {
    const p = joinPointer('', ...tokens.slice(0, n));
    if (elements.has(p)) return p;
  }
  return null;
}

/** Groups diagnostics by the element they belong to. */
export function diagnosticsByOwner(diagnostics: readonly Diagnostic[], elements: Set<string>): Map<string, Diagnostic[]> {
  const map = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const owner = ownerOf(d.path, elements);
    if (owner === null) continue;
    const list = map.get(owner);
    if (list) list.push(d);
    else map.set(owner, [d]);
  }
  return map;
}

/** The array and index of an array entry's pointer, or null. */
export function arrayEntry(path: string): { arrayPath: string; index: number } | null {
  const tokens = parsePointer(path);
  const last = tokens[tokens.length - 1];
  if (last === undefined || !/^(0|[1-9]\d*)$/.test(last)) return null;
  return { arrayPath: joinPointer('', ...tokens.slice(0, -1)), index: Number(last) };
}

/** What kind of element a pointer names, by its last tokens. */
export type ElementType = 'message' | 'item' | 'card' | 'suggestion' | 'media' | 'text' | 'header' | 'tag' | 'other';

export function elementType(path: string): ElementType {
  const t = parsePointer(path).map((s) => s.toLowerCase());
  const last = t[t.length - 1];
  const prev = t[t.length - 2];
  if (last === undefined) return 'other';
  if (/^\d+$/.test(last)) {
    if (prev === 'msg') return 'message';
    if (prev === 'conversation') return 'item';
    if (prev === 'cards') return 'card';
    if (prev === 'suggestions') return 'suggestion';
    return 'other';
  }
  if (last === 'media') return 'media';
  if (last === 'text') return 'text';
  if (last === 'header') return 'header';
  if (last === 'tag') return 'tag';
  return 'other';
}

/** The pointer of the element's parent (a field's item or card, a card's item...). */
export function parentElement(path: string): string {
  const t = parsePointer(path);
  const type = elementType(path);
  if (type === 'card') return joinPointer('', ...t.slice(0, -3)); // /carousel/cards/k
  if (type === 'suggestion') return joinPointer('', ...t.slice(0, -2));
  return joinPointer('', ...t.slice(0, -1));
}
