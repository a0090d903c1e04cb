import { findKey, getAt, isObject, joinPointer, parsePointer } from '../core';
import { hasIdentity, idOf } from './ids';

/**
 * The document read as elements: messages, conversation items, cards,
 * suggestions and the fields the canvas shows, each with a stable key and its
 * JSON pointer in the user's own key spelling. Derived from the document, never
 * stored in it. Keys come from object identity (ids.ts), so an element keeps its
 * key when it moves; React keys, sortable ids and the selection use them.
 *
 * An element whose JSON did not change keeps the very same model object (the
 * document shares untouched branches), so memoized views skip it.
 */

/** A stable key: an object's id, `<owner key>/<field>` for a field, or `@<pointer>` for a non-object entry. */
export type ElementKey = string;

export type ElementType = 'message' | 'item' | 'card' | 'suggestion' | 'media' | 'text' | 'header' | 'tag' | 'message-suggestions';

/** A field of an item or card that the canvas shows as a block. */
export type FieldName = 'text' | 'header' | 'media' | 'tag';

export interface FieldModel {
  key: ElementKey;
  path: string;
  type: FieldName;
  value: unknown;
}

export interface SuggestionModel {
  key: ElementKey;
  path: string;
  index: number;
  value: unknown;
  /** The array the suggestion belongs to. */
  listPath: string;
}

export interface CardModel {
  key: ElementKey;
  path: string;
  index: number;
  header?: FieldModel;
  text?: FieldModel;
  media?: FieldModel;
  suggestions: SuggestionModel[];
  suggestionsPath: string;
}

export interface ItemModel {
  key: ElementKey;
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
}

export interface MessageModel {
  key: ElementKey;
  path: string;
  index: number;
  conversationPath: string;
  /** No rich content: the message is body.content alone. */
  plain: boolean;
  items: ItemModel[];
  /** `richContent.suggestions`: written by CM's SDKs, not sent on Messenger (RULES.md 4). */
  suggestions: SuggestionModel[];
  suggestionsPath: string;
  /** The key of that list as an element (its own problems stand on it), when the message has one. */
  suggestionsKey: ElementKey | null;
}

/** Where an element stands. */
export interface ElementEntry {
  key: ElementKey;
  path: string;
  type: ElementType;
  /** The element it belongs to (a field's item or card, a card's item, an item's message); null for a message. */
  parent: ElementKey | null;
  msgIndex: number;
  /** For an entry of an array (a message, an item, a card, a suggestion): the array and the index. */
  arrayPath?: string;
  index?: number;
}

export interface DocModel {
  /** The pointer of the msg array. */
  msgArrayPath: string;
  messages: MessageModel[];
  /** Every element, by key. */
  elements: Map<ElementKey, ElementEntry>;
  /** Element keys by pointer. */
  byPath: Map<string, ElementKey>;
  /** Model objects by key, with the JSON value and pointer they were made for (the next build reuses them). */
  readonly cache: Map<ElementKey, CacheRecord>;
  /** Every entry and record the build made, in order (an item's record names its share of them). */
  readonly added: ElementEntry[];
  readonly recorded: [ElementKey, CacheRecord][];
}

/** What a build made for an element; an item's record also says which of the build's entries and records its subtree made. */
interface CacheRecord {
  value: unknown;
  path: string;
  model: unknown;
  subtree?: { entries: [from: number, to: number]; records: [from: number, to: number] };
}

const EMPTY: DocModel = { msgArrayPath: '/messages/msg', messages: [], elements: new Map(), byPath: new Map(), cache: new Map(), added: [], recorded: [] };

/** The key of `keys` that spells `name` in any letter case (findKey over keys listed once), or undefined. */
function keyIn(keys: readonly string[], name: string): string | undefined {
  for (const k of keys) if (k.length === name.length && (k === name || k.toLowerCase() === name.toLowerCase())) return k;
  return undefined;
}

/** Builds the model of a document, reusing the model objects of `prev` for every element whose JSON and place are unchanged. */
export function buildModel(doc: unknown, prev: DocModel = EMPTY): DocModel {
  const elements = new Map<ElementKey, ElementEntry>();
  const byPath = new Map<string, ElementKey>();
  const cache: DocModel['cache'] = new Map();

  const keyFor = (value: unknown, path: string): ElementKey => {
    const key = hasIdentity(value) ? String(idOf(value)) : '@' + path;
    // The same object twice in one document (never made by the designer) gets a positional key the second time.
    return elements.has(key) ? '@' + path : key;
  };
  // What this build added, in order: an item's share of it is taken over whole by the next build while the item is unchanged.
  const added: ElementEntry[] = [];
  const recorded: [ElementKey, CacheRecord][] = [];
  // An entry equal to the last build's is that one, so views that select it skip the edit.
  const add = (entry: ElementEntry) => {
    const old = prev.elements.get(entry.key);
    const same =
      old &&
      old.path === entry.path &&
      old.type === entry.type &&
      old.parent === entry.parent &&
      old.msgIndex === entry.msgIndex &&
      old.arrayPath === entry.arrayPath &&
      old.index === entry.index;
    const kept = same ? old : entry;
    elements.set(entry.key, kept);
    byPath.set(entry.path, entry.key);
    added.push(kept);
  };
  /** A list of child models: the last build's array while its entries are the same objects (memoized lists skip). */
  const keep = <T>(old: readonly T[] | undefined, list: T[]): T[] =>
    old && old.length === list.length && old.every((x, i) => x === list[i]) ? (old as T[]) : list;
  const previous = <T>(key: ElementKey) => prev.cache.get(key)?.model as T | undefined;
  const cached = <T>(key: ElementKey, path: string, value: unknown, make: () => T): CacheRecord & { model: T } => {
    const hit = prev.cache.get(key);
    const record = { value, path, model: hit && hit.value === value && hit.path === path ? (hit.model as T) : make() };
    cache.set(key, record);
    recorded.push([key, record]);
    return record;
  };

  const field = (obj: Record<string, unknown>, keys: readonly string[], objPath: string, owner: ElementKey, name: FieldName, msgIndex: number): FieldModel | undefined => {
    const k = keyIn(keys, name);
    if (k === undefined) return undefined;
    const path = joinPointer(objPath, k);
    const key = `${owner}/${name}`;
    add({ key, path, type: name, parent: owner, msgIndex });
    const value = obj[k];
    return cached(key, path, value, () => ({ key, path, type: name, value })).model;
  };

  const suggestions = (obj: Record<string, unknown>, keys: readonly string[], objPath: string, owner: ElementKey, msgIndex: number) => {
    const k = keyIn(keys, 'suggestions') ?? 'suggestions';
    const listPath = joinPointer(objPath, k);
    const arr = obj[k];
    const list = Array.isArray(arr)
      ? arr.map((value, index): SuggestionModel => {
          const path = joinPointer(listPath, index);
          const key = keyFor(value, path);
          add({ key, path, type: 'suggestion', parent: owner, msgIndex, arrayPath: listPath, index });
          return cached(key, path, value, () => ({ key, path, index, value, listPath })).model;
        })
      : [];
    return { list, path: listPath };
  };

  const card = (value: unknown, path: string, index: number, cardsPath: string, item: ElementKey, msgIndex: number): CardModel => {
    const key = keyFor(value, path);
    add({ key, path, type: 'card', parent: item, msgIndex, arrayPath: cardsPath, index });
    const obj = isObject(value) ? value : {};
    const keys = Object.keys(obj);
    const header = field(obj, keys, path, key, 'header', msgIndex);
    const text = field(obj, keys, path, key, 'text', msgIndex);
    const media = field(obj, keys, path, key, 'media', msgIndex);
    const s = suggestions(obj, keys, path, key, msgIndex);
    return cached(key, path, value, () => ({
      key,
      path,
      index,
      header,
      text,
      media,
      suggestions: keep(previous<CardModel>(key)?.suggestions, s.list),
      suggestionsPath: s.path,
    })).model;
  };

  const item = (value: unknown, path: string, index: number, convPath: string, msg: ElementKey, msgIndex: number): ItemModel => {
    const key = keyFor(value, path);
    // An unchanged item in the same place: everything its subtree registered is as it was.
    const hit = prev.cache.get(key);
    if (hit && hit.subtree && hit.value === value && hit.path === path && !elements.has(key)) {
      const [e0, e1] = hit.subtree.entries;
      const [r0, r1] = hit.subtree.records;
      const fromEntry = added.length;
      const fromRecord = recorded.length;
      for (let i = e0; i < e1; i++) {
        const e = prev.added[i]!;
        elements.set(e.key, e);
        byPath.set(e.path, e.key);
        added.push(e);
      }
      for (let i = r0; i < r1; i++) {
        const rec = prev.recorded[i]!;
        cache.set(rec[0], rec[1]);
        recorded.push(rec);
      }
      // The item's own record is its subtree's last: it says where the subtree stands in this build's lists, for the next build.
      const kept: CacheRecord = { ...hit, subtree: { entries: [fromEntry, added.length], records: [fromRecord, recorded.length] } };
      cache.set(key, kept);
      recorded[recorded.length - 1] = [key, kept];
      return hit.model as ItemModel;
    }
    const fromEntry = added.length;
    const fromRecord = recorded.length;
    add({ key, path, type: 'item', parent: msg, msgIndex, arrayPath: convPath, index });
    const obj = isObject(value) ? value : {};
    const keys = Object.keys(obj);
    const text = field(obj, keys, path, key, 'text', msgIndex);
    const header = field(obj, keys, path, key, 'header', msgIndex);
    const media = field(obj, keys, path, key, 'media', msgIndex);
    const tag = field(obj, keys, path, key, 'tag', msgIndex);
    const s = suggestions(obj, keys, path, key, msgIndex);
    const carouselKey = keyIn(keys, 'carousel') ?? 'carousel';
    const carousel = obj[carouselKey];
    const cardsKey = findKey(carousel, 'cards');
    const cardsPath = joinPointer(path, carouselKey, cardsKey);
    const list = isObject(carousel) && Array.isArray(carousel[cardsKey]) ? (carousel[cardsKey] as unknown[]) : [];
    const cards = list.map((c, k) => card(c, joinPointer(cardsPath, k), k, cardsPath, key, msgIndex));
    const record = cached(key, path, value, () => ({
      key,
      path,
      index,
      isObject: isObject(value),
      text,
      header,
      media,
      tag,
      suggestions: keep(previous<ItemModel>(key)?.suggestions, s.list),
      suggestionsPath: s.path,
      cards: keep(previous<ItemModel>(key)?.cards, cards),
      cardsPath,
    }));
    record.subtree = { entries: [fromEntry, added.length], records: [fromRecord, recorded.length] };
    return record.model;
  };

  const messagesKey = findKey(doc, 'messages');
  const messagesObj = isObject(doc) ? doc[messagesKey] : undefined;
  const msgKey = findKey(messagesObj, 'msg');
  const msgArrayPath = joinPointer('', messagesKey, msgKey);
  const msgList = isObject(messagesObj) && Array.isArray(messagesObj[msgKey]) ? (messagesObj[msgKey] as unknown[]) : [];
  const messages = msgList.map((msg, i): MessageModel => {
    const path = joinPointer(msgArrayPath, i);
    const key = keyFor(msg, path);
    add({ key, path, type: 'message', parent: null, msgIndex: i, arrayPath: msgArrayPath, index: i });
    const obj = isObject(msg) ? msg : {};
    const richKey = findKey(obj, 'richContent');
    const rich = isObject(obj[richKey]) ? (obj[richKey] as Record<string, unknown>) : {};
    const convKey = findKey(rich, 'conversation');
    const conversationPath = joinPointer(path, richKey, convKey);
    const conv = Array.isArray(rich[convKey]) ? (rich[convKey] as unknown[]) : [];
    const items = conv.map((v, j) => item(v, joinPointer(conversationPath, j), j, conversationPath, key, i));
    const richPath = joinPointer(path, richKey);
    const listKey = findKey(rich, 'suggestions');
    const hasList = Object.prototype.hasOwnProperty.call(rich, listKey);
    const suggestionsKey = hasList ? `${key}/suggestions` : null;
    if (suggestionsKey) add({ key: suggestionsKey, path: joinPointer(richPath, listKey), type: 'message-suggestions', parent: key, msgIndex: i });
    const s = suggestions(rich, Object.keys(rich), richPath, suggestionsKey ?? key, i);
    return cached(key, path, msg, () => ({
      key,
      path,
      index: i,
      conversationPath,
      plain: conv.length === 0,
      items: keep(previous<MessageModel>(key)?.items, items),
      suggestions: keep(previous<MessageModel>(key)?.suggestions, s.list),
      suggestionsPath: s.path,
      suggestionsKey,
    })).model;
  });
  return { msgArrayPath, messages, elements, byPath, cache, added, recorded };
}

/** The element a pointer falls in: the deepest element whose pointer is a prefix of it, or null (outside every message). */
export function ownerOf(model: DocModel, path: string): ElementKey | null {
  const direct = model.byPath.get(path);
  if (direct !== undefined) return direct;
  const tokens = parsePointer(path);
  for (let n = tokens.length - 1; n >= 0; n--) {
    const key = model.byPath.get(joinPointer('', ...tokens.slice(0, n)));
    if (key !== undefined) return key;
  }
  return null;
}

/** The index of the message a pointer falls in, or -1. */
export function messageIndexOf(model: DocModel, path: string): number {
  const key = ownerOf(model, path);
  return key === null ? -1 : (model.elements.get(key)?.msgIndex ?? -1);
}

/** The value an element's pointer names in a document. */
export const valueAt = (doc: unknown, entry: { path: string } | undefined): unknown => (entry ? getAt(doc, entry.path) : undefined);
