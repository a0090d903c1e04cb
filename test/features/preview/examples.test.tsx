// Every shared example, drawn from the core's Send API payloads: what the end user sees.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TAGS } from '../../../src/core';
import { examples } from '../../../src/examples';
import { exampleRequest, renderPreview, rowKinds } from './render';

const log = () => screen.getByRole('log', { name: /conversation with your page id/i });
/** Buttons and links: a template's actions (web_url buttons are links). */
const actions = (el: HTMLElement) => [...within(el).queryAllByRole('button'), ...within(el).queryAllByRole('link')];

describe('every shared example', () => {
  it.each(examples.map((e) => e.id))('%s renders a conversation without an empty state', (id) => {
    const { container } = renderPreview(exampleRequest(id));
    expect(log()).toBeInTheDocument();
    expect(rowKinds(container).length).toBeGreaterThan(0);
    expect(screen.queryByText(/not supported/i)).not.toBeInTheDocument();
  });
});

describe('outcome text', () => {
  it('01 shows one text bubble', () => {
    const { container } = renderPreview(exampleRequest('01-text'));
    expect(rowKinds(container)).toEqual(['text']);
    expect(within(log()).getByText('CM.com - Be part of it.')).toBeInTheDocument();
  });

  it('06 shows the text and 3 quick-reply chips under it', () => {
    const { container } = renderPreview(exampleRequest('06-direct-message-with-quick-reply-suggestions'));
    expect(rowKinds(container)).toEqual(['text']);
    const chips = within(screen.getByRole('group', { name: 'Quick replies' })).getAllByRole('button');
    expect(chips.map((c) => c.textContent)).toEqual(['Call me', 'Email me', 'Send me an sms']);
  });

  it('07 marks the message with its tag and what the tag allows', () => {
    renderPreview(exampleRequest('07-direct-message-with-message-tag'));
    const marker = screen.getByRole('note', { name: /message tag POST_PURCHASE_UPDATE/i });
    expect(marker).toHaveTextContent(TAGS.POST_PURCHASE_UPDATE.allows);
    expect(marker).toHaveTextContent(/retired by meta/i);
  });

  it('14 marks the marketing message (NOTIFICATION_MESSAGE) and what it allows', () => {
    renderPreview(exampleRequest('14-marketing-notification-message'));
    const marker = screen.getByRole('note', { name: /NOTIFICATION_MESSAGE/ });
    expect(marker).toHaveTextContent(TAGS.NOTIFICATION_MESSAGE.allows);
    expect(marker).not.toHaveTextContent(/retired/i);
  });
});

describe('outcome text_and_media', () => {
  it('02 shows two bubbles, the text first, then the image', () => {
    const { container } = renderPreview(exampleRequest('02-direct-message-with-text-and-image'));
    expect(rowKinds(container)).toEqual(['text', 'attachment']);
    const rows = container.querySelectorAll('.pv-row');
    expect(rows[0]).toHaveTextContent('CM.com - Be part of it.');
    expect(within(rows[1] as HTMLElement).getByRole('img', { name: /image attachment/i })).toHaveAttribute(
      'src',
      'https://www.cm.com/cdn/cm/cm.png',
    );
  });

  it('03 shows the text, then a video whose placeholder URL is not loaded', () => {
    const { container } = renderPreview(exampleRequest('03-direct-message-with-text-and-video'));
    expect(rowKinds(container)).toEqual(['text', 'attachment']);
    expect(screen.getByRole('img', { name: /video.*your-video-url\.mp4/i })).toBeInTheDocument();
    expect(container.querySelector('video')).toBeNull();
  });

  it('04 shows the text, then a file with its name, not linked (no absolute URL)', () => {
    const { container } = renderPreview(exampleRequest('04-direct-message-with-text-and-document'));
    expect(rowKinds(container)).toEqual(['text', 'attachment']);
    expect(screen.getByText('your-document.pdf')).toBeInTheDocument();
    expect(within(log()).queryByRole('link')).not.toBeInTheDocument();
  });

  it('05 shows the text, then the audio attachment', () => {
    const { container } = renderPreview(exampleRequest('05-direct-message-with-text-and-audio'));
    expect(rowKinds(container)).toEqual(['text', 'attachment']);
    expect(screen.getByRole('img', { name: /audio.*your-audio-url\.mp4/i })).toBeInTheDocument();
  });
});

describe('outcome button_template', () => {
  it('08 shows a button template with its text and 2 buttons', () => {
    const { container } = renderPreview(exampleRequest('08-direct-message-with-button-rich-card'));
    expect(rowKinds(container)).toEqual(['button_template']);
    const card = screen.getByRole('group', { name: 'Button template' });
    expect(card).toHaveTextContent('CM.com - Be part of it.');
    expect(actions(card)).toHaveLength(2);
    expect(within(card).getByRole('button', { name: 'Give me more info' })).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: /visit cm\.com/i })).toHaveAttribute('href', 'https://www.cm.com/');
    expect(screen.queryByRole('group', { name: 'Quick replies' })).not.toBeInTheDocument();
  });
});

describe('outcome media_template', () => {
  it('09 shows the image with its one button', () => {
    renderPreview(exampleRequest('09-direct-message-with-media-rich-card'));
    const card = screen.getByRole('group', { name: 'Media template' });
    expect(within(card).getByRole('img', { name: /media template image/i })).toHaveAttribute(
      'src',
      'https://www.cm.com/cdn/cm/cm.png',
    );
    expect(actions(card).map((a) => a.textContent)).toEqual(['Give me more info']);
  });
});

describe('outcome product_template', () => {
  it('10 shows three products, each marked as coming from the Page’s catalog', () => {
    renderPreview(exampleRequest('10-direct-message-with-product-suggestions'));
    const carousel = screen.getByRole('group', { name: /product carousel of 3 catalog products/i });
    const cards = within(carousel).getAllByRole('group', { name: /^Card \d of 3$/ });
    expect(cards).toHaveLength(3);
    cards.forEach((card, i) => {
      expect(card).toHaveTextContent(`FB_tshirt_00${i + 1}`);
      expect(card).toHaveTextContent('From the Page’s catalog');
    });
  });
});

describe('outcome generic_template', () => {
  it('11 shows one card with image, title, subtitle and 2 buttons', () => {
    renderPreview(exampleRequest('11-generic-rich-card-with-buttons'));
    const card = screen.getByRole('group', { name: 'Generic template' });
    expect(within(card).getByRole('img', { name: 'CM.com - Be part of it.' })).toHaveAttribute(
      'src',
      'https://www.cm.com/cdn/cm/cm.png',
    );
    expect(card).toHaveTextContent('Want to know more about CM.com?');
    expect(actions(card)).toHaveLength(2);
  });

  it('12 shows a carousel with 2 cards, in card order', () => {
    renderPreview(exampleRequest('12-rich-card-carousel'));
    const carousel = screen.getByRole('group', { name: 'Carousel of 2 cards' });
    const cards = within(carousel).getAllByRole('group', { name: /^Card \d of 2$/ });
    expect(cards).toHaveLength(2);
    expect(cards[0]).toHaveTextContent('CM.com - Be part of it.');
    expect(actions(cards[0]!)).toHaveLength(2);
    expect(cards[1]).toHaveTextContent('Our logo!');
    expect(actions(cards[1]!)).toHaveLength(0);
  });
});

describe('outcome optin_request', () => {
  it('13 shows the marketing opt-in request card', () => {
    renderPreview(exampleRequest('13-marketing-optin-request'));
    const card = screen.getByRole('group', { name: /opt-in request/i });
    expect(card).toHaveTextContent('Nice products!');
    expect(within(card).getByRole('button', { name: 'Get messages' })).toBeInTheDocument();
    expect(within(card).getByRole('img', { name: 'Nice products!' })).toHaveAttribute(
      'src',
      'https://www.cm.com/cdn/cm/cm.png',
    );
    expect(screen.getByText(/time zone Europe\/Amsterdam/)).toBeInTheDocument();
  });
});
