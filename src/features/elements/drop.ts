import { findKey, getAt, isObject, joinPointer } from '../../core';
import { derivedOf } from '../../state/derived';
import type { Op } from '../../state/ops';
import { elementKind, type ElementKindId } from './registry';

/** A place on the canvas where an element can land. */
export type DropTarget =
  | { slot: 'conversation'; msgPath: string; index?: number }
  | { slot: 'item'; path: string }
  | { slot: 'card'; path: string };

export interface DropPlan {
  ops: Op[];
  /** The pointer of what was added, to select it. */
  select: string;
}

const present = (v: unknown) =>
  (typeof v === 'string' && v.length > 0) || (Array.isArray(v) && v.length > 0) || (isObject(v) && Object.keys(v).length > 0);

/** The conversation array's pointer of a message (keys in the user's spelling), and its length. */
export function conversationOf(doc: unknown, msgPath: string): { path: string; length: number } {
  const msg = getAt(doc, msgPath);
  const richKey = findKey(msg, 'richContent');
  const rich = isObject(msg) ? msg[richKey] : undefined;
  const convKey = findKey(rich, 'conversation');
  const conv = isObject(rich) ? rich[convKey] : undefined;
  return { path: joinPointer(msgPath, richKey, convKey), length: Array.isArray(conv) ? conv.length : 0 };
}

/** The cards of an item, with the array's pointer. */
export function cardsOf(item: unknown, itemPath: string): { path: string; cards: unknown[] } {
  const carouselKey = findKey(item, 'carousel');
  const carousel = isObject(item) ? item[carouselKey] : undefined;
  const cardsKey = findKey(carousel, 'cards');
  const cards = isObject(carousel) && Array.isArray(carousel[cardsKey]) ? (carousel[cardsKey] as unknown[]) : [];
  return { path: joinPointer(itemPath, carouselKey, cardsKey), cards };
}

/** Adds a field value or a suggestion to an object (an item or a card); null when it is taken. */
function addToObject(obj: unknown, objPath: string, kind: ElementKindId): DropPlan | null {
  if (!isObject(obj)) return null;
  const def = elementKind(kind);
  const field = def.fills;
  const value = def.create();
  if (field === 'suggestion') {
    const key = findKey(obj, 'suggestions');
    const list = obj[key];
    const index = Array.isArray(list) ? list.length : 0;
    const arrPath = joinPointer(objPath, key);
    if (list !== undefined && !Array.isArray(list)) return null;
    return { ops: [{ kind: 'insert', path: arrPath, index, value }], select: joinPointer(arrPath, index) };
  }
  if (field === 'card' || field === 'carousel') return null;
  const key = findKey(obj, field);
  if (present(obj[key])) return null;
  const path = joinPointer(objPath, key);
  return { ops: [{ kind: 'set', path, value }], select: path };
}

/** What dropping (or adding with the keyboard) an element kind at a target does; null when it does not fit there. */
export function planDrop(doc: unknown, kind: ElementKindId, target: DropTarget): DropPlan | null {
  const def = elementKind(kind);
  if (!def.accepts.includes(target.slot)) return null;
  const field = def.fills;

  if (target.slot === 'conversation') {
    const conv = conversationOf(doc, target.msgPath);
    if (!isObject(getAt(doc, target.msgPath))) return null;
    const index = target.index === undefined ? conv.length : Math.max(0, Math.min(target.index, conv.length));
    const v = def.create();
    const item =
      field === 'suggestion'
        ? { suggestions: [v] }
        : field === 'card'
          ? { carousel: { cards: [v] } }
          : field === 'carousel'
            ? v
            : { [field]: v };
    // Select what was added: the field, the suggestion or the card inside the new item.
    const itemPath = joinPointer(conv.path, index);
    const select =
      field === 'suggestion'
        ? joinPointer(itemPath, 'suggestions', 0)
        : field === 'card'
          ? joinPointer(itemPath, 'carousel', 'cards', 0)
          : field === 'carousel'
            ? itemPath
            : joinPointer(itemPath, field);
    return { ops: [{ kind: 'insert', path: conv.path, index, value: item }], select };
  }

  const obj = getAt(doc, target.path);
  if (!isObject(obj)) return null;

  if (target.slot === 'card') {
    if (kind === 'optin') return null;
    return addToObject(obj, target.path, kind);
  }

  // An item.
  const { path: cardsPath, cards } = cardsOf(obj, target.path);
  if (field === 'card') {
    if (cards.length === 0) {
      const carouselKey = findKey(obj, 'carousel');
      if (present(obj[carouselKey]) && !isObject(obj[carouselKey])) return null;
      return {
        ops: [{ kind: 'set', path: joinPointer(target.path, carouselKey), value: { cards: [def.create()] } }],
        select: joinPointer(cardsPath, 0),
      };
    }
    return {
      ops: [{ kind: 'insert', path: cardsPath, index: cards.length, value: def.create() }],
      select: joinPointer(cardsPath, cards.length),
    };
  }
  if (field === 'tag') {
    const key = findKey(obj, 'tag');
    if (present(obj[key])) return null;
    const path = joinPointer(target.path, key);
    return { ops: [{ kind: 'set', path, value: def.create() }], select: path };
  }
  // Where the core reads the item's content from: its single card (content goes there, else Messenger would
  // see it twice), nowhere beside a carousel of 2+ cards (only suggestions are sent there, as quick replies),
  // or the item itself.
  const d = derivedOf(doc);
  const key = d.model.byPath.get(target.path);
  const report = key === undefined ? undefined : d.items.get(key);
  const contentPath = report ? report.contentPath : target.path;
  if (contentPath === null) return field === 'suggestion' ? addToObject(obj, target.path, kind) : null;
  if (contentPath !== target.path && kind !== 'optin') return addToObject(getAt(doc, contentPath), contentPath, kind);
  return addToObject(obj, target.path, kind);
}
