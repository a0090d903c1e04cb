import type { Severity } from './types';

/**
 * Every rule code the core can report, with its severity and a one-line summary.
 * Codes are a public contract (RULES.md): the UI and the CLI print them verbatim.
 */
export const RULES = {
  'json/syntax': ['error', 'The text is not JSON.'],
  'json/encoding': ['error', 'The file is not UTF-8 (nor UTF-16 with a byte-order mark).'],
  'schema/required': ['error', 'A required field is missing.'],
  'schema/type': ['error', 'A field has the wrong type.'],
  'schema/min-items': ['error', 'An array that needs entries is empty.'],
  'schema/invalid': ['error', 'The request does not have the expected shape.'],
  'schema/ignored-field': ['info', 'A field Messenger does not use.'],
  'schema/duplicate-key': ['warning', 'Two keys differ only in letter case; the first is used.'],
  'auth/token-missing': ['info', 'No product token in the body (send it as X-CM-PRODUCTTOKEN).'],
  'text/too-long': ['error', 'Text message longer than 2000 characters.'],
  'text/empty': ['error', 'Nothing to send.'],
  'quick-replies/too-many': ['error', 'More than 13 quick replies on one message.'],
  'suggestion/label-missing': ['error', 'Reply, OpenUrl or Dial without a label.'],
  'suggestion/label-too-long': ['error', 'Label longer than 20 characters.'],
  'suggestion/label-ignored': ['warning', 'Login or Logout with a label (sent without text).'],
  'suggestion/postback-missing': ['error', 'Reply without postbackdata.'],
  'suggestion/postback-too-long': ['error', 'Reply postbackdata longer than 1000 characters.'],
  'suggestion/url-missing': ['error', 'OpenUrl or Login without url.'],
  'suggestion/url-invalid': ['error', 'URL not absolute http(s); Login needs https.'],
  'suggestion/phone-missing': ['error', 'Dial without dial.phoneNumber.'],
  'suggestion/phone-invalid': ['error', 'Phone number not + followed by 7 to 15 digits.'],
  'suggestion/not-quick-reply': ['error', 'Only Reply can be sent as a quick reply.'],
  'suggestion/unsupported-action': ['error', 'An action Messenger does not support.'],
  'carousel/too-many-cards': ['error', 'More than 10 cards.'],
  'carousel/extra-content': ['warning', 'Item-level content beside a carousel is not sent.'],
  'card/header-missing': ['error', 'A card of a carousel without header.'],
  'card/duplicate-field': ['warning', 'Item and its single card both set a field; the card wins.'],
  'generic/header-too-long': ['error', 'Generic template title longer than 80 characters.'],
  'generic/text-too-long': ['error', 'Generic template subtitle longer than 80 characters.'],
  'generic/needs-more-than-header': ['error', 'A generic element with only a title.'],
  'generic/media-not-image': ['error', 'Generic template image not png, jpeg or gif.'],
  'button-template/header-too-long': ['error', 'Button template text longer than 640 characters.'],
  'button-template/no-buttons': ['warning', 'More than 3 suggestions: sent without buttons.'],
  'media-template/media-type': ['error', 'Audio or document in a media template.'],
  'media-template/facebook-url': ['info', 'Media template URL not on facebook.com.'],
  'product/too-many': ['error', 'More than 10 products.'],
  'product/id-missing': ['error', 'ViewProduct without product.id.'],
  'product/mixed': ['error', 'ViewProduct mixed with other content.'],
  'media/uri-missing': ['error', 'Media without mediaUri.'],
  'media/uri-invalid': ['error', 'mediaUri with a scheme other than http or https.'],
  'media/uri-placeholder': ['warning', 'mediaUri without a scheme.'],
  'media/mime-missing': ['warning', 'Media without mimeType.'],
  'media/unsupported-type': ['error', 'A media type Messenger does not support.'],
  'media/extension-mismatch': ['warning', 'mediaName does not end in an extension of its mimeType.'],
  'optin/not-alone': ['error', 'An opt-in request with other content beside it.'],
  'optin/label-missing': ['error', 'Opt-in without label (its title).'],
  'optin/label-too-long': ['error', 'Opt-in label longer than 65 characters.'],
  'optin/postback-missing': ['error', 'Opt-in without postbackdata (its payload).'],
  'optin/frequency-invalid': ['error', 'optin.frequency missing or not DAILY.'],
  'optin/timezone-invalid': ['error', 'Time zone not an IANA time zone.'],
  'optin/sunset': ['info', 'Meta switched the opt-in flow off outside AU, EU, JP, KR and UK.'],
  'tag/unknown': ['error', 'Not a message tag Messenger knows.'],
  'tag/retired-by-meta': ['warning', 'A tag Meta has retired.'],
  'tag/notification-on-optin': ['error', 'NOTIFICATION_MESSAGE on an opt-in request.'],
  'recipient/looks-like-psid': ['warning', 'Notification token that looks like a PSID.'],
  'channel/messenger-not-allowed': ['warning', 'allowedChannels does not include Facebook Messenger.'],
  'matrix/not-supported': ['error', 'A combination of inputs Messenger cannot send.'],
  // RULES.md 4, revision 2.
  'suggestions/message-level': ['warning', 'Suggestions at richContent level are not sent to Messenger.'],
  'button-template/empty': ['error', 'A button template none of whose suggestions can be a button.'],
  'generic/buttons-overflow': ['warning', 'More than 3 suggestions on a generic element: no buttons, all quick replies.'],
  'tag/notification-sunset': ['info', 'Meta stopped marketing messages outside AU, EU, JP, KR and UK.'],
  'notification/one-per-day': ['warning', 'More than one marketing message to the token in one msg entry.'],
  'tag/mixed-with-notification': ['error', 'An item without NOTIFICATION_MESSAGE beside a marketing message.'],
  'optin/reoptin-obsolete': ['info', 'optin.reoptin is obsolete: notification tokens no longer expire.'],
  'optin/outside-window': ['warning', 'An opt-in request with a message tag (outside the 24-hour window).'],
  'optin/duplicate': ['warning', 'A second opt-in request with the same title in one msg entry.'],
  'optin/media-not-image': ['error', 'Opt-in image not png, jpeg or gif.'],
  'quick-reply/media-not-image': ['error', 'Quick-reply image not png, jpeg or gif.'],
  'product/beta': ['info', 'The product template is in beta on CM.'],
  // The CLI's own: a file it was given cannot be read (missing, a directory, no permission).
  'file/unreadable': ['error', 'A file the CLI cannot read.'],
} as const satisfies Record<string, readonly [Severity, string]>;

export type RuleCode = keyof typeof RULES;

/** The severity of a rule code. */
export function severityOf(code: RuleCode): Severity {
  return RULES[code][0];
}
