/**
 * Reads the core's Send API bodies (RULES.md 2.5) into shapes the preview can draw.
 * Nothing here decides what is sent: it only reads what the core already built.
 */
import { isObject } from '../../core';
import type { SendApiBody } from '../../core';

export type AttachmentType = 'image' | 'video' | 'audio' | 'file';

export type ButtonModel =
  | { type: 'postback'; title: string; payload: string }
  | { type: 'web_url'; title: string; url: string }
  | { type: 'phone_number'; title: string; payload: string }
  | { type: 'account_link'; url: string }
  | { type: 'account_unlink' }
  | { type: 'other'; title: string; raw: string };

export interface QuickReplyModel {
  title: string;
  payload: string;
  imageUrl?: string;
}

export interface GenericElementModel {
  title: string;
  subtitle?: string;
  imageUrl?: string;
  buttons: ButtonModel[];
}

export type MessageModel =
  | { kind: 'text'; text: string }
  | { kind: 'attachment'; type: AttachmentType; url: string }
  | { kind: 'button_template'; text: string; buttons: ButtonModel[] }
  | { kind: 'generic_template'; elements: GenericElementModel[] }
  | { kind: 'media_template'; mediaType: 'image' | 'video'; url: string; buttons: ButtonModel[] }
  | { kind: 'product_template'; productIds: string[] }
  | {
      kind: 'optin_request';
      title: string;
      imageUrl?: string;
      payload: string;
      timezone?: string;
      reoptin?: string;
    }
  | { kind: 'unknown'; json: string };

/** The tag a send travels with: a message tag, a marketing message (notification token), or none. */
export type SendTag = { kind: 'tag'; name: string } | { kind: 'notification' } | { kind: 'none' };

export interface SendModel {
  message: MessageModel;
  quickReplies: QuickReplyModel[];
  tag: SendTag;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function readButton(v: unknown): ButtonModel {
  if (!isObject(v)) return { type: 'other', title: '', raw: JSON.stringify(v) };
  const title = str(v.title) ?? '';
  switch (v.type) {
    case 'postback':
      return { type: 'postback', title, payload: str(v.payload) ?? '' };
    case 'web_url':
      return { type: 'web_url', title, url: str(v.url) ?? '' };
    case 'phone_number':
      return { type: 'phone_number', title, payload: str(v.payload) ?? '' };
    case 'account_link':
      return { type: 'account_link', url: str(v.url) ?? '' };
    case 'account_unlink':
      return { type: 'account_unlink' };
    default:
      return { type: 'other', title, raw: JSON.stringify(v) };
  }
}

function readQuickReply(v: unknown): QuickReplyModel | null {
  if (!isObject(v)) return null;
  const qr: QuickReplyModel = { title: str(v.title) ?? '', payload: str(v.payload) ?? '' };
  const image = str(v.image_url);
  if (image !== undefined) qr.imageUrl = image;
  return qr;
}

function readTemplate(payload: Record<string, unknown>, raw: unknown): MessageModel {
  switch (payload.template_type) {
    case 'button':
      return { kind: 'button_template', text: str(payload.text) ?? '', buttons: list(payload.buttons).map(readButton) };
    case 'generic':
      return {
        kind: 'generic_template',
        elements: list(payload.elements)
          .filter(isObject)
          .map((e) => {
            const element: GenericElementModel = { title: str(e.title) ?? '', buttons: list(e.buttons).map(readButton) };
            const subtitle = str(e.subtitle);
            const image = str(e.image_url);
            if (subtitle !== undefined) element.subtitle = subtitle;
            if (image !== undefined) element.imageUrl = image;
            return element;
          }),
      };
    case 'media': {
      const e = list(payload.elements).find(isObject) ?? {};
      return {
        kind: 'media_template',
        mediaType: e.media_type === 'video' ? 'video' : 'image',
        url: str(e.url) ?? '',
        buttons: list(e.buttons).map(readButton),
      };
    }
    case 'product':
      return {
        kind: 'product_template',
        productIds: list(payload.elements)
          .filter(isObject)
          .map((e) => str(e.id) ?? ''),
      };
    case 'notification_messages': {
      const m: MessageModel = { kind: 'optin_request', title: str(payload.title) ?? '', payload: str(payload.payload) ?? '' };
      const image = str(payload.image_url);
      const tz = str(payload.notification_messages_timezone);
      const reoptin = str(payload.notification_messages_reoptin);
      if (image !== undefined) m.imageUrl = image;
      if (tz !== undefined) m.timezone = tz;
      if (reoptin !== undefined) m.reoptin = reoptin;
      return m;
    }
    default:
      return { kind: 'unknown', json: JSON.stringify(raw, null, 2) };
  }
}

function readMessage(message: Record<string, unknown>): MessageModel {
  if (typeof message.text === 'string') return { kind: 'text', text: message.text };
  const attachment = message.attachment;
  if (isObject(attachment)) {
    const payload = isObject(attachment.payload) ? attachment.payload : {};
    if (attachment.type === 'template') return readTemplate(payload, message);
    if (attachment.type === 'image' || attachment.type === 'video' || attachment.type === 'audio' || attachment.type === 'file')
      return { kind: 'attachment', type: attachment.type, url: str(payload.url) ?? '' };
  }
  return { kind: 'unknown', json: JSON.stringify(message, null, 2) };
}

function readTag(send: SendApiBody): SendTag {
  if ('notification_messages_token' in send.recipient) return { kind: 'notification' };
  if (send.messaging_type === 'MESSAGE_TAG' && typeof send.tag === 'string') return { kind: 'tag', name: send.tag };
  return { kind: 'none' };
}

/** One Send API body as the preview draws it. */
export function readSend(send: SendApiBody): SendModel {
  const message = isObject(send.message) ? send.message : {};
  return {
    message: readMessage(message),
    quickReplies: list(message.quick_replies)
      .map(readQuickReply)
      .filter((q): q is QuickReplyModel => q !== null),
    tag: readTag(send),
  };
}

/** The last path segment of a URL, for a file's name ("cm-pdf.pdf"), or the URL itself. */
export function fileNameOf(url: string): string {
  const withoutQuery = url.split(/[?#]/)[0] ?? url;
  const segment = withoutQuery.split('/').filter(Boolean).pop();
  try {
    return segment ? decodeURIComponent(segment) : url;
  } catch {
    return segment ?? url;
  }
}
