/** The requests the benchmarks measure: typical, and the largest legal ones (issue 7). */

const pad = (s: string, n: number) => (s + ' lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor').repeat(4).slice(0, n);

const envelope = (conversation: unknown[]) => ({
  messages: {
    authentication: { producttoken: 'bench-token' },
    msg: [
      {
        from: '1234567890',
        to: [{ number: '9876543210' }],
        body: { type: 'auto', content: 'Fallback text' },
        allowedChannels: ['Facebook Messenger'],
        richContent: { conversation },
      },
    ],
  },
});

const quickReplies = Array.from({ length: 13 }, (_, k) => ({
  action: 'Reply',
  label: pad(`Answer ${k + 1}`, 20),
  postbackdata: `ANSWER_${k + 1}`,
}));

/** 10 full cards with 80-character fields and 3 buttons each, plus 13 quick replies. */
export const LARGEST_CAROUSEL = envelope([
  {
    carousel: {
      cards: Array.from({ length: 10 }, (_, i) => ({
        header: pad(`Card ${i + 1}`, 80),
        text: pad(`Description ${i + 1}`, 80),
        media: { mediaName: `product-${i + 1}.png`, mediaUri: `https://www.example.com/img/product-${i + 1}.png`, mimeType: 'image/png' },
        suggestions: [
          { action: 'Reply', label: pad(`Buy ${i + 1}`, 20), postbackdata: `BUY_${i + 1}` },
          { action: 'OpenUrl', label: pad(`Details ${i + 1}`, 20), url: `https://www.example.com/products/${i + 1}` },
          { action: 'Dial', label: pad(`Call ${i + 1}`, 20), dial: { phoneNumber: '+31761234567' } },
        ],
      })),
    },
    suggestions: quickReplies,
  },
]);

/** A 2000-character text with 13 quick replies. */
export const LARGEST_TEXT = envelope([{ text: pad('Dear customer,', 2000), suggestions: quickReplies }]);

/** A typical request: the documentation's carousel example. */
export const TYPICAL = envelope([
  {
    carousel: {
      cards: [
        {
          header: 'CM.com - Be part of it.',
          text: 'Want to know more about CM.com?',
          media: { mediaName: 'cm.png', mediaUri: 'https://www.cm.com/cdn/cm/cm.png', mimeType: 'image/png' },
          suggestions: [
            { action: 'REPLY', label: 'Give me more info', postbackdata: 'INFO' },
            { action: 'OPENURL', label: 'Visit CM.com', url: 'https://www.cm.com/' },
          ],
        },
        { header: 'Our logo!', media: { mediaName: 'cm.png', mediaUri: 'https://www.cm.com/cdn/cm/cm.png', mimeType: 'image/png' } },
      ],
    },
  },
]);
