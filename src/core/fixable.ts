import type { DiagnosticCode } from './types';

/**
 * The codes that have fixes (fixes.ts gives one fixer list to each, and the compiler holds
 * the two together). Apart from the fixers, so that a view can tell whether to offer a
 * Fix button without loading them.
 */
export const FIXABLE_CODES = [
  'suggestion/label-too-long',
  'suggestion/postback-too-long',
  'generic/header-too-long',
  'generic/text-too-long',
  'button-template/header-too-long',
  'optin/label-too-long',
  'text/too-long',
  'carousel/too-many-cards',
  'quick-replies/too-many',
  'generic/buttons-overflow',
  'button-template/no-buttons',
  'suggestions/message-level',
  'matrix/not-supported',
  'card/duplicate-field',
  'carousel/extra-content',
  'tag/retired-by-meta',
  'tag/unknown',
  'channel/messenger-not-allowed',
  'media/mime-missing',
  'media/extension-mismatch',
  'suggestion/phone-invalid',
  'suggestion/url-invalid',
  'optin/frequency-invalid',
  'schema/ignored-field',
  'product/mixed',
] as const satisfies readonly DiagnosticCode[];

export type FixableCode = (typeof FIXABLE_CODES)[number];

const FIXABLE: ReadonlySet<string> = new Set(FIXABLE_CODES);

/** Whether diagnostics of this code may have fixes (the fixers still decide for each one). */
export const isFixable = (code: string): code is FixableCode => FIXABLE.has(code);
