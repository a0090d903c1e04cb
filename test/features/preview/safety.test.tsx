// Only absolute http(s) URLs become links, images or players: javascript: and data: URLs
// are never clickable nor loaded, anywhere in the DOM; a broken image shows its URL.
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { image, renderPreview, reply, requestWith } from './render';

const HOSTILE = /^\s*(javascript|data|vbscript):/i;
const DATA_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Every URL-bearing attribute in the document. */
function urlAttributes(): string[] {
  const names = ['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'xlink:href', 'data'];
  const values: string[] = [];
  for (const el of document.querySelectorAll('*'))
    for (const name of names) {
      const v = el.getAttribute(name);
      if (v !== null) values.push(v);
    }
  return values;
}

const hostileRequest = requestWith([
  // OpenUrl with javascript:, and a generic image with javascript:
  {
    header: 'Hostile card',
    text: 'sub',
    media: image('javascript:alert(1)'),
    suggestions: [{ action: 'OpenUrl', label: 'Evil link', url: 'javascript:alert(1)' }],
  },
  // data: and javascript: as mediaUri of attachments
  { media: image(DATA_PNG) },
  { media: { mediaName: 'v.mp4', mediaUri: 'javascript:alert(2)', mimeType: 'video/mp4' } },
  { media: { mediaName: 'a.wav', mediaUri: 'data:audio/wav;base64,AAAA', mimeType: 'audio/wav' } },
  { media: { mediaName: 'f.pdf', mediaUri: 'javascript:alert(3)', mimeType: 'application/pdf' } },
  // the media template and a button template with a javascript: link
  { media: image('data:image/gif;base64,R0lGODlhAQABAAAAACw='), suggestions: [reply('More', 'MORE')] },
  { header: 'Buttons', suggestions: [{ action: 'OpenUrl', label: 'Data link', url: 'data:text/html,<script>alert(1)</script>' }] },
  // text with a javascript: "link", and a quick reply thumbnail with javascript:
  {
    text: 'See javascript:alert(4) and https://example.com/ok',
    suggestions: [reply('Bad thumb', 'BAD', 'javascript:alert(5)'), reply('Data thumb', 'DATA', DATA_PNG)],
  },
]);

describe('hostile URLs', () => {
  it('are rendered neither as href nor as src anywhere in the DOM', () => {
    renderPreview(hostileRequest);
    const values = urlAttributes();
    expect(values.filter((v) => HOSTILE.test(v))).toEqual([]);
    // Positive control: the one absolute URL in the text is a link.
    expect(values).toContain('https://example.com/ok');
  });

  it('leave OpenUrl buttons unclickable as links, and say why', async () => {
    renderPreview(hostileRequest);
    expect(screen.queryByRole('link', { name: /evil link/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /data link/i })).not.toBeInTheDocument();
    const evil = screen.getByRole('button', { name: /evil link.*not an absolute http\(s\) url/i });
    fireEvent.click(evil);
    // The webhook panel's texts are a chunk of their own, loaded once the preview shows.
    expect(await screen.findByText(/the preview does not open it/i)).toBeInTheDocument();
    expect(urlAttributes().filter((v) => HOSTILE.test(v))).toEqual([]);
  });

  it('show a placeholder with the URL as plain text instead of loading it', () => {
    renderPreview(hostileRequest);
    expect(screen.getByRole('img', { name: /hostile card.*not loaded.*javascript:alert\(1\)/i })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /image attachment.*not loaded.*data:image\/png/i })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /video.*javascript:alert\(2\)/i })).toBeInTheDocument();
    expect(document.querySelector('video, audio, iframe, object, embed')).toBeNull();
  });

  it('do not turn quick-reply thumbnails into images', () => {
    renderPreview(hostileRequest);
    const chips = within(screen.getByRole('group', { name: 'Quick replies' })).getAllByRole('button');
    for (const chip of chips) expect(chip.querySelector('img')).toBeNull();
  });

  it('are never links in text bubbles; absolute http(s) URLs are', () => {
    renderPreview(requestWith([{ text: 'Go to javascript:alert(1) or https://example.com/page.' }]));
    const links = within(screen.getByRole('log')).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.com/page']);
  });
});

describe('a broken image', () => {
  it('shows a placeholder with its URL', () => {
    renderPreview(requestWith([{ media: image('https://example.com/missing.png') }]));
    const img = screen.getByRole('img', { name: /image attachment/i });
    expect(img.tagName).toBe('IMG');
    fireEvent.error(img);
    const placeholder = screen.getByRole('img', { name: /image attachment.*could not be loaded/i });
    expect(placeholder.tagName).not.toBe('IMG');
    expect(placeholder).toHaveTextContent('https://example.com/missing.png');
  });
});

describe('a video or audio that fails to load (offline, not found)', () => {
  it.each([
    ['video', { mediaName: 'v.mp4', mediaUri: 'https://example.com/v.mp4', mimeType: 'video/mp4' }, /video attachment/i, /video.*could not be loaded/i],
    ['audio', { mediaName: 'a.wav', mediaUri: 'https://example.com/a.wav', mimeType: 'audio/wav' }, /audio attachment/i, /audio.*could not be loaded/i],
  ])('%s: says it could not be loaded, with its URL, instead of a player that spins', (_, media, player, failed) => {
    renderPreview(requestWith([{ media }]));
    const el = screen.getByLabelText(player);
    expect(['VIDEO', 'AUDIO']).toContain(el.tagName);
    fireEvent.error(el);
    const placeholder = screen.getByRole('img', { name: failed });
    expect(placeholder).toHaveTextContent(media.mediaUri);
    expect(document.querySelector('video, audio')).toBeNull();
  });

  it('the media template video too', () => {
    const media = { mediaName: 'v.mp4', mediaUri: 'https://example.com/v.mp4', mimeType: 'video/mp4' };
    renderPreview(requestWith([{ media, suggestions: [reply('More', 'MORE')] }]));
    fireEvent.error(screen.getByLabelText('Media template video'));
    expect(screen.getByRole('img', { name: /video.*could not be loaded.*example\.com\/v\.mp4/i })).toBeInTheDocument();
  });
});
