/**
 * What the Webhooks panel shows (shapes: docs/WEBHOOKS.md): the payload of a tap, of what the
 * end user types or sends, and the status reports of a simulated send, as a timeline; and the
 * fixtures file made of it. Pure TypeScript: loaded as its own chunk after the preview shows.
 */
import type { Diagnostic, MessageReport, SendApiBody } from '../../core';
import { sendOutcomes } from '../../core/refusals';
import type { NewUserMessage, UserMessage } from './EndUserComposer';
import type { Tap } from './taps';
import {
  CHANNEL,
  contentTypeOf,
  inboundMedia,
  inboundReply,
  inboundText,
  optInEvent,
  statusJson,
  statusReport,
  statusXml,
  STATUS_CODE,
  utcTime,
  type InboundMediaKind,
  type Parties,
} from './webhooks';

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

/** The labels of the fixtures file: which webhook receives the payload, and what it is. */
export type FixtureKind = 'outbound.send' | 'inbound.text' | 'inbound.media' | 'inbound.suggestion' | 'event.optin' | 'status.delivered' | 'status.failed';

/** One entry of the Webhooks panel's timeline. */
export interface TimelineEntry {
  /** Unique within a timeline, in order. */
  id: number;
  kind: FixtureKind;
  title: string;
  description: string;
  /** The JSON body: the Send API body (outbound), the inbound webhook's, or the JSON status report. */
  payload: unknown;
  /** For a status report: the same report in CM.com's XML format. */
  xml?: string;
}

/** A timeline entry before it gets its id. */
export type NewEntry = Omit<TimelineEntry, 'id'>;

/** The timeline entry of a tap that reaches a webhook (quick reply, postback button, opt-in), else null. */
export function entryForTap(tap: Tap, parties: Parties, at: Date): NewEntry | null {
  const e = eventForTap(tap, parties, at);
  if (e.body === undefined) return null;
  return { kind: tap.kind === 'optin' ? 'event.optin' : 'inbound.suggestion', title: e.title, description: e.description, payload: e.body };
}

/** The timeline entry of a text the end user typed and sent. */
export function entryForText(text: string, parties: Parties, at: Date): NewEntry {
  return {
    kind: 'inbound.text',
    title: 'Inbound message webhook',
    description: `The end user sent the text “${text}”.`,
    payload: inboundText(parties, text, at),
  };
}

const MEDIA_NOUN: Record<InboundMediaKind, string> = { image: 'an image', video: 'a video', document: 'a document' };

/** The timeline entry of a file the end user sent by URL. */
export function entryForMedia(kind: InboundMediaKind, url: string, parties: Parties, at: Date): NewEntry {
  const type = contentTypeOf(url);
  return {
    kind: 'inbound.media',
    title: 'Inbound message webhook',
    description: `The end user sent ${MEDIA_NOUN[kind]}: ${url}${type.startsWith('<') ? ' (its extension names no type the designer knows: CM.com sets contentType from the file).' : ` (${type}).`} Downloading it needs the X-CM-PRODUCTTOKEN header.`,
    payload: inboundMedia(parties, url, at),
  };
}

/** What a Send API message is, in a few words, for the timeline. */
function describeSend(body: SendApiBody): string {
  const m = body.message;
  const attachment = m.attachment as { type?: string; payload?: { template_type?: string } } | undefined;
  const what = typeof m.text === 'string' ? 'text' : attachment?.type === 'template' ? `${attachment.payload?.template_type ?? ''} template` : (attachment?.type ?? 'message');
  const to = 'notification_messages_token' in body.recipient ? 'the notification token' : 'the PSID';
  return `${what} to ${to}${body.tag ? ` (tag ${body.tag})` : ''}`;
}

/** What a simulated send needs: the msg entry's report, the diagnostics of the request, its reference. */
export interface SendInput {
  message: MessageReport;
  diagnostics: readonly Diagnostic[];
  reference: string;
}

/**
 * A simulated send of one msg entry: each Send API message (outbound) followed by its
 * status report, in the order CM.com sends them; a message Messenger would refuse (the
 * core's error within its item, a retired tag, a marketing message beyond the first per
 * day) gets a failed report naming the rule code and why; the others are delivered.
 */
export function entriesForSend({ message, diagnostics, reference }: SendInput, at: Date): NewEntry[] {
  const outcomes = sendOutcomes(message, diagnostics);
  const total = outcomes.length;
  const entries: NewEntry[] = [];
  outcomes.forEach((o, k) => {
    const n = `${k + 1} of ${total}`;
    entries.push({
      kind: 'outbound.send',
      title: `Send API message ${n}`,
      description: `CM.com sends item ${o.item + 1}'s ${describeSend(o.body)} to Messenger.`,
      payload: o.body,
    });
    // One second apart, in send order, so that the reports sort as they were sent.
    const report = statusReport(message.recipient, reference, o.refused, new Date(at.getTime() + k * 1000));
    entries.push({
      kind: o.refused ? 'status.failed' : 'status.delivered',
      title: `Status report ${n}: ${o.refused ? 'failed' : 'delivered'}`,
      description: o.refused
        ? `Messenger would refuse this message (status code ${STATUS_CODE.failed}): ${o.refused.code}. ${o.refused.message}`
        : `The message reaches the Facebook Messenger platform (status code ${STATUS_CODE.delivered}: delivered).`,
      payload: statusJson(report),
      xml: statusXml(report),
    });
  });
  return entries;
}

/** The fixtures file: every payload of the timeline, labelled by kind, in order. */
export function fixturesFile(entries: readonly TimelineEntry[], at: Date) {
  return {
    generator: 'Messenger Designer',
    channel: CHANNEL,
    created: utcTime(at),
    note: 'Payloads as CM.com documents them; <placeholders> stand for values CM.com sets. A status report is given in JSON (payload) and XML (xml).',
    entries: entries.map((e) => ({ kind: e.kind, title: e.title, description: e.description, payload: e.payload, ...(e.xml !== undefined ? { xml: e.xml } : {}) })),
  };
}

/** The conversation both ways in the preview: the Webhooks panel's timeline and what the end user sent. */
export interface Talk {
  timeline: TimelineEntry[];
  /** What the end user sent, in order. */
  user: UserMessage[];
  /** Entries from this id on are the newest batch (shown expanded). */
  newestFrom: number;
  /** The next id to give. */
  next: number;
  /** Why the last tap reached no webhook, if it did not. */
  note: string | null;
  /** Whether the last simulated send's last message was delivered (null: nothing simulated). */
  lastDelivered: boolean | null;
}

/** The latest props of the preview, read when the end user acts (refs keep the handlers stable). */
export interface TalkContext {
  pageId: string;
  recipient: string;
  sendInput: (() => SendInput | null | Promise<SendInput | null>) | undefined;
}

const QUIET: Talk = { timeline: [], user: [], newestFrom: 0, next: 0, note: null, lastDelivered: null };

/** The talk with entries (and what the end user sent) added as the newest batch. */
export function appendTalk(talk: Talk | null, entries: readonly NewEntry[], user?: NewUserMessage, delivered?: boolean): Talk {
  const t = talk ?? QUIET;
  let next = t.next;
  const added = entries.map((e) => ({ ...e, id: next++ }));
  return {
    timeline: [...t.timeline, ...added],
    user: user ? [...t.user, { ...user, id: next++ }] : t.user,
    newestFrom: t.next,
    next,
    note: null,
    lastDelivered: delivered ?? t.lastDelivered,
  };
}

/** The talk after a tap: its payload added, or a note saying why it reaches no webhook. */
export function tapTalk(talk: Talk | null, tap: Tap, parties: Parties, at: Date): Talk {
  const entry = entryForTap(tap, parties, at);
  if (entry) return appendTalk(talk, [entry]);
  const e = eventForTap(tap, parties, at);
  return { ...(talk ?? QUIET), note: `${e.title}: ${e.description}` };
}

/** The talk after a simulated send of the msg entry as it stands. */
export function sendTalk(talk: Talk | null, input: SendInput, at: Date): Talk {
  const entries = entriesForSend(input, at);
  const last = entries[entries.length - 1];
  return appendTalk(talk, entries, undefined, last ? last.kind === 'status.delivered' : undefined);
}
