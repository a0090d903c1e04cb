/**
 * The JSON Schema of a CM Business Messaging request, as far as Messenger reads it.
 * Keys are in their canonical spelling; the core matches them case-insensitively
 * (see canonical.ts) before validating. Only shape is checked here (types,
 * required fields, non-empty arrays); limits and enumerations are rules.
 * The same schema feeds the JSON editor's completion and hover.
 */

const str = (description: string) => ({ type: 'string', description }) as const;

export const REQUEST_SCHEMA = {
  $id: 'https://messenger-designer.local/cm-request.schema.json',
  title: 'CM Business Messaging request',
  type: 'object',
  required: ['messages'],
  properties: {
    messages: {
      type: 'object',
      description: 'The envelope of one request to the CM Business Messaging API.',
      required: ['msg'],
      properties: {
        authentication: {
          type: 'object',
          description: 'Authentication; the product token may go in the X-CM-PRODUCTTOKEN header instead.',
          properties: {
            producttoken: str('Your CM.com product token (a secret).'),
          },
        },
        msg: {
          type: 'array',
          minItems: 1,
          description: 'The messages to send; each is designed on its own.',
          items: { $ref: '#/definitions/msg' },
        },
      },
    },
  },
  definitions: {
    msg: {
      type: 'object',
      description: 'One message, sent to each recipient in `to`.',
      required: ['from', 'to', 'body'],
      properties: {
        from: str('Your Facebook Page ID.'),
        to: {
          type: 'array',
          minItems: 1,
          description: 'Recipients: a PSID each, or a notification token for marketing messages.',
          items: {
            type: 'object',
            required: ['number'],
            properties: {
              number: str('The recipient’s Page-scoped user ID (PSID), or a notification token.'),
            },
          },
        },
        body: {
          type: 'object',
          description: 'The plain message; with richContent, only the fallback for other channels.',
          properties: {
            type: str('Body type, e.g. "auto".'),
            content: str('The text sent when there is no rich content (at most 2000 characters on Messenger).'),
          },
        },
        reference: str('Your reference: CM returns it in the status reports.'),
        allowedChannels: {
          type: 'array',
          description: 'Channels the message may go through; must include "Facebook Messenger".',
          items: { type: 'string' },
        },
        richContent: {
          type: 'object',
          description: 'Rich content: the conversation items that Messenger turns into templates.',
          properties: {
            conversation: {
              type: 'array',
              description: 'Conversation items, each resolved to one or more Messenger messages.',
              items: { $ref: '#/definitions/item' },
            },
            suggestions: {
              type: 'array',
              description:
                'Message-level suggestions, where CM’s SDKs write them: Messenger does not send these (suggestions/message-level). Move them into the conversation item they belong to.',
              items: { $ref: '#/definitions/suggestion' },
            },
          },
        },
      },
    },
    item: {
      type: 'object',
      description: 'One conversation item: its text, header, media and suggestions decide the template.',
      properties: {
        text: str('Text: a text message, or the subtitle of a generic template (at most 80 characters there).'),
        header: str('Header: the title of a generic template (80) or the text of a button template (640).'),
        media: { $ref: '#/definitions/media' },
        suggestions: {
          type: 'array',
          description: 'Suggestions: buttons or quick replies, products, or an opt-in request.',
          items: { $ref: '#/definitions/suggestion' },
        },
        carousel: {
          type: 'object',
          description: 'A rich card (one card) or a carousel of up to 10 cards.',
          properties: {
            cards: {
              type: 'array',
              description: 'The cards: one card is a single template, 2 to 10 a carousel.',
              items: { $ref: '#/definitions/card' },
            },
          },
        },
        tag: str('Message tag: HUMAN_AGENT or NOTIFICATION_MESSAGE (other tags are retired by Meta).'),
      },
    },
    card: {
      type: 'object',
      description: 'A rich card.',
      properties: {
        header: str('The card’s title (at most 80 characters).'),
        text: str('The card’s subtitle (at most 80 characters).'),
        media: { $ref: '#/definitions/media' },
        suggestions: {
          type: 'array',
          description: 'The card’s buttons (at most 3, else they all become quick replies).',
          items: { $ref: '#/definitions/suggestion' },
        },
      },
    },
    media: {
      type: 'object',
      description: 'A media file: image, video, audio or document.',
      properties: {
        mediaName: str('File name, ending in the extension of its type (e.g. logo.png).'),
        mediaUri: str('Absolute http(s) URL of the file.'),
        mimeType: str('MIME type, e.g. image/png, video/mp4, audio/mp4, application/pdf.'),
      },
    },
    suggestion: {
      type: 'object',
      description: 'A suggestion: Reply, OpenUrl, Dial, Login, Logout, ViewProduct or optin.',
      properties: {
        action: str('Reply, OpenUrl, Dial, Login, Logout, ViewProduct or optin (any letter case).'),
        label: str('Button or quick-reply title (at most 20 characters; 65 for an opt-in title).'),
        postbackdata: str('Payload your webhook receives when tapped (at most 1000 characters).'),
        url: str('Absolute http(s) URL for OpenUrl; https for Login.'),
        dial: {
          type: 'object',
          description: 'The phone number a Dial button calls.',
          properties: { phoneNumber: str('+ followed by 7 to 15 digits.') },
        },
        product: {
          type: 'object',
          description: 'A product of the Page’s catalog.',
          properties: { id: str('The product id in the Facebook catalog.') },
        },
        media: { $ref: '#/definitions/media' },
        optin: {
          type: 'object',
          description: 'Marketing-message opt-in settings.',
          properties: {
            frequency: str('DAILY (required).'),
            reoptin: { type: 'boolean', description: 'Whether Messenger asks again when the subscription ends.' },
            timezone: str('IANA time zone, default UTC.'),
          },
        },
      },
    },
  },
} as const;

/** A node of the schema, as far as the core walks it. */
export interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  $ref?: string;
}

/** Resolves a local `$ref` of REQUEST_SCHEMA. */
export function resolveSchemaNode(node: SchemaNode): SchemaNode {
  if (node.$ref && node.$ref.startsWith('#/definitions/')) {
    const name = node.$ref.slice('#/definitions/'.length);
    const defs = REQUEST_SCHEMA.definitions as unknown as Record<string, SchemaNode>;
    return defs[name] ?? node;
  }
  return node;
}
