import type { Refusal } from './drop';
import type { SlotKind } from './registry';

/**
 * The words of a refused drop, for the person dragging: what is in the way and
 * what to do ("Card 1 already has an image: edit it in the inspector"). The facts
 * are judgeDrop's (drop.ts); this only says them. Loaded with the first drag (or
 * the first refused add), not with the page: it imports nothing.
 */

const SLOT_WORDS: Record<SlotKind, string> = {
  card: 'on a card',
  item: 'on a conversation item',
  conversation: 'in the new-item zone, as an item of its own',
};

/** What a place already holds, in words. */
const HOLDS: Record<string, string> = {
  image: 'an image',
  video: 'a video',
  audio: 'an audio clip',
  file: 'a document',
  tag: 'a message tag',
  header: 'a header',
  text: 'text',
};

/** The sentence a refused drop shows beside the pointer and says to screen readers. */
export function refusalText(r: Refusal): string {
  const noun = r.label.toLowerCase();
  const a = `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
  switch (r.why) {
    case 'elsewhere': {
      const where = (Object.keys(SLOT_WORDS) as SlotKind[]).filter((s) => r.accepts.includes(s)).map((s) => SLOT_WORDS[s]);
      return `${a.charAt(0).toUpperCase()}${a.slice(1)} goes only ${where.join(' or ')}`;
    }
    case 'has':
      return `${r.place} already has ${HOLDS[r.held ?? ''] ?? 'media'}: edit it in the inspector`;
    case 'carousel':
      return `${r.place} is a carousel: drop the ${noun} on one of its cards`;
    case 'gap':
      return `Only a card goes between cards: drop ${a} on a card`;
    case 'json':
      return `${r.place} has JSON the designer cannot add to: fix it in the JSON tab`;
  }
}
