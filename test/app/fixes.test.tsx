import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { check, getAt } from '../../src/core';
import { Fix } from '../../src/features/fixes/Fix';
import { undo, useDocument } from '../../src/state/document';
import { useUi } from '../../src/state/ui';
import { doc, renderApp } from './helpers';

const card = (i: number) => ({ header: `Card ${i}`, text: 'A card', media: { mediaUri: 'https://x.test/a.png', mimeType: 'image/png' } });
const request = (conversation: unknown[]) => ({
  messages: {
    msg: [{ from: 'Shop', to: [{ number: '123' }], body: { type: 'auto', content: 'x' }, allowedChannels: ['Facebook Messenger'], richContent: { conversation } }],
  },
});
const CARDS = '/messages/msg/0/richContent/conversation/0/carousel/cards';

describe('Fix buttons', () => {
  it('a fix offered before an edit elsewhere applies to the request as it is now (the edit is not undone)', async () => {
    const user = userEvent.setup();
    const start = request([{ carousel: { cards: Array.from({ length: 12 }, (_, i) => card(i + 1)) } }]);
    renderApp(start);
    // A Fix button whose problem stays the same while the request changes (it is not drawn again).
    const problem = check(start).diagnostics.find((d) => d.code === 'carousel/too-many-cards')!;
    const own = render(<Fix diagnostic={problem} />);
    const fix = await within(own.container).findByRole('button', { name: /^Fix: 2 ways/ });
    // An edit of card 12 while the offer stands.
    useDocument.getState().dispatch({ kind: 'set', path: `${CARDS}/11/header`, value: 'Edited after the offer' }, { source: 'canvas', history: 'record' });
    await user.click(fix);
    await user.click(await screen.findByRole('menuitem', { name: /^Move cards 11–12 into a new carousel item after it$/ }));
    expect(getAt(doc(), '/messages/msg/0/richContent/conversation/1/carousel/cards/1/header')).toBe('Edited after the offer');
    expect((getAt(doc(), CARDS) as unknown[]).length).toBe(10);
    expect(useUi.getState().announcement).toBe('Fixed: Move cards 11–12 into a new carousel item after it.');
    // One undo step.
    undo();
    expect((getAt(doc(), CARDS) as unknown[]).length).toBe(12);
    await waitFor(() => expect(within(screen.getByTestId('problems')).getByText('carousel/too-many-cards')).toBeInTheDocument());
  });

  it('a one-click Fix offered before an edit applies to the request as it is now', async () => {
    const user = userEvent.setup();
    const start = request([{ text: 'Pick a size' }]);
    (start.messages.msg[0]!.richContent as Record<string, unknown>).suggestions = [{ action: 'Reply', label: 'Small', postbackdata: 'S' }];
    renderApp(start);
    const problem = check(start).diagnostics.find((d) => d.code === 'suggestions/message-level')!;
    const own = render(<Fix diagnostic={problem} />);
    const fix = await within(own.container).findByRole('button', { name: 'Fix: Move into the last item' });
    useDocument.getState().dispatch({ kind: 'set', path: '/messages/msg/0/richContent/suggestions/0/postbackdata', value: 'SIZE_S' }, { source: 'canvas', history: 'record' });
    await user.click(fix);
    expect(getAt(doc(), '/messages/msg/0/richContent/conversation/0/suggestions/0/postbackdata')).toBe('SIZE_S');
  });

  it('a problem without a fix has no Fix button', async () => {
    renderApp(request([{ media: { mediaUri: 'ftp://x.test/a.png', mimeType: 'image/png' } }]));
    const problems = screen.getByTestId('problems');
    expect(within(problems).getByText('media/uri-invalid')).toBeInTheDocument();
    // The fixers are loaded by now for the other tests' sake, but this code has none.
    await new Promise((r) => setTimeout(r, 50));
    expect(within(problems).queryByRole('button', { name: /^Fix/ })).toBeNull();
  });
});
