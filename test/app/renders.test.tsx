/**
 * A keystroke in an inspector field re-renders that field, the blocks and preview
 * bubbles whose JSON changed, and the badge of that item: nothing else (issue 12).
 * Counted through React's DevTools hook (test/renderCount.ts).
 */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LARGEST_CAROUSEL } from '../../bench/requests';
import { countRenders } from '../renderCount';
import { renderApp } from './helpers';

const LABEL_20 = 'Twenty chars label..';

async function typeOneKey(label: HTMLInputElement, value: string) {
  return countRenders(() => {
    fireEvent.change(label, { target: { value } });
  });
}

function openLabel() {
  renderApp(LARGEST_CAROUSEL);
  fireEvent.click(document.querySelector('[data-path$="/carousel/cards/0/suggestions/0"]')!);
  return screen.getByLabelText('Label') as HTMLInputElement;
}

/** Views that show nothing that changed: none of them may render. */
const NEVER = [
  'App',
  'Designer',
  'Canvas',
  'Envelope',
  'Palette',
  'Toolbar',
  'MessageTabs',
  'Inspector',
  'SuggestionFields',
  'PreviewPane',
  'Preview',
  'Conversation',
  'ChatHeader',
  'WebhookPanel',
  'JsonPanel',
  'ProblemsList',
];

describe('a keystroke in an inspector field', () => {
  it.each([
    ['within the limit', 'Ten chars.', 'Ten chars.x', NEVER],
    // The problems that change are shown where they are listed: the list and the counts.
    ['at the limit (a limit error comes and goes)', LABEL_20, LABEL_20 + 'x', NEVER.filter((n) => n !== 'ProblemsList')],
  ])('%s re-renders the field, the changed blocks and bubbles and the item’s badge, nothing else', async (_case, base, typed, never) => {
    const label = openLabel();
    fireEvent.change(label, { target: { value: base } });
    for (const value of [typed, base, typed]) {
      const counts = await typeOneKey(label, value);
      const rendered = Object.fromEntries(counts);
      for (const name of never) expect(rendered[name], `${name} rendered`).toBeUndefined();
      // That field alone of the inspector's fields.
      expect(rendered.TextField).toBe(1);
      expect(rendered.SelectField).toBeUndefined();
      // The blocks whose JSON changed: the item, the first card, its first suggestion; no other card or suggestion.
      expect(rendered.ItemBlock).toBe(1);
      expect(rendered.CardBlock).toBe(1);
      expect(rendered.SuggestionBlock).toBe(1);
      expect(rendered.FieldBlock).toBeUndefined();
      expect(rendered.MediaBlock).toBeUndefined();
      // The badge of that item, and the bubbles of that item: one card of ten.
      expect(rendered.OutcomeBadge).toBe(1);
      expect(rendered.PreviewItem).toBe(1);
      expect(rendered.GenericCardView).toBe(1);
      expect(rendered.QuickReplies).toBeUndefined();
    }
  });
});
