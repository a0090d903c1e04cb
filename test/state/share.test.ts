import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { decodeShare, encodeShare, inflateCapped, MAX_SHARE_JSON_BYTES } from '../../src/state/share';
import { examples } from '../../src/examples';

const largest = {
  messages: {
    authentication: { producttoken: 'secret-token' },
    msg: [
      {
        from: '1234567890',
        to: [{ number: '9876543210' }],
        body: { type: 'auto', content: 'Fallback' },
        allowedChannels: ['Facebook Messenger'],
        richContent: {
          conversation: [
            {
              carousel: {
                cards: Array.from({ length: 10 }, (_, i) => ({
                  header: `H${i}`.padEnd(80, 'h'),
                  text: `T${i}`.padEnd(80, 't'),
                  media: { mediaName: `p${i}.png`, mediaUri: `https://www.example.com/images/product-${i}.png`, mimeType: 'image/png' },
                  suggestions: Array.from({ length: 3 }, (_, k) => ({ action: 'Reply', label: `L${i}${k}`.padEnd(20, 'l'), postbackdata: `P${i}${k}` })),
                })),
              },
              suggestions: Array.from({ length: 13 }, (_, k) => ({ action: 'Reply', label: `Q${k}`.padEnd(20, 'q'), postbackdata: `QR_${k}` })),
            },
          ],
        },
      },
    ],
  },
};

describe('share links', () => {
  it('carry a design and its name, exactly, in value and key order', async () => {
    for (const e of examples) {
      const withoutToken = JSON.parse(JSON.stringify(e.request).replace('"Your product token"', '""'));
      const decoded = await decodeShare('#' + (await encodeShare(e.title, e.request)));
      expect(decoded).toEqual({ ok: true, name: e.title, doc: withoutToken });
      expect(JSON.stringify(decoded && decoded.ok && decoded.doc)).toBe(JSON.stringify(withoutToken));
    }
  });

  it('never carry the product token', async () => {
    const fragment = await encodeShare('Big', largest);
    const decoded = await decodeShare(fragment);
    expect(JSON.stringify(decoded)).not.toContain('secret-token');
  });

  it('stay short for the largest legal message (measured: under 2,000 characters)', async () => {
    const fragment = await encodeShare('Largest legal message', largest);
    expect(fragment.length).toBeLessThan(2000);
  });

  it('say clearly when a link is cut off or damaged', async () => {
    const fragment = await encodeShare('x', largest);
    const cut = await decodeShare(fragment.slice(0, Math.floor(fragment.length / 2)));
    expect(cut).toMatchObject({ ok: false, error: expect.stringMatching(/damaged or cut off/) });
    expect(await decodeShare('#share=2.%%%')).toMatchObject({ ok: false });
    expect(await decodeShare('#share=2')).toMatchObject({ ok: false, error: expect.stringMatching(/incomplete/) });
    expect(await decodeShare('#share=9.abc')).toMatchObject({ ok: false, error: expect.stringMatching(/another version/) });
  });

  it('ignore fragments that are not share links', async () => {
    expect(await decodeShare('#section-2')).toBeNull();
    expect(await decodeShare('')).toBeNull();
  });
});

/** A link of our format around any bytes, packed as the designer packs them. */
const linkOf = (bytes: Uint8Array) => `#share=2.${Buffer.from(bytes).toString('base64url')}`;
const packed = (json: string, level = 6) => new Uint8Array(deflateRawSync(Buffer.from(json), { level }));

describe('share links that are not designs (issue 16, F2)', () => {
  // 50 MB of spaces inside a JSON string: about 49 kB packed, a 65 kB link.
  const bomb = packed(`{"name":"x","doc":{"messages":{},"pad":"${' '.repeat(50_000_000)}"}}`, 9);

  it('a small link that unpacks to 50 MB is refused as too large, reading little more than the cap', async () => {
    expect(linkOf(bomb).length).toBeLessThan(70_000);
    const inflated = await inflateCapped(bomb);
    expect(inflated).toMatchObject({ ok: false, reason: 'too-large' });
    expect(inflated.pulled).toBeGreaterThan(MAX_SHARE_JSON_BYTES);
    expect(inflated.pulled).toBeLessThan(2 * 1024 * 1024);
    const decoded = await decodeShare(linkOf(bomb));
    expect(decoded).toMatchObject({ ok: false, error: expect.stringMatching(/unpacks to more than 1 MB/) });
  });

  it('a design up to the cap still opens', async () => {
    const json = JSON.stringify({ name: 'Big', doc: { messages: { pad: 'x'.repeat(MAX_SHARE_JSON_BYTES - 100) } } });
    expect(json.length).toBeLessThanOrEqual(MAX_SHARE_JSON_BYTES);
    const decoded = await decodeShare(linkOf(packed(json)));
    expect(decoded).toMatchObject({ ok: true, name: 'Big' });
  });

  it.each([
    ['a number', '{"doc": 5}'],
    ['no messages', '{"name": "x", "doc": {"hello": "world"}}'],
    ['messages that are not an object', '{"doc": {"messages": [1, 2]}}'],
    ['no doc', '{"name": "x"}'],
    ['an array', '[{"doc": {"messages": {}}}]'],
  ])('a link whose design is %s is refused', async (_what, json) => {
    expect(await decodeShare(linkOf(packed(json)))).toMatchObject({ ok: false, error: expect.stringMatching(/does not hold a design/) });
  });

  it('a request with keys in another letter case is a design', async () => {
    expect(await decodeShare(linkOf(packed('{"doc": {"Messages": {"msg": []}}}')))).toMatchObject({ ok: true, doc: { Messages: { msg: [] } } });
  });

  it('damaged data is still reported as damaged', async () => {
    const good = packed(JSON.stringify({ name: 'x', doc: { messages: {} } }));
    expect(await inflateCapped(good.subarray(0, good.length - 3))).toMatchObject({ ok: false, reason: 'damaged' });
  });
});
