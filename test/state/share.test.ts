import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from '../../src/state/share';
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
