/**
 * Builders for the core's specification tests: small CM requests written the way
 * the channel page writes them, and readable assertions on a report's diagnostics.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { check } from '../../src/core';
import type { Diagnostic, ItemReport, Report } from '../../src/core';

export type Json = Record<string, unknown>;

/** The documentation's examples: /work/shared/examples (../shared/examples from the repo), else src/examples. */
export function examplesDir(): string {
  const shared = fileURLToPath(new URL('../../../shared/examples/', import.meta.url));
  if (existsSync(shared)) return shared;
  return fileURLToPath(new URL('../../src/examples/', import.meta.url));
}

/** Pointer of the j-th conversation item of the i-th message. */
export const ITEM = (j = 0, i = 0) => `/messages/msg/${i}/richContent/conversation/${j}`;
export const MSG = (i = 0) => `/messages/msg/${i}`;

/** One msg entry as the channel page writes it, with the given conversation (none: a plain text message). */
export function msg(conversation?: unknown[], extra: Json = {}): Json {
  return {
    from: 'Your Page ID',
    to: [{ number: 'Recipients PSID' }],
    body: { type: 'auto', content: 'Fallback Text' },
    allowedChannels: ['Facebook Messenger'],
    ...(conversation ? { richContent: { conversation } } : {}),
    ...extra,
  };
}

/** A whole request around msg entries. */
export function request(...msgs: Json[]): Json {
  return { messages: { authentication: { producttoken: 'Your product token' }, msg: msgs } };
}

/** A request of one message whose conversation holds these items. */
export function itemsRequest(...items: unknown[]): Json {
  return request(msg(items));
}

/** Checks a request of one message with these conversation items. */
export function checkItems(...items: unknown[]): Report {
  return check(itemsRequest(...items));
}

/** The first item of the first message. */
export function first(report: Report): ItemReport {
  const it = report.messages[0]?.items[0];
  if (!it) throw new Error('the report has no item');
  return it;
}

// --- suggestions, media and cards ---------------------------------------------------------

export const reply = (label = 'Yes', postbackdata = 'YES', extra: Json = {}): Json => ({
  action: 'Reply',
  label,
  postbackdata,
  ...extra,
});
export const replies = (n: number): Json[] => Array.from({ length: n }, (_, k) => reply(`Option ${k + 1}`, `OPT_${k + 1}`));
export const openUrl = (label = 'Visit CM.com', url = 'https://www.cm.com/'): Json => ({ action: 'OpenUrl', label, url });
export const dial = (label = 'Call us', phoneNumber = '+31761234567'): Json => ({
  action: 'Dial',
  label,
  dial: { phoneNumber },
});
export const login = (url = 'https://www.cm.com/login'): Json => ({ action: 'Login', url });
export const logout = (): Json => ({ action: 'Logout' });
export const viewProduct = (id = 'FB_tshirt_001'): Json => ({ action: 'ViewProduct', product: { id } });
export const optin = (extra: Json = {}, settings: Json = { frequency: 'DAILY' }): Json => ({
  action: 'optin',
  label: 'Nice products!',
  postbackdata: 'OPT_IN',
  optin: settings,
  ...extra,
});

export const PNG_URI = 'https://www.cm.com/cdn/cm/cm.png';
export const png = (mediaUri = PNG_URI): Json => ({ mediaName: 'cm.png', mediaUri, mimeType: 'image/png' });
export const media = (mediaName: string, mimeType: string | undefined, mediaUri = `https://www.cm.com/media/${mediaName}`): Json =>
  mimeType === undefined ? { mediaName, mediaUri } : { mediaName, mediaUri, mimeType };

export const carousel = (...cards: Json[]): Json => ({ carousel: { cards } });
export const card = (n: number): Json => ({ header: `Card ${n}`, text: `About card ${n}`, media: png() });

/** A string of n code points made of one character (an emoji is 1 code point, 2 UTF-16 units). */
export const cp = (n: number, ch = '😀'): string => ch.repeat(n);

// --- assertions -------------------------------------------------------------------------------

export function codes(report: Report): string[] {
  return report.diagnostics.map((d) => d.code);
}

export function errors(report: Report): Diagnostic[] {
  return report.diagnostics.filter((d) => d.severity === 'error');
}

/** The diagnostics of a code (optionally at a path). */
export function withCode(report: Report, code: string, path?: string): Diagnostic[] {
  return report.diagnostics.filter((d) => d.code === code && (path === undefined || d.path === path));
}

/** Asserts the report carries `code` (at `path`, when given) and returns that diagnostic. */
export function expectCode(report: Report, code: string, path?: string): Diagnostic {
  const found = withCode(report, code, path);
  expect(
    found.length,
    `expected ${code}${path === undefined ? '' : ` at ${path}`}; got ${JSON.stringify(report.diagnostics.map((d) => [d.code, d.path]))}`,
  ).toBeGreaterThan(0);
  return found[0]!;
}

/** Asserts the report does not carry `code` anywhere. */
export function expectNoCode(report: Report, code: string): void {
  expect(codes(report), `did not expect ${code}`).not.toContain(code);
}

/** Asserts the only errors of a report are these codes (each at least once). */
export function expectErrors(report: Report, ...expected: string[]): void {
  expect([...new Set(errors(report).map((d) => d.code))].sort()).toEqual([...new Set(expected)].sort());
  expect(report.valid).toBe(expected.length === 0);
}
