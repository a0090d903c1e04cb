import { findKey, getAt, isObject, joinPointer, parsePointer } from '../../core';
import { derivedOf } from '../../state/derived';
import type { Op } from '../../state/ops';
import { elementKind, type ElementKindId, type Fills, type SlotKind } from './registry';

/**
 * A place on the canvas where an element can land. A card target is the card
 * itself, or (`before`) the gap in front of it, where only a card goes.
 */
export type DropTarget =
  | { slot: 'conversation'; msgPath: string; index?: number }
  | { slot: 'item'; path: string }
  | { slot: 'card'; path: string; before?: boolean };

export interface DropPlan {
  ops: Op[];
  /** The pointer of what was added, to select it. */
  select: string;
}

/**
 * Why a place does not take an element, as facts (the words are refusals.ts's,
 * loaded with the first drag): the element goes `elsewhere` (only to `accepts`),
 * the place already `has` a field (`held`: 'image', 'header', 'tag', ...), the
 * item is a `carousel` (content goes on its cards), only a card goes in a `gap`,
 * or the place's `json` is not an object or list the designer can add to.
 */
export interface Refusal {
  why: 'elsewhere' | 'has' | 'carousel' | 'gap' | 'json';
  /** The dragged element's palette label, and where it goes. */
  label: string;
  accepts: readonly SlotKind[];
  /** The place as the canvas names it: "Card 1", "Item 2". */
  place: string;
  held?: string;
}

/**
 * Whether a place takes an element: the plan of the drop, or why it does not.
 * The drop areas, the reason beside the pointer and what the screen reader says
 * all read it: the one place that decides.
 */
export type DropVerdict = { plan: DropPlan; refusal?: undefined } | { plan: null; refusal: Refusal };

const present = (v: unknown) =>
  (typeof v === 'string' && v.length > 0) || (Array.isArray(v) && v.length > 0) || (isObject(v) && Object.keys(v).length > 0);

/** "Item 2", "Card 1": a place as the canvas names it. */
function placeName(doc: unknown, path: string | undefined): string {
  const model = derivedOf(doc).model;
  const entry = model.elements.get(model.byPath.get(path ?? '') ?? '');
  if (entry?.type === 'card') return `Card ${(entry.index ?? 0) + 1}`;
  if (entry?.type === 'item') return `Item ${(entry.index ?? 0) + 1}`;
  return path === undefined ? 'This message' : 'This place';
}

/** A refusal of `kind` at the place `path`; for `has`, what the field at `field` holds (media as the core reads it). */
function refuse(doc: unknown, why: Refusal['why'], kind: ElementKindId, path?: string, fills?: Fills, field?: string): DropVerdict {
  const { label, accepts } = elementKind(kind);
  const held = fills && ((fills === 'media' && derivedOf(doc).mediaFamilies.get(field ?? '')) || fills);
  return { plan: null, refusal: { why, label, accepts, place: placeName(doc, path), held } };
}

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

/** Adds a field value or a suggestion to an object (an item or a card), or says why it cannot. */
function addToObject(doc: unknown, obj: unknown, objPath: string, kind: ElementKindId): DropVerdict {
  if (!isObject(obj)) return refuse(doc, 'json', kind, objPath);
  const def = elementKind(kind);
  const field = def.fills;
  const value = def.create();
  if (field === 'suggestion') {
    const key = findKey(obj, 'suggestions');
    const list = obj[key];
    const index = Array.isArray(list) ? list.length : 0;
    const arrPath = joinPointer(objPath, key);
    if (list !== undefined && !Array.isArray(list)) return refuse(doc, 'json', kind, objPath);
    return { plan: { ops: [{ kind: 'insert', path: arrPath, index, value }], select: joinPointer(arrPath, index) } };
  }
  if (field === 'card' || field === 'carousel') return refuse(doc, 'elsewhere', kind);
  const key = findKey(obj, field);
  const path = joinPointer(objPath, key);
  if (present(obj[key])) return refuse(doc, 'has', kind, objPath, field, path);
  return { plan: { ops: [{ kind: 'set', path, value }], select: path } };
}

/** A card put in a carousel's cards at `index` (its title numbered by its place). */
function insertCard(cardsPath: string, index: number): DropVerdict {
  const value = elementKind('card').create({ index });
  return { plan: { ops: [{ kind: 'insert', path: cardsPath, index, value }], select: joinPointer(cardsPath, index) } };
}

/** What dropping (or adding with the keyboard) an element kind at a target does, or why the target does not take it. */
export function judgeDrop(doc: unknown, kind: ElementKindId, target: DropTarget): DropVerdict {
  const def = elementKind(kind);
  if (!def.accepts.includes(target.slot)) {
    return refuse(doc, 'elsewhere', kind);
  }
  const field = def.fills;

  if (target.slot === 'conversation') {
    const conv = conversationOf(doc, target.msgPath);
    if (!isObject(getAt(doc, target.msgPath))) return refuse(doc, 'json', kind);
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
    return { plan: { ops: [{ kind: 'insert', path: conv.path, index, value: item }], select } };
  }

  const obj = getAt(doc, target.path);
  if (!isObject(obj)) return refuse(doc, 'json', kind, target.path);

  if (target.slot === 'card') {
    // A card on a card goes after it; in the gap before a card, before it.
    const tokens = parsePointer(target.path);
    const at = Number(tokens[tokens.length - 1]);
    if (field === 'card') return insertCard(joinPointer('', ...tokens.slice(0, -1)), target.before ? at : at + 1);
    if (target.before) return refuse(doc, 'gap', kind);
    return addToObject(doc, obj, target.path, kind);
  }

  // An item.
  const { path: cardsPath, cards } = cardsOf(obj, target.path);
  if (field === 'card') {
    if (cards.length === 0) {
      const carouselKey = findKey(obj, 'carousel');
      if (present(obj[carouselKey]) && !isObject(obj[carouselKey])) return refuse(doc, 'json', kind, target.path);
      return {
        plan: {
          ops: [{ kind: 'set', path: joinPointer(target.path, carouselKey), value: { cards: [def.create({ index: 0 })] } }],
          select: joinPointer(cardsPath, 0),
        },
      };
    }
    return insertCard(cardsPath, cards.length);
  }
  if (field === 'tag') {
    const key = findKey(obj, 'tag');
    const path = joinPointer(target.path, key);
    if (present(obj[key])) return refuse(doc, 'has', kind, target.path, 'tag');
    return { plan: { ops: [{ kind: 'set', path, value: def.create() }], select: path } };
  }
  // Where the core reads the item's content from: its single card (content goes there, else Messenger would
  // see it twice), nowhere beside a carousel of 2+ cards (only suggestions are sent there, as quick replies),
  // or the item itself.
  const d = derivedOf(doc);
  const key = d.model.byPath.get(target.path);
  const report = key === undefined ? undefined : d.items.get(key);
  const contentPath = report ? report.contentPath : target.path;
  if (contentPath === null) {
    if (field === 'suggestion') return addToObject(doc, obj, target.path, kind);
    return refuse(doc, 'carousel', kind, target.path);
  }
  if (contentPath !== target.path && kind !== 'optin') return addToObject(doc, getAt(doc, contentPath), contentPath, kind);
  return addToObject(doc, obj, target.path, kind);
}

/** The words of refusals (refusals.ts), loaded with the first drag or refused add. */
export const loadRefusals = () => import('./refusals');

/** The plan of a drop, or null when the place does not take it (judgeDrop says why). */
export function planDrop(doc: unknown, kind: ElementKindId, target: DropTarget): DropPlan | null {
  return judgeDrop(doc, kind, target).plan;
}
