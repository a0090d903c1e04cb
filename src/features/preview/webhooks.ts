/**
 * What the integration receives back from CM.com (docs/WEBHOOKS.md): the inbound messages
 * of the end user (typed text, a sent file, a tapped quick reply or postback button), the
 * opt-in event and the status reports (JSON or XML). Only documented fields; values CM.com
 * fills in and the preview cannot know are shown as <placeholders>.
 *
 * Pure TypeScript (no React, no DOM): loaded with the webhook panel's chunk.
 */
import { MESSENGER_CHANNEL } from '../../core';
import { mimeTypeOfUrl, type Refusal } from '../../core/refusals';

/** The channel CM.com names in inbound messages and status reports: the one allowedChannels names. */
export const CHANNEL = MESSENGER_CHANNEL;

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

/** The envelope of every inbound message (CM.com's "Incoming Messages"), around its `message`. */
function inbound<M>(p: Parties, message: M, at: Date) {
  return {
    reference: '<set by CM.com>',
    messageContext: '<set by CM.com>',
    from: { number: psidOf(p), name: "<end user's name>" },
    to: { number: p.pageId },
    message,
    groupings: ['', '', ''],
    time: localTime(at),
    timeUtc: utcTime(at),
    channel: CHANNEL,
  };
}

/** The inbound message when the end user taps a quick reply or a postback button. */
export function inboundReply(p: Parties, label: string, postbackData: string, at: Date) {
  return inbound(p, { text: label, custom: { suggestions: [{ action: 'Reply', postbackData }] } }, at);
}

/** The inbound message when the end user types a text and sends it. */
export function inboundText(p: Parties, text: string, at: Date) {
  return inbound(p, { text }, at);
}

/** What the end user sends as a file: Messenger's attachment kinds a user can pick. */
export type InboundMediaKind = 'image' | 'video' | 'document';

/** Said in `contentType` when the URL's extension names no type the designer knows: CM.com sets it from the file. */
export const CONTENT_TYPE_UNKNOWN = '<set by CM.com from the file>';

/**
 * The content type of a file the end user sends, from its URL's extension (the core's
 * media table: png, jpg, gif, mp4, mov, webm, pdf and the others), or CONTENT_TYPE_UNKNOWN.
 */
export function contentTypeOf(url: string): string {
  return mimeTypeOfUrl(url) ?? CONTENT_TYPE_UNKNOWN;
}

/** The file's name: the last segment of the URL's path, else the URL. */
export function fileTitle(url: string): string {
  const path = url.split(/[?#]/)[0]!.replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/]*/, '');
  const last = path.split('/').filter(Boolean).pop();
  try {
    return last ? decodeURIComponent(last) : url;
  } catch {
    return last ?? url;
  }
}

/** The inbound message when the end user sends an image, a video or a document (by its URL). */
export function inboundMedia(p: Parties, url: string, at: Date) {
  return inbound(p, { media: { mediaUri: url, contentType: contentTypeOf(url), title: fileTitle(url) } }, at);
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

/**
 * Status codes of CM.com's status reports that the designer uses. `2` (delivered) is what the
 * designer has shown since the first webhook panel; `3` (failed) follows CM.com's status table.
 * The excerpts of CM.com's page the team could retrieve end before that table: docs/WEBHOOKS.md
 * says so, and the Webhooks panel says which values to check.
 */
export const STATUS_CODE = { delivered: '2', failed: '3' } as const;

/** Said in `errorCode` of a failed report: CM.com's standard error number, which the designer cannot know. */
export const ERROR_CODE_UNKNOWN = '<set by CM.com>';

/** One status report, whatever its format. */
export interface StatusReport {
  /** When CM.com registered the status ([CREATED_S]). */
  received: string;
  /** The recipient the message went to ([GSM]: for Messenger, the PSID or the notification token). */
  to: string;
  /** The `reference` of the msg entry, or '' when it has none. */
  reference: string;
  status: { code: string; errorCode: string; errorDescription: string };
}

/** The error description of a failed report: the core's rule code and why. */
export function failureDescription(r: Refusal): string {
  return `${r.code}: ${r.message}`;
}

/** The status report of one Send API message: delivered, or failed with why. */
export function statusReport(recipient: string, reference: string, refused: Refusal | undefined, at: Date): StatusReport {
  return {
    received: utcTime(at),
    to: recipient,
    reference,
    status: refused
      ? { code: STATUS_CODE.failed, errorCode: ERROR_CODE_UNKNOWN, errorDescription: failureDescription(refused) }
      : { code: STATUS_CODE.delivered, errorCode: '', errorDescription: '' },
  };
}

/** The report in CM.com's JSON status-report format. */
export function statusJson(r: StatusReport) {
  return {
    messages: {
      msg: {
        received: r.received,
        to: r.to,
        reference: r.reference,
        status: { ...r.status },
        operator: '<set by CM.com>',
      },
    },
  };
}

/**
 * Escapes text for XML content and attribute values: the five special characters, and the
 * characters XML 1.0 does not allow at all (control characters, lone surrogates) as U+FFFD.
 */
export function escapeXml(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex -- finding the control characters XML 1.0 forbids is the point
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The report in CM.com's XML status-report format (its documented elements, no more). */
export function statusXml(r: StatusReport): string {
  const x = escapeXml;
  return [
    '<MESSAGES>',
    `  <MSG RECEIVED="${x(r.received)}">`,
    `    <TO>${x(r.to)}</TO>`,
    `    <REFERENCE>${x(r.reference)}</REFERENCE>`,
    '    <STATUS>',
    `      <CODE>${x(r.status.code)}</CODE>`,
    `      <ERRORCODE>${x(r.status.errorCode)}</ERRORCODE>`,
    `      <ERRORDESCRIPTION>${x(r.status.errorDescription)}</ERRORDESCRIPTION>`,
    '    </STATUS>',
    '  </MSG>',
    '</MESSAGES>',
  ].join('\n');
}
