// Outcomes beyond the shared examples: overflow to quick replies, not supported, media alone,
// several items in one message, and a preview that follows every edit at once.
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Preview, staticSource } from '../../../src/features/preview';
import { image, itemsOf, PAGE_ID, PSID, renderPreview, reply, requestWith, rowKinds } from './render';

const chips = () => within(screen.getByRole('group', { name: 'Quick replies' })).getAllByRole('button');

describe('overflow to quick replies', () => {
  it('a header and 4 Reply suggestions: a button template with no buttons, and 4 chips', () => {
    const request = requestWith([
      { header: 'Pick one', suggestions: [reply('One', 'ONE'), reply('Two', 'TWO'), reply('Three', 'THREE'), reply('Four', 'FOUR')] },
    ]);
    const { items } = renderPreview(request);
    expect(items[0]?.outcome).toBe('button_template');
    const card = screen.getByRole('group', { name: 'Button template' });
    expect(card).toHaveTextContent('Pick one');
    expect(within(card).queryAllByRole('button')).toHaveLength(0);
    expect(within(card).queryAllByRole('link')).toHaveLength(0);
    expect(chips().map((c) => c.textContent)).toEqual(['One', 'Two', 'Three', 'Four']);
  });

  it('a generic card with 4 suggestions keeps its card and sends them as chips', () => {
    const request = requestWith([
      {
        header: 'Title',
        text: 'Subtitle',
        suggestions: [reply('A', 'A'), reply('B', 'B'), reply('C', 'C'), reply('D', 'D')],
      },
    ]);
    renderPreview(request);
    const card = screen.getByRole('group', { name: 'Generic template' });
    expect(within(card).queryAllByRole('button')).toHaveLength(0);
    expect(chips()).toHaveLength(4);
  });

  it('shows quick-reply thumbnails where given', () => {
    renderPreview(requestWith([{ text: 'Pick', suggestions: [reply('Red', 'RED', 'https://example.com/red.png'), reply('Blue', 'BLUE')] }]));
    const [red, blue] = chips();
    expect(red!.querySelector('img')).toHaveAttribute('src', 'https://example.com/red.png');
    expect(blue!.querySelector('img')).toBeNull();
  });
});

describe('outcome not_supported', () => {
  // (What shows for them loads when it first appears: the tests wait for it.)
  it('text, media and suggestions without a header: the empty state with the core’s reason', async () => {
    const request = requestWith([{ text: 'Hi', media: image('https://example.com/a.png'), suggestions: [reply('Yes', 'YES')] }]);
    const { container, items } = renderPreview(request);
    expect(items[0]?.outcome).toBe('not_supported');
    const log = screen.getByRole('log');
    expect(await within(log).findByText(/not supported: nothing will be sent/i)).toBeInTheDocument();
    expect(within(log).getByText(items[0]!.reason)).toBeInTheDocument();
    expect(rowKinds(container)).toEqual([]);
    // Nothing is sent, so there is no send to simulate either.
    expect(await screen.findByRole('button', { name: 'Simulate sending' })).toBeDisabled();
  });

  it('an unsupported item beside sent ones is marked in place, with its reason', async () => {
    const request = requestWith([
      { text: 'First' },
      { text: 'Hi', media: image('https://example.com/a.png'), suggestions: [reply('Yes', 'YES')] },
      { text: 'Third' },
    ]);
    const { container, items } = renderPreview(request);
    expect(rowKinds(container)).toEqual(['text', 'text']);
    const note = (await screen.findByText(/not supported \(item 2\)/i)).closest('[role="note"]') as HTMLElement;
    expect(note).toHaveTextContent(items[1]!.reason);
  });

  it('a message without items says so', async () => {
    render(<Preview source={staticSource([])} pageId={PAGE_ID} recipient={PSID} />);
    await waitFor(() => expect(screen.getByRole('log')).toHaveTextContent(/no conversation items/i));
  });
});

describe('outcome media', () => {
  it('media alone: one attachment', () => {
    const { container } = renderPreview(requestWith([{ media: image('https://example.com/a.png') }]));
    expect(rowKinds(container)).toEqual(['attachment']);
    expect(screen.getByRole('img', { name: /image attachment/i })).toHaveAttribute('src', 'https://example.com/a.png');
  });

  it('a video with an absolute URL gets a player; a document gets a link', () => {
    const { container } = renderPreview(
      requestWith([
        { media: { mediaName: 'a.mp4', mediaUri: 'https://example.com/a.mp4', mimeType: 'video/mp4' } },
        { media: { mediaName: 'a.wav', mediaUri: 'https://example.com/a.wav', mimeType: 'audio/wav' } },
        { media: { mediaName: 'doc.pdf', mediaUri: 'https://example.com/doc.pdf', mimeType: 'application/pdf' } },
      ]),
    );
    expect(container.querySelector('video')).toHaveAttribute('src', 'https://example.com/a.mp4');
    expect(container.querySelector('audio')).toHaveAttribute('src', 'https://example.com/a.wav');
    expect(screen.getByRole('link', { name: /file attachment doc\.pdf/i })).toHaveAttribute('href', 'https://example.com/doc.pdf');
  });
});

describe('several items', () => {
  it('draws every send in order; only the last message keeps its quick replies', () => {
    const request = requestWith([
      { text: 'One', suggestions: [reply('Gone', 'GONE')] },
      { header: 'Two', text: 'card' },
      { text: 'Three', suggestions: [reply('Stay', 'STAY')] },
    ]);
    const { container } = renderPreview(request);
    expect(rowKinds(container)).toEqual(['text', 'generic_template', 'text']);
    expect(chips().map((c) => c.textContent)).toEqual(['Stay']);
    expect(screen.getByText(/1 quick reply not shown/i)).toBeInTheDocument();
  });
});

describe('live', () => {
  it('follows an edit on the next render, without waiting', () => {
    const { rerender } = render(
      <Preview source={staticSource(itemsOf(requestWith([{ text: 'Before' }])))} pageId={PAGE_ID} recipient={PSID} />,
    );
    expect(screen.getByRole('log')).toHaveTextContent('Before');
    rerender(<Preview source={staticSource(itemsOf(requestWith([{ text: 'After' }])))} pageId={PAGE_ID} recipient={PSID} />);
    expect(screen.getByRole('log')).toHaveTextContent('After');
    expect(screen.getByRole('log')).not.toHaveTextContent('Before');
  });
});
