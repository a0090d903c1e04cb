/**
 * What the integration receives back from CM.com (shared/spec/WEBHOOKS.md): the inbound
 * message of a tapped quick reply or postback button, the opt-in event, the status report.
 * Values CM.com fills in and the preview cannot know are shown as <placeholders>.
 */

export const CHANNEL = 'Facebook Messenger';

/** Who the end user is in an inbound webhook: the PSID the message went to, when it went to one. */
export interface Parties {
  pageId: string;
  /** The end user's PSID, or undefined when the message went to a notification token. */
  psid: string | undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "2026-11-25 10:00:00" in local time, as CM.com's `time`. */
export function localTime(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** "2026-11-25T09:00:00" in UTC, as CM.com's `timeUtc`. */
export function utcTime(d: Date): string {
  return d.toISOString().slice(0, 19);
}

const psidOf = (p: Parties) => p.psid ?? "<end user's PSID>";

/** The inbound message when the end user taps a quick reply or a postback button. */
export function inboundReply(p: Parties, label: string, postbackData: string, at: Date) {
  return {
    reference: '<set by CM.com>',
    messageContext: '<set by CM.com>',
    from: { number: psidOf(p), name: "<end user's name>" },
    to: { number: p.pageId },
    message: {
      text: label,
      custom: { suggestions: [{ action: 'Reply', postbackData }] },
    },
    groupings: ['', '', ''],
    time: localTime(at),
    timeUtc: utcTime(at),
    channel: CHANNEL,
  };
}

/** The event when the end user accepts a marketing-message opt-in request. */
export function optInEvent(p: Parties, at: Date) {
  return {
    reference: '<set by CM.com>',
    messageContext: '<set by CM.com>',
    from: { number: psidOf(p) },
    to: { number: p.pageId },
    event: {
      type: 'OptInSubscribed',
      reference: '<set by CM.com>',
      custom: { notificationToken: '<token to use as recipient>', tokenExpiry: '<set by Meta>' },
    },
    timeUtc: utcTime(at),
    channel: CHANNEL,
  };
}

/** The status report sent to the status report webhook once the message reaches Messenger. */
export function deliveryReport(recipient: string, at: Date) {
  return {
    messages: {
      msg: {
        received: utcTime(at),
        to: recipient,
        reference: '<your reference>',
        status: { code: '2', errorCode: '', errorDescription: '' },
        operator: '<set by CM.com>',
      },
    },
  };
}
