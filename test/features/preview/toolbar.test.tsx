// The preview's own toolbar (theme, width) and the link back to the designer's canvas.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { exampleRequest, renderPreview } from './render';

describe('toolbar', () => {
  it('switches between the light and dark themes', async () => {
    const user = userEvent.setup();
    const { container } = renderPreview(exampleRequest('01-text'));
    const root = container.querySelector('.preview')!;
    expect(screen.getByRole('radio', { name: 'Light' })).toBeChecked();
    expect(root).toHaveAttribute('data-theme', 'light');
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(root).toHaveAttribute('data-theme', 'dark');
  });

  it('switches between phone width (375 px) and desktop width', async () => {
    const user = userEvent.setup();
    const { container } = renderPreview(exampleRequest('01-text'));
    const root = container.querySelector('.preview')!;
    expect(screen.getByRole('radio', { name: 'Phone (375 px)' })).toBeChecked();
    expect(root).toHaveAttribute('data-width', 'phone');
    await user.click(screen.getByRole('radio', { name: 'Desktop' }));
    expect(root).toHaveAttribute('data-width', 'desktop');
    // The column is too narrow for it: desktop width opens in a wide dialog, which draws the conversation.
    const dialog = await screen.findByRole('dialog', { name: 'Preview at desktop width' });
    expect(within(dialog).getByRole('log')).toHaveTextContent('CM.com - Be part of it.');
    await user.click(within(dialog).getByRole('button', { name: /close/i }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Phone (375 px)' })).toBeChecked();
  });

  it('labels both toggles', () => {
    renderPreview(exampleRequest('01-text'));
    expect(screen.getByRole('group', { name: 'Theme' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Width' })).toBeInTheDocument();
  });
});

describe('selecting an item', () => {
  it('calls onSelectItem with the item’s key, from the keyboard-reachable button', async () => {
    const user = userEvent.setup();
    const onSelectItem = vi.fn();
    renderPreview(exampleRequest('12-rich-card-carousel'), onSelectItem);
    await user.click(screen.getByRole('button', { name: /select item 1 \(generic template\) in the designer/i }));
    // A fixed list of items is keyed by position.
    expect(onSelectItem).toHaveBeenCalledWith('0');
  });

  it('offers no select buttons without onSelectItem', () => {
    renderPreview(exampleRequest('01-text'));
    expect(screen.queryByRole('button', { name: /select item/i })).not.toBeInTheDocument();
  });
});
