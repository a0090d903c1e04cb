/** What the webhook panel shows for a tap or for the delivery notification (shapes: WEBHOOKS.md). */
import type { Tap } from './taps';
import { deliveryReport, inboundReply, optInEvent, type Parties } from './webhooks';

export interface PanelEvent {
  /** Which webhook receives it, or why none does. */
  title: string;
  description: string;
  /** The JSON body the webhook receives; absent when the tap reaches no webhook. */
  body?: unknown;
}

/** The webhook payload (or the absence of one) for what the end user tapped. */
export function eventForTap(tap: Tap, parties: Parties, at: Date): PanelEvent {
  switch (tap.kind) {
    case 'quick_reply':
      return {
        title: 'Inbound message webhook',
        description: `The end user tapped the quick reply “${tap.title}”.`,
        body: inboundReply(parties, tap.title, tap.payload, at),
      };
    case 'postback':
      return {
        title: 'Inbound message webhook',
        description: `The end user tapped the button “${tap.title}”.`,
        body: inboundReply(parties, tap.title, tap.payload, at),
      };
    case 'optin':
      return {
        title: 'Inbound event webhook',
        description: `The end user accepted the opt-in request “${tap.title}” (payload ${tap.payload}). Use the notificationToken as the recipient of marketing messages.`,
        body: optInEvent(parties, at),
      };
    case 'phone':
      return {
        title: 'No webhook',
        description: `The button “${tap.title}” opens the phone app to call ${tap.number || '(no number)'}; nothing is sent back.`,
      };
    case 'account':
      return {
        title: 'No CM.com webhook',
        description: tap.link
          ? `Log In opens ${tap.url || '(no URL)'} for account linking; WEBHOOKS.md documents no inbound message for it.`
          : 'Log Out unlinks the account; WEBHOOKS.md documents no inbound message for it.',
      };
    case 'blocked_url':
      return {
        title: 'Link not opened',
        description: `The button “${tap.title}” points at “${tap.url}”, which is not an absolute http(s) URL: the preview does not open it.`,
      };
  }
}

/** The status report of the last message. */
export function deliveryEvent(recipient: string, at: Date): PanelEvent {
  return {
    title: 'Status report webhook',
    description: 'Sent when the last message reaches the Facebook Messenger platform (status code 2: delivered).',
    body: deliveryReport(recipient, at),
  };
}
