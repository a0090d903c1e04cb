import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, undo, useDocument } from '../../src/state/document';
import { renderApp } from './helpers';

const step = (i: number) =>
  act(() => useDocument.getState().dispatch({ kind: 'set', path: '/messages/msg/0/from', value: `Page ${i}` }, { source: 'inspector', history: 'record' }));

describe('the Undo button (issue 16, F11)', () => {
  it('says how many steps the history holds once it has dropped its oldest', () => {
    renderApp();
    const button = screen.getByRole('button', { name: /Undo/ });
    for (let i = 1; i <= HISTORY_LIMIT; i++) step(i);
    // Full, nothing dropped yet: the plain tooltip.
    expect(button.title).toBe('Undo (Ctrl+Z)');
    step(HISTORY_LIMIT + 1);
    expect(button.title).toBe(`Undo (Ctrl+Z): ${HISTORY_LIMIT} steps to undo. Only the last ${HISTORY_LIMIT} steps are kept; older ones were dropped.`);
    act(() => undo());
    expect(button.title).toMatch(new RegExp(`^Undo \\(Ctrl\\+Z\\): ${HISTORY_LIMIT - 1} steps to undo\\.`));
  });

  it('says nothing of the kind on a fresh design', () => {
    renderApp();
    step(1);
    expect(screen.getByRole('button', { name: /Undo/ }).title).toBe('Undo (Ctrl+Z)');
  });
});
