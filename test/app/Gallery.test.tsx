import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/core';
import { GALLERY_TILES } from '../../src/features/gallery/Gallery';
import { STARTERS } from '../../src/features/gallery/starters';
import { createDesign, currentDesign, useDesigns } from '../../src/state/designs';
import { doc, galleryTile, renderApp } from './helpers';

describe('gallery', () => {
  it('holds all 14 documentation examples and the starters, each error-free', () => {
    expect(GALLERY_TILES.filter((t) => t.group === 'Channel documentation')).toHaveLength(14);
    expect(STARTERS.map((s) => s.id)).toEqual([
      'ten-card-carousel',
      'product-carousel',
      'every-button-kind',
      'quick-reply-survey',
      'optin-request',
      'marketing-notification',
      'human-agent-reply',
      'text-and-media',
    ]);
    for (const t of GALLERY_TILES) expect(check(t.request).valid, t.id).toBe(true);
  });

  it('shows each tile’s outcome from the core', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Gallery' }));
    // The gallery is a chunk of its own, loaded when first opened.
    const tile = await galleryTile('product-carousel');
    expect(within(tile).getByTestId('tile-outcome')).toHaveTextContent('Product template');
  });

  it('opens a template at once on an untouched design, and Undo brings the design back', async () => {
    const user = userEvent.setup();
    renderApp();
    const before = doc();
    await user.click(screen.getByRole('button', { name: 'Gallery' }));
    await user.click(await galleryTile('quick-reply-survey'));
    expect(screen.getByTestId('outcome-code')).toHaveTextContent('text');
    await user.click(screen.getByRole('button', { name: /Undo/ }));
    expect(doc()).toBe(before);
  });

  it('asks first after edits: replace (undoable) or open as a new design', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: /^Text$/ }));
    await user.click(screen.getByRole('button', { name: 'Gallery' }));
    await user.click(await galleryTile('optin-request'));
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Your design has edits');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getAllByTestId('outcome-code').map((e) => e.textContent)).toEqual(['text']);

    await user.click(await galleryTile('optin-request'));
    await user.click(screen.getByRole('button', { name: 'Open as new design' }));
    expect(screen.getAllByTestId('outcome-code').map((e) => e.textContent)).toEqual(['optin_request']);
    expect(useDesigns.getState().designs.map((d) => d.name)).toContain('Opt-in request');
  });

  it('clears the webhook panel when a template replaces the design: a tap of the last design is not shown for the new one', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Gallery' }));
    await user.click(await galleryTile('quick-reply-survey'));
    const webhooks = () => screen.getByRole('region', { name: 'Webhooks' });
    await user.click(within(screen.getByRole('group', { name: 'Quick replies' })).getByRole('button', { name: /Excellent/ }));
    expect(within(webhooks()).getByLabelText(/inbound message webhook json/i)).toHaveTextContent('RATE_5');
    await user.click(screen.getByRole('button', { name: 'Gallery' }));
    await user.click(await galleryTile('optin-request'));
    expect(screen.getAllByTestId('outcome-code').map((e) => e.textContent)).toEqual(['optin_request']);
    expect(within(webhooks()).queryByLabelText(/webhook json/i)).not.toBeInTheDocument();
    expect(within(webhooks()).getByText(/tap a quick reply or a button/i)).toBeInTheDocument();
  });

  it('names a design that still has an automatic name after the template opened into it', async () => {
    const user = userEvent.setup();
    renderApp();
    createDesign('My design', doc());
    await user.click(screen.getByRole('button', { name: 'Gallery' }));
    await user.click(await galleryTile('quick-reply-survey'));
    expect(currentDesign()!.name).toBe('Quick-reply survey');
    await user.click(screen.getByRole('button', { name: 'Gallery' }));
    await user.click(await galleryTile('optin-request'));
    expect(currentDesign()!.name).toBe('Opt-in request');
  });
});
