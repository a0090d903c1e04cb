/**
 * Starting points worth having beside the documentation's examples. Each is a
 * complete request that the core finds free of errors (a test holds them to it).
 */

const IMG = 'https://www.cm.com/cdn/cm/cm.png';

const envelope = (conversation: unknown[], extra: Record<string, unknown> = {}) => ({
  messages: {
    authentication: { producttoken: '' },
    msg: [
      {
        from: 'Your Page ID',
        to: [{ number: 'Recipients PSID' }],
        body: { type: 'auto', content: 'Fallback text for other channels' },
        allowedChannels: ['Facebook Messenger'],
        ...extra,
        richContent: { conversation },
      },
    ],
  },
});

const media = (name: string) => ({ mediaName: name, mediaUri: IMG, mimeType: 'image/png' });

export interface Starter {
  id: string;
  title: string;
  description: string;
  request: unknown;
}

export const STARTERS: readonly Starter[] = [
  {
    id: 'ten-card-carousel',
    title: '10-card carousel',
    description: 'The most cards a carousel takes, each with an image and two buttons.',
    request: envelope([
      {
        carousel: {
          cards: Array.from({ length: 10 }, (_, i) => ({
            header: `Product ${i + 1}`,
            text: `Short description of product ${i + 1}`,
            media: media(`product-${i + 1}.png`),
            suggestions: [
              { action: 'Reply', label: 'Add to cart', postbackdata: `ADD_${i + 1}` },
              { action: 'OpenUrl', label: 'Details', url: `https://www.example.com/products/${i + 1}` },
            ],
          })),
        },
      },
    ]),
  },
  {
    id: 'product-carousel',
    title: 'Product carousel',
    description: 'Products from the Page’s Facebook catalog, one card each.',
    request: envelope([
      {
        carousel: {
          cards: ['FB_tshirt_001', 'FB_tshirt_002', 'FB_tshirt_003', 'FB_tshirt_004'].map((id) => ({
            suggestions: [{ action: 'ViewProduct', product: { id } }],
          })),
        },
      },
    ]),
  },
  {
    id: 'every-button-kind',
    title: 'Every button kind',
    description: 'Reply, Open URL and Dial on one card; Log in and Log out on the next.',
    request: envelope([
      {
        carousel: {
          cards: [
            {
              header: 'How can we help?',
              text: 'Pick an option below',
              media: media('help.png'),
              suggestions: [
                { action: 'Reply', label: 'Talk to sales', postbackdata: 'SALES' },
                { action: 'OpenUrl', label: 'Visit CM.com', url: 'https://www.cm.com/' },
                { action: 'Dial', label: 'Call us', dial: { phoneNumber: '+31761234567' } },
              ],
            },
            {
              header: 'Your account',
              text: 'Link or unlink your account',
              suggestions: [
                { action: 'Login', url: 'https://www.example.com/login' },
                { action: 'Logout' },
              ],
            },
          ],
        },
      },
    ]),
  },
  {
    id: 'quick-reply-survey',
    title: 'Quick-reply survey',
    description: 'A question with five answers as quick replies.',
    request: envelope([
      {
        text: 'How would you rate your experience with us today?',
        suggestions: [
          ['Excellent', 'RATE_5'],
          ['Good', 'RATE_4'],
          ['Okay', 'RATE_3'],
          ['Poor', 'RATE_2'],
          ['Very poor', 'RATE_1'],
        ].map(([label, postbackdata]) => ({ action: 'Reply', label, postbackdata })),
      },
    ]),
  },
  {
    id: 'optin-request',
    title: 'Opt-in request',
    description: 'Asks the user to receive daily marketing messages, in their time zone.',
    request: envelope([
      {
        suggestions: [
          {
            action: 'optin',
            label: 'Get our weekly deals',
            postbackdata: 'DEALS_OPT_IN',
            media: media('deals.png'),
            optin: { frequency: 'DAILY', reoptin: true, timezone: 'Europe/Amsterdam' },
          },
        ],
      },
    ]),
  },
  {
    id: 'marketing-notification',
    title: 'Marketing notification',
    description: 'A generic card sent to a notification token with NOTIFICATION_MESSAGE.',
    request: {
      messages: {
        authentication: { producttoken: '' },
        msg: [
          {
            from: 'Your Page ID',
            to: [{ number: 'The notification token of the user' }],
            body: { type: 'auto', content: '' },
            allowedChannels: ['Facebook Messenger'],
            richContent: {
              conversation: [
                {
                  tag: 'NOTIFICATION_MESSAGE',
                  header: 'This week’s deals are here',
                  text: 'Up to 30% off selected items',
                  media: media('deals.png'),
                  suggestions: [{ action: 'OpenUrl', label: 'Shop now', url: 'https://www.example.com/deals' }],
                },
              ],
            },
          },
        ],
      },
    },
  },
  {
    id: 'human-agent-reply',
    title: 'Human-agent reply',
    description: 'An agent’s answer within 7 days of the user’s message (HUMAN_AGENT).',
    request: envelope([
      {
        tag: 'HUMAN_AGENT',
        text: 'Hi, this is Sam from customer care. I have looked into your question and your refund is on its way.',
        suggestions: [
          { action: 'Reply', label: 'Thanks!', postbackdata: 'THANKS' },
          { action: 'Reply', label: 'I have a question', postbackdata: 'QUESTION' },
        ],
      },
    ]),
  },
  {
    id: 'text-and-media',
    title: 'Text and media',
    description: 'A text, then an image: two messages, the text first.',
    request: envelope([{ text: 'Here is your boarding pass.', media: media('boarding-pass.png') }]),
  },
];
