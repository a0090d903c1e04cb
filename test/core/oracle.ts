/**
 * A direct, independent reading of RULES.md 2 (2.1 to 2.4): what outcome an item gets,
 * how its suggestions go, and how many Send API messages it makes. The property tests
 * compare check() with it on generated requests.
 */
import { field } from './arbitraries';

export interface Expectation {
  outcome: string;
  suggestionsAs: string;
  sends: number;
  /** Buttons sent, and quick replies on the last message. */
  buttons: number;
  quickReplies: number;
}

const present = {
  str: (v: unknown) => typeof v === 'string' && v.length > 0,
  arr: (v: unknown): v is unknown[] => Array.isArray(v) && v.length > 0,
  media: (v: unknown) => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0,
};
const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const actionOf = (s: unknown) => {
  const a = field(s, 'action');
  return isObj(s) && typeof a === 'string' ? a.trim().toLowerCase() : '';
};
const BUTTONS = ['reply', 'openurl', 'dial', 'login', 'logout'];
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Buttons when there are at most `max` suggestions, else quick replies (Reply only). */
function deliver(sugs: unknown[], max: number): { buttons: number; quickReplies: number } {
  if (sugs.length <= max) return { buttons: sugs.filter((s) => BUTTONS.includes(actionOf(s))).length, quickReplies: 0 };
  return { buttons: 0, quickReplies: sugs.filter((s) => actionOf(s) === 'reply').length };
}
/** An outcome whose suggestions go as buttons and quick replies. */
function delivered(outcome: string, buttons: number, quickReplies: number, sends = 1): Expectation {
  const suggestionsAs = buttons > 0 ? 'buttons' : quickReplies > 0 ? 'quick_replies' : 'none';
  return { outcome, suggestionsAs, sends, buttons, quickReplies };
}
const NONE: Expectation = { outcome: 'not_supported', suggestionsAs: 'none', sends: 0, buttons: 0, quickReplies: 0 };
const single = (outcome: string, suggestionsAs: string): Expectation => ({ outcome, suggestionsAs, sends: 1, buttons: 0, quickReplies: 0 });

export function expectedOf(item: unknown): Expectation {
  if (!isObj(item)) return NONE;
  const cards = list(field(field(item, 'carousel'), 'cards'));
  const itemSugs = list(field(item, 'suggestions'));
  const cardSugs = cards.map((c) => list(field(c, 'suggestions')));
  const all = [...cardSugs.flat(), ...itemSugs];

  // 2.1: an opt-in, always.
  if (all.some((s) => actionOf(s) === 'optin')) return single('optin_request', 'optin');

  // 2.3: a carousel of 2 or more cards.
  if (cards.length >= 2) {
    if (all.some((s) => actionOf(s) === 'viewproduct')) {
      const productCards = cards.every(
        (c, k) =>
          isObj(c) &&
          cardSugs[k]!.length > 0 &&
          cardSugs[k]!.every((s) => actionOf(s) === 'viewproduct') &&
          !present.str(field(c, 'header')) &&
          !present.str(field(c, 'text')) &&
          !present.media(field(c, 'media')),
      );
      return productCards && itemSugs.length === 0 ? single('product_template', 'products') : NONE;
    }
    let buttons = 0;
    let quickReplies = 0;
    cards.forEach((c, k) => {
      if (!isObj(c)) return;
      const d = deliver(cardSugs[k]!, 3);
      buttons += d.buttons;
      quickReplies += d.quickReplies;
    });
    quickReplies += itemSugs.filter((s) => actionOf(s) === 'reply').length;
    return delivered('generic_template', buttons, quickReplies);
  }

  // 2: the inputs, from the item or its single card (the card's value wins).
  const card = isObj(cards[0]) ? cards[0] : {};
  const t = present.str(field(card, 'text')) || present.str(field(item, 'text'));
  const h = present.str(field(card, 'header')) || present.str(field(item, 'header'));
  const m = present.media(field(card, 'media')) || present.media(field(item, 'media'));
  const sugs = [...(cardSugs[0] ?? []), ...itemSugs];
  const s = sugs.length > 0;

  // 2.1: products.
  if (sugs.some((x) => actionOf(x) === 'viewproduct')) {
    return sugs.every((x) => actionOf(x) === 'viewproduct') && !t && !h && !m
      ? single('product_template', 'products')
      : NONE;
  }

  // 2.2: the matrix.
  if (!t && !m && !h) return NONE; // rows 0 and 2
  if (t && m && s && !h) return NONE; // row 14
  if (h) {
    const d = deliver(sugs, 3);
    return delivered(!t && !m && s ? 'button_template' : 'generic_template', d.buttons, d.quickReplies);
  }
  if (m && !t) {
    if (!s) return single('media', 'none');
    const d = deliver(sugs, 1);
    return delivered('media_template', d.buttons, d.quickReplies);
  }
  if (t && m) return delivered('text_and_media', 0, 0, 2);
  return delivered('text', 0, deliver(sugs, 0).quickReplies);
}
