/**
 * RULES.md 2.5 and 3, media: the attachment type a media object is sent as, and the
 * media/* checks every media object gets wherever it stands (item, card, suggestion).
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/core';
import type { Report } from '../../src/core';
import { ITEM, checkItems, expectCode, expectErrors, expectNoCode, first, itemsRequest, media, reply, type Json } from './helpers';

const M = `${ITEM()}/media`;
const alone = (m: Json): Report => checkItems({ media: m });
const attachmentType = (m: Json) => (first(alone(m)).sends[0]!.message.attachment as { type: string }).type;

describe('media', () => {
  it.each([
    ['image/png', 'image'],
    ['image/gif', 'image'],
    ['IMAGE/JPEG', 'image'],
    ['video/mp4', 'video'],
    ['video/webm', 'video'],
    ['audio/mp4', 'audio'],
    ['audio/wav', 'audio'],
    ['application/pdf', 'file'],
    ['text/csv', 'file'],
    ['application/vnd.ms-excel', 'file'],
  ])('the attachment type comes from the MIME family: %s is sent as %s', (mimeType, type) => {
    expect(attachmentType({ mediaName: 'file', mediaUri: 'https://www.cm.com/file', mimeType })).toBe(type);
  });

  it.each([
    ['a.png', 'image'],
    ['a.jpg', 'image'],
    ['a.JPEG', 'image'],
    ['a.gif', 'image'],
    ['a.mp4', 'video'],
    ['a.m4v', 'video'],
    ['a.ogg', 'video'],
    ['a.ogv', 'video'],
    ['a.avi', 'video'],
    ['a.mov', 'video'],
    ['a.webm', 'video'],
    ['a.m4a', 'audio'],
    ['a.aac', 'audio'],
    ['a.acc', 'audio'],
    ['a.wav', 'audio'],
    ['a.pdf', 'file'],
    ['a.oga', 'file'],
    ['a.mp3', 'file'],
    ['a.webp', 'file'],
    ['noextension', 'file'],
    ['a.constructor', 'file'],
    ['a.__proto__', 'file'],
  ])('without a mimeType, from the name’s extension: %s is sent as %s', (mediaName, type) => {
    expect(attachmentType({ mediaName, mediaUri: 'https://www.cm.com/download' })).toBe(type);
  });

  it('without a name, or with a name that has no extension, the mediaUri path’s extension decides (RULES.md 2.5)', () => {
    expect(attachmentType({ mediaName: 'photo', mediaUri: 'https://www.cm.com/photo.png' })).toBe('image');
    expect(attachmentType({ mediaName: 'photo.', mediaUri: 'https://www.cm.com/photo.png' })).toBe('image');
    expect(attachmentType({ mediaUri: 'https://www.cm.com/clip.mp4?dl=1' })).toBe('video');
    expect(attachmentType({ mediaUri: 'https://www.cm.com/a/b/SONG.ACC#t=1' })).toBe('audio');
    expect(attachmentType({ mediaName: '', mediaUri: 'https://www.cm.com/clip.ogg' })).toBe('video');
    // A placeholder without a scheme is all path.
    expect(attachmentType({ mediaUri: 'your-video-url.mp4' })).toBe('video');
    // The name's own extension wins over the URI's.
    expect(attachmentType({ mediaName: 'doc.pdf', mediaUri: 'https://www.cm.com/photo.png' })).toBe('file');
  });

  it.each([
    'https://example.com',
    'https://example.com/',
    'https://cdn.example.png',
    'https://cdn.example.png/download',
    'https://www.cm.com/files.v2/download',
    'https://www.cm.com/download?name=a.png',
    'https://www.cm.com/download#a.png',
  ])('only the path counts, not the host, a directory, the query or the fragment: %s is sent as a file', (mediaUri) => {
    expect(attachmentType({ mediaUri })).toBe('file');
    expect(attachmentType({ mediaName: 'noextension', mediaUri })).toBe('file');
  });

  it('the media message carries the mediaUri as it is written', () => {
    expect(first(alone(media('a.png', 'image/png', 'https://www.cm.com/A.PNG?x=1'))).sends).toEqual([
      {
        recipient: { id: 'Recipients PSID' },
        messaging_type: 'RESPONSE',
        message: { attachment: { type: 'image', payload: { url: 'https://www.cm.com/A.PNG?x=1' } } },
      },
    ]);
  });
});

describe('media/uri-missing', () => {
  it('media without mediaUri: error at the media', () => {
    expectCode(alone({ mediaName: 'a.png', mimeType: 'image/png' }), 'media/uri-missing', M);
    expectCode(alone({ mediaName: 'a.png', mimeType: 'image/png', mediaUri: '' }), 'media/uri-missing', M);
  });

  it('also on a card and on a quick reply’s thumbnail', () => {
    const r = checkItems(
      { carousel: { cards: [{ header: 'H', text: 't', media: { mediaName: 'a.png' } }] } },
      { text: 'x', suggestions: [reply('a', 'b', { media: { mimeType: 'image/png' } })] },
    );
    expectCode(r, 'media/uri-missing', `${ITEM()}/carousel/cards/0/media`);
    expectCode(r, 'media/uri-missing', `${ITEM(1)}/suggestions/0/media`);
  });

  it('stays clear with a mediaUri', () => {
    expectNoCode(alone(media('a.png', 'image/png')), 'media/uri-missing');
  });
});

describe('media/uri-invalid', () => {
  it.each(['ftp://www.cm.com/a.png', 'file:///tmp/a.png', 'data:image/png;base64,AAAA', 'https://'])('%j: error at the mediaUri', (uri) => {
    expectCode(alone(media('a.png', 'image/png', uri)), 'media/uri-invalid', `${M}/mediaUri`);
  });

  // RULES.md 4: `//` and a host are required, although browsers' URL parsers accept these.
  it.each(['http:/cdn.example.com/a.png', 'https:cdn.example.com/a.png', 'https:alert(1)', 'https:///cdn.example.com/a.png', 'https:\\\\cdn.example.com\\a.png'])(
    '%j (no `//` and host): error at the mediaUri, not a placeholder',
    (uri) => {
      const r = alone(media('a.png', 'image/png', uri));
      expectCode(r, 'media/uri-invalid', `${M}/mediaUri`);
      expectNoCode(r, 'media/uri-placeholder');
    },
  );

  it('stays clear for http and https', () => {
    expectNoCode(alone(media('a.png', 'image/png', 'http://www.cm.com/a.png')), 'media/uri-invalid');
    expectNoCode(alone(media('a.png', 'image/png', 'https://www.cm.com/a.png')), 'media/uri-invalid');
    expectNoCode(alone(media('a.png', 'image/png', 'https://a/a.png')), 'media/uri-invalid');
  });
});

describe('media/uri-placeholder', () => {
  it('a mediaUri without a scheme, as in the channel page’s examples: a warning at the mediaUri', () => {
    const r = alone(media('your-video.mp4', 'video/mp4', 'your-video-url.mp4'));
    expect(expectCode(r, 'media/uri-placeholder', `${M}/mediaUri`).severity).toBe('warning');
    expectErrors(r);
  });

  it('stays clear for an absolute URL', () => {
    expectNoCode(alone(media('a.mp4', 'video/mp4', 'https://www.cm.com/a.mp4')), 'media/uri-placeholder');
  });
});

describe('media/mime-missing', () => {
  it('no mimeType: a warning at the media', () => {
    expect(expectCode(alone({ mediaName: 'a.png', mediaUri: 'https://www.cm.com/a.png' }), 'media/mime-missing', M).severity).toBe('warning');
    expectCode(alone({ mediaName: 'a.png', mediaUri: 'https://www.cm.com/a.png', mimeType: '' }), 'media/mime-missing', M);
  });

  it('stays clear with a mimeType', () => {
    expectNoCode(alone(media('a.png', 'image/png')), 'media/mime-missing');
  });
});

describe('media/unsupported-type', () => {
  it.each(['image/webp', 'image/bmp', 'video/x-flv', 'audio/mpeg', 'audio/ogg', 'not a mime type', 'image/constructor', 'video/__proto__'])('%s: error at the mimeType', (mimeType) => {
    expectCode(alone({ mediaName: 'x', mediaUri: 'https://www.cm.com/x', mimeType }), 'media/unsupported-type', `${M}/mimeType`);
  });

  it.each([
    'image/png',
    'image/jpeg',
    'image/jpg',
    'image/gif',
    'video/mp4',
    'video/ogg',
    'video/avi',
    'video/mov',
    'video/quicktime',
    'video/webm',
    'audio/aac',
    'audio/acc',
    'audio/m4a',
    'audio/wav',
    'audio/mp4',
    'application/pdf',
    'application/msword',
    'Image/PNG',
  ])('%s: clear', (mimeType) => {
    expectNoCode(alone({ mediaName: 'x', mediaUri: 'https://www.cm.com/x', mimeType }), 'media/unsupported-type');
  });
});

describe('media/extension-mismatch', () => {
  it.each([
    ['a.jpg', 'image/png'],
    ['a.png', 'image/jpeg'],
    ['a.mp4', 'video/ogg'],
    ['a.mp3', 'audio/mp4'],
    ['a.doc', 'application/pdf'],
    ['a', 'image/gif'],
  ])('%s as %s: a warning at the mediaName', (mediaName, mimeType) => {
    expect(expectCode(alone(media(mediaName, mimeType)), 'media/extension-mismatch', `${M}/mediaName`).severity).toBe('warning');
  });

  it.each([
    ['a.png', 'image/png'],
    ['a.jpg', 'image/jpeg'],
    ['a.jpeg', 'image/jpeg'],
    ['a.jpg', 'image/jpg'],
    ['a.GIF', 'image/gif'],
    ['a.m4v', 'video/mp4'],
    ['a.ogv', 'video/ogg'],
    ['a.mov', 'video/quicktime'],
    ['a.acc', 'audio/aac'],
    ['a.m4a', 'audio/mp4'],
    ['a.mp4', 'audio/mp4'],
    ['a.pdf', 'application/pdf'],
    ['a.anything', 'application/zip'],
  ])('%s as %s: clear', (mediaName, mimeType) => {
    expectNoCode(alone(media(mediaName, mimeType)), 'media/extension-mismatch');
  });
});

describe('media keys in any letter case', () => {
  it('mediauri, MIMETYPE and MediaName are read, and the paths keep their spelling', () => {
    const req = itemsRequest({ MEDIA: { MediaName: 'a.jpg', mediauri: 'ftp://www.cm.com/a.png', MIMETYPE: 'image/png' } });
    const r = check(req);
    expectCode(r, 'media/uri-invalid', `${ITEM()}/MEDIA/mediauri`);
    expectCode(r, 'media/extension-mismatch', `${ITEM()}/MEDIA/MediaName`);
    expect(first(r).outcome).toBe('media');
  });
});
