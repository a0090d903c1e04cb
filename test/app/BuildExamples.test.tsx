import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/core';
import { examples } from '../../src/examples';
import { doc, renderApp } from './helpers';

const example = (id: string) => examples.find((e) => e.id.startsWith(id))!.request;
const outcomes = (r: unknown) => check(r).messages.map((m) => m.items.map((i) => `${i.outcome}/${i.suggestionsAs}/${i.sends.length}`));

describe('building documentation examples from an empty canvas', () => {
  it('08: a button rich card (card, remove its text and image, two buttons)', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: /^Card$/ }));
    // Selected with the keyboard (Enter), the focus stays on the canvas and Delete deletes.
    screen.getByRole('button', { name: /^Text: A short description/ }).focus();
    await user.keyboard('{Enter}{Delete}');
    screen.getByRole('button', { name: /^Media:/ }).focus();
    await user.keyboard('{Enter}{Delete}');
    await user.click(screen.getByRole('button', { name: /^Open URL$/ }));
    expect(outcomes(doc())).toEqual(outcomes(example('08')));
    expect(screen.getByTestId('item-outcome')).toHaveTextContent('Button template · 2 buttons');
  });

  it('13: an opt-in request with its image', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: /^Opt-in request$/ }));
    await user.click(screen.getByRole('button', { name: /\+ Add an image/ }));
    expect(screen.getByLabelText('URL')).toHaveValue('https://www.cm.com/cdn/cm/cm.png');
    expect(outcomes(doc())).toEqual(outcomes(example('13')));
    expect(check(doc()).messages[0]!.items[0]!.sends[0]!.message).toMatchObject({
      attachment: { payload: { template_type: 'notification_messages', image_url: 'https://www.cm.com/cdn/cm/cm.png' } },
    });
  });

  it('10: three products', async () => {
    const user = userEvent.setup();
    renderApp();
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: /^View product$/ }));
    expect(outcomes(doc())).toEqual(outcomes(example('10')));
  });

  it('07: a text with a message tag chosen in the inspector', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: /^Text$/ }));
    await user.click(screen.getByRole('button', { name: 'Item 1' }));
    await user.selectOptions(screen.getByLabelText('Message tag'), 'POST_PURCHASE_UPDATE');
    expect(outcomes(doc())).toEqual(outcomes(example('07')));
    expect(screen.getAllByText('tag/retired-by-meta').length).toBeGreaterThan(0);
  });
});
