import { parsePointer } from './pointer';

/**
 * Names the element a JSON pointer points at, as the designer shows it (1-based, as on
 * the canvas): "item 2", "card 3 of item 2", "suggestion 4 of card 1 of item 2". Limit
 * errors start with it, so that a reader knows which element to fix without the pointer.
 * The message of a request's first msg entry is not named; later ones are ("item 1 of message 2").
 */
export function elementName(pointer: string): string {
  const t = parsePointer(pointer).map((x) => x.toLowerCase());
  const at = (name: string, from = 0): number | undefined => {
    const i = t.indexOf(name, from);
    const n = i >= 0 ? Number(t[i + 1]) : NaN;
    return Number.isInteger(n) ? n : undefined;
  };
  const parts: string[] = [];
  const conv = t.indexOf('conversation');
  const item = at('conversation');
  const cards = conv >= 0 ? t.indexOf('cards', conv) : -1;
  const card = cards >= 0 ? at('cards', cards) : undefined;
  const sugs = conv >= 0 ? t.indexOf('suggestions', conv) : -1;
  const sug = sugs >= 0 ? at('suggestions', sugs) : undefined;
  if (sug !== undefined) parts.push(`suggestion ${sug + 1}`);
  if (card !== undefined) parts.push(`card ${card + 1}`);
  if (item !== undefined) parts.push(`item ${item + 1}`);
  const msg = at('msg');
  if (msg !== undefined && (msg > 0 || parts.length === 0)) parts.push(`message ${msg + 1}`);
  return parts.join(' of ');
}

/** An element's name at the start of a sentence ("Item 2", "Card 3 of item 2"), or `fallback` when the pointer names none. */
export function subject(pointer: string, fallback: string): string {
  return capital(elementName(pointer) || fallback);
}

export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The message of a field over its length limit: which field of which element, how long
 * it is, the limit where it stands, and the fix ("shorten it by 10 characters").
 * `field`: what the reader calls it ("header", "label"); `where`: what the limit is of.
 */
export function tooLong(pointer: string, field: string, where: string): (n: number, max: number) => string {
  // Named only when the message is written: every counted field gets one of these, few are too long.
  return (n, max) => {
    const owner = elementName(pointer);
    return `${capital(owner ? `the ${field} of ${owner}` : `the ${field}`)} has ${n} characters; ${where} allows at most ${max}: shorten it by ${n - max} ${n - max === 1 ? 'character' : 'characters'}.`;
  };
}
