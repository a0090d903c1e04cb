import { LIMITS, type LimitName } from './limits';
import type { Outcome } from './types';

/** A text field the editor counts characters in. */
export type CountedField = 'text' | 'header' | 'label' | 'postbackdata' | 'body';

/** Where the field stands: the action of its suggestion, or the outcome of its item. */
export interface FieldContext {
  /** The resolved outcome of the conversation item the field belongs to. */
  outcome?: Outcome;
  /** For label and postbackdata: the suggestion's action as written (any letter case). */
  action?: unknown;
}

/**
 * The limit that applies to a field where it stands, read from the one limits
 * table, for the editor's `18/20` counters. Null where no length limit applies.
 */
export function limitFor(field: CountedField, ctx: FieldContext = {}): { name: LimitName; max: number } | null {
  const pick = (name: LimitName) => ({ name, max: LIMITS[name] });
  const action = typeof ctx.action === 'string' ? ctx.action.trim().toLowerCase() : '';
  switch (field) {
    case 'body':
      return pick('textMax');
    case 'text':
      return ctx.outcome === 'generic_template' ? pick('genericSubtitleMax') : pick('textMax');
    case 'header':
      return ctx.outcome === 'button_template' ? pick('buttonTemplateTextMax') : pick('genericTitleMax');
    case 'label':
      if (action === 'optin') return pick('optinTitleMax');
      if (action === 'reply' || action === 'openurl' || action === 'dial') return pick('labelMax');
      return null;
    case 'postbackdata':
      return action === 'reply' ? pick('postbackMax') : null;
  }
}
