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
 * Whether a place takes an element: the plan of the drop, or why it does not,
 * in words for the person dragging ("Card 1 already has an image: edit it in the
 * inspector"). The canvas shows the reason beside the pointer and the screen
 * reader says it: both read it from here, the one place that decides.
 */
export type DropVerdict = { plan: DropPlan; reason?: undefined } | { plan: null; reason: string };

const present = (v: unknown) =>
  (typeof v === 'string' && v.length > 0) || (Array.isArray(v) && v.length > 0) || (isObject(v) && Object.keys(v).length > 0);

const refuse = (reason: string): DropVerdict => ({ plan: null, reason });

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

/** "Item 2", "Card 1": a place as the canvas names it. */
function placeName(doc: unknown, path: string): string {
  const model = derivedOf(doc).model;
  const entry = model.elements.get(model.byPath.get(path) ?? '');
  if (entry?.type === 'card') return `Card ${(entry.index ?? 0) + 1}`;
  if (entry?.type === 'item') return `Item ${(entry.index ?? 0) + 1}`;
  return 'This place';
}

/** "a carousel", "an opt-in request": an element kind in a sentence. */
function aKind(kind: ElementKindId): string {
  const noun = elementKind(kind).label.toLowerCase();
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const SLOT_WORDS: Record<SlotKind, string> = {
  card: 'on a card',
  item: 'on a conversation item',
  conversation: 'in the new-item zone, as an item of its own',
};

/** Where a kind goes, in words: "on a conversation item or in the new-item zone, …". */
const wherePhrase = (kind: ElementKindId) =>
  (Object.keys(SLOT_WORDS) as SlotKind[])
    .filter((s) => elementKind(kind).accepts.includes(s))
    .map((s) => SLOT_WORDS[s])
    .join(' or ');

/** What a place already holds in a field, in words: "an image", "a header". */
function holding(doc: unknown, fills: Fills, path: string): string {
  if (fills === 'media') {
    const family = derivedOf(doc).mediaFamilies.get(path);
    return family === 'image' ? 'an image' : family === 'video' ? 'a video' : family === 'audio' ? 'an audio clip' : family === 'file' ? 'a document' : 'media';
  }
  return fills === 'tag' ? 'a message tag' : fills === 'header' ? 'a header' : 'text';
}

/** Adds a field value or a suggestion to an object (an item or a card), or says why it cannot. */
function addToObject(doc: unknown, obj: unknown, objPath: string, kind: ElementKindId): DropVerdict {
  const name = placeName(doc, objPath);
  if (!isObject(obj)) return refuse(`${name} is not an object in the JSON: fix it in the JSON tab`);
  const def = elementKind(kind);
  const field = def.fills;
  const value = def.create();
  if (field === 'suggestion') {
    const key = findKey(obj, 'suggestions');
    const list = obj[key];
    const index = Array.isArray(list) ? list.length : 0;
    const arrPath = joinPointer(objPath, key);
    if (list !== undefined && !Array.isArray(list)) return refuse(`${name}’s suggestions are not a list in the JSON: fix them in the JSON tab`);
    return { plan: { ops: [{ kind: 'insert', path: arrPath, index, value }], select: joinPointer(arrPath, index) } };
  }
  if (field === 'card' || field === 'carousel') return refuse(`${capital(aKind(kind))} goes ${wherePhrase(kind)}`);
  const key = findKey(obj, field);
  const path = joinPointer(objPath, key);
  if (present(obj[key])) return refuse(`${name} already has ${holding(doc, field, path)}: edit it in the inspector`);
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
    return refuse(`${capital(aKind(kind))} goes only ${wherePhrase(kind)}`);
  }
  const field = def.fills;

  if (target.slot === 'conversation') {
    const conv = conversationOf(doc, target.msgPath);
    if (!isObject(getAt(doc, target.msgPath))) return refuse('This message is not an object in the JSON: fix it in the JSON tab');
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
  if (!isObject(obj)) return refuse(`${placeName(doc, target.path)} is not an object in the JSON: fix it in the JSON tab`);

  if (target.slot === 'card') {
    // A card on a card goes after it; in the gap before a card, before it.
    const tokens = parsePointer(target.path);
    const at = Number(tokens[tokens.length - 1]);
    if (field === 'card') return insertCard(joinPointer('', ...tokens.slice(0, -1)), target.before ? at : at + 1);
    if (target.before) return refuse(`Only a card goes between cards: drop ${aKind(kind)} on a card`);
    return addToObject(doc, obj, target.path, kind);
  }

  // An item.
  const { path: cardsPath, cards } = cardsOf(obj, target.path);
  if (field === 'card') {
    if (cards.length === 0) {
      const carouselKey = findKey(obj, 'carousel');
      if (present(obj[carouselKey]) && !isObject(obj[carouselKey]))
        return refuse(`${placeName(doc, target.path)}’s carousel is not an object in the JSON: fix it in the JSON tab`);
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
    if (present(obj[key])) return refuse(`${placeName(doc, target.path)} already has a message tag: edit it in the inspector`);
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
    return refuse(`${placeName(doc, target.path)} is a carousel: drop the ${def.label.toLowerCase()} on one of its cards`);
  }
  if (contentPath !== target.path && kind !== 'optin') return addToObject(doc, getAt(doc, contentPath), contentPath, kind);
  return addToObject(doc, obj, target.path, kind);
}

/** The plan of a drop, or null when the place does not take it (judgeDrop says why). */
export function planDrop(doc: unknown, kind: ElementKindId, target: DropTarget): DropPlan | null {
  return judgeDrop(doc, kind, target).plan;
}
