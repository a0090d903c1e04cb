import { LIMITS } from './limits';
import { elementName, tooLong } from './names';
import { checkMedia, isMediaPresent } from './media';
import { join } from './pointer';
import { clip, isObject, str } from './text';
import { classifyUrl } from './url';
import type { Collector } from './diagnostics';
import type { SuggestionDelivery } from './types';

/** The actions Messenger knows, lower case; anything else is unsupported. */
export type Action = 'reply' | 'openurl' | 'dial' | 'login' | 'logout' | 'viewproduct' | 'optin';

/** Canonical spelling of each action, for messages. */
export const ACTION_NAMES: Record<Action, string> = {
  reply: 'Reply',
  openurl: 'OpenUrl',
  dial: 'Dial',
  login: 'Login',
  logout: 'Logout',
  viewproduct: 'ViewProduct',
  optin: 'optin',
};

/** A suggestion with where it stands in the request. */
export interface Sug {
  value: unknown;
  path: string;
  /** Its action, or null when missing or not one Messenger knows. */
  action: Action | null;
  /** How it goes out, once a rule has sent it (the first one that does). */
  as?: SuggestionDelivery;
  /** Set when it goes as a quick reply only because its place has more suggestions than buttons: that many buttons. */
  overflowOf?: number;
}

/** Reads the action of a suggestion, case-insensitively. */
export function actionOf(s: unknown): Action | null {
  if (!isObject(s) || typeof s.action !== 'string') return null;
  const a = s.action.trim().toLowerCase();
  // Own keys only: "constructor" or "__proto__" are no actions.
  return Object.prototype.hasOwnProperty.call(ACTION_NAMES, a) ? (a as Action) : null;
}

/** Lists the suggestions of an array with their paths; an absent or non-array value gives none. */
export function listSuggestions(arr: unknown, path: string): Sug[] {
  if (!Array.isArray(arr)) return [];
  return arr.map((value, i) => ({ value, path: join(path, i), action: actionOf(value) }));
}

/** The checks every suggestion gets, wherever it stands and however it is sent. */
export function checkSuggestion(s: Sug, c: Collector): void {
  if (!isObject(s.value)) return; // schema/type already
  const v = s.value;
  if (s.action === null) {
    if (v.action === undefined || typeof v.action === 'string') {
      const what = typeof v.action === 'string' ? `Action "${v.action}" is` : 'A suggestion without an action is';
      c.add(
        'suggestion/unsupported-action',
        typeof v.action === 'string' ? join(s.path, 'action') : s.path,
        `${what} not supported on Messenger and is not sent: use Reply, OpenUrl, Dial, Login, Logout, ViewProduct or optin.`,
      );
    }
    return;
  }
  if (isMediaPresent(v.media)) checkMedia(v.media, join(s.path, 'media'), c);
  const label = str(v.label);
  switch (s.action) {
    case 'reply':
    case 'openurl':
    case 'dial':
      if (label !== undefined)
        c.measure(join(s.path, 'label'), label, 'labelMax', 'suggestion/label-too-long', tooLong(s.path, 'label', 'a button or quick-reply label'));
      if (!label && (v.label === undefined || v.label === ''))
        c.add('suggestion/label-missing', s.path, `${ACTION_NAMES[s.action]} needs a label: the text on the button.`, 'label');
      break;
    case 'login':
    case 'logout':
      if (label)
        c.add(
          'suggestion/label-ignored',
          join(s.path, 'label'),
          `${ACTION_NAMES[s.action]} buttons are sent without text; the label is ignored.`,
        );
      break;
  }
  if (s.action === 'reply') {
    const pb = str(v.postbackdata);
    if (pb !== undefined)
      c.measure(join(s.path, 'postbackdata'), pb, 'postbackMax', 'suggestion/postback-too-long', tooLong(s.path, 'postbackdata', 'Messenger'));
    if (!pb && (v.postbackdata === undefined || v.postbackdata === ''))
      c.add('suggestion/postback-missing', s.path, 'Reply needs postbackdata: what your webhook receives when it is tapped.', 'postbackdata');
  }
  if (s.action === 'openurl' || s.action === 'login') {
    const url = str(v.url);
    if (!url) {
      if (v.url === undefined || v.url === '')
        c.add('suggestion/url-missing', s.path, `${ACTION_NAMES[s.action]} needs a url.`, 'url');
    } else {
      const kind = classifyUrl(url);
      const ok = s.action === 'login' ? kind === 'https' : kind === 'http' || kind === 'https';
      if (!ok)
        c.add(
          'suggestion/url-invalid',
          join(s.path, 'url'),
          `The URL of ${elementName(s.path)} must be an absolute ${s.action === 'login' ? 'https://' : 'http(s)'} URL, not "${clip(url)}".`,
        );
    }
  }
  if (s.action === 'dial') {
    const dial = v.dial;
    const phone = isObject(dial) ? str(dial.phoneNumber) : undefined;
    if (!phone) {
      const missingPath = isObject(dial) ? join(s.path, 'dial') : s.path;
      if (!isObject(dial) ? dial === undefined : dial.phoneNumber === undefined || dial.phoneNumber === '')
        c.add('suggestion/phone-missing', missingPath, 'Dial needs dial.phoneNumber, such as +31612345678.', isObject(dial) ? 'phoneNumber' : 'dial/phoneNumber');
    } else if (!PHONE.test(phone)) {
      c.add(
        'suggestion/phone-invalid',
        join(s.path, 'dial', 'phoneNumber'),
        `The phone number of ${elementName(s.path) || 'this Dial suggestion'}, "${clip(phone)}", must be + followed by ${LIMITS.phoneDigitsMin} to ${LIMITS.phoneDigitsMax} digits: write it with its country code, such as +31612345678.`,
      );
    }
  }
  if (s.action === 'viewproduct') {
    const product = v.product;
    const id = isObject(product) ? str(product.id) : undefined;
    if (!id && (isObject(product) ? product.id === undefined || product.id === '' : product === undefined))
      c.add(
        'product/id-missing',
        isObject(product) ? join(s.path, 'product') : s.path,
        'ViewProduct needs product.id: the id of a product in the Page’s catalog.',
        isObject(product) ? 'id' : 'product/id',
      );
  }
}

export const PHONE = new RegExp(`^\\+\\d{${LIMITS.phoneDigitsMin},${LIMITS.phoneDigitsMax}}$`);

/** The Send API button of a suggestion (RULES.md 2.4), or null for an action that is no button. */
export function toButton(s: Sug): Record<string, unknown> | null {
  if (!isObject(s.value)) return null;
  const v = s.value;
  switch (s.action) {
    case 'reply':
      return { type: 'postback', title: str(v.label) ?? '', payload: str(v.postbackdata) ?? '' };
    case 'openurl':
      return { type: 'web_url', title: str(v.label) ?? '', url: str(v.url) ?? '' };
    case 'dial':
      return {
        type: 'phone_number',
        title: str(v.label) ?? '',
        payload: isObject(v.dial) ? (str(v.dial.phoneNumber) ?? '') : '',
      };
    case 'login':
      return { type: 'account_link', url: str(v.url) ?? '' };
    case 'logout':
      return { type: 'account_unlink' };
    default:
      return null;
  }
}

/** The Send API quick reply of a Reply suggestion (RULES.md 2.4). */
export function toQuickReply(s: Sug): Record<string, unknown> | null {
  if (!isObject(s.value) || s.action !== 'reply') return null;
  const v = s.value;
  const qr: Record<string, unknown> = {
    content_type: 'text',
    title: str(v.label) ?? '',
    payload: str(v.postbackdata) ?? '',
  };
  const uri = isObject(v.media) ? str(v.media.mediaUri) : undefined;
  if (uri) qr.image_url = uri;
  return qr;
}

