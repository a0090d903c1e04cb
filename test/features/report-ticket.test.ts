/**
 * "Report for a ticket" (src/features/report/ticket.ts): the current design as Markdown with
 * its verdict, the outcome of each item, its diagnostics, the request and the Send API bodies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/core';
import { fenced, ticketMarkdown } from '../../src/features/report/ticket';
import { examplesDir, itemsRequest } from '../core/helpers';

describe('ticketMarkdown', () => {
  it('the carousel example: verdict, a row per item with its outcome, the request and every Send API body', () => {
    const text = readFileSync(join(examplesDir(), '12-rich-card-carousel.json'), 'utf8');
    const report = check(JSON.parse(text));
    const md = ticketMarkdown({ name: 'Carousel', requestText: text, report });
    expect(md.startsWith('# Messenger request: Carousel\n\n**Valid**: 0 errors')).toBe(true);
    expect(md).toContain('| 1 | 1 | `generic_template` | `buttons` | – | 1 |');
    expect(md).toContain('## Request\n\n```json\n' + text.trimEnd() + '\n```\n');
    const bodies = report.messages[0]!.items[0]!.sends;
    expect(md).toContain('### Message 1, item 1: `generic_template`\n\n```json\n' + JSON.stringify(bodies, null, 2) + '\n```\n');
  });

  it('diagnostics, errors first, with where and the message; text from the request escaped', () => {
    const doc = itemsRequest({ text: 'x'.repeat(2001) });
    (doc.messages as Record<string, unknown>).authentication = {}; // no token: auth/token-missing, an info
    const report = check(doc);
    const md = ticketMarkdown({ name: 'A | <b>name</b>', requestText: JSON.stringify(doc), report });
    expect(md.split('\n')[0]).toBe('# Messenger request: A \\| \\<b\\>name\\</b\\>');
    expect(md).toContain('**Not valid**: 1 error');
    const diagnostics = md.slice(md.indexOf('## Diagnostics'), md.indexOf('## Request'));
    expect(diagnostics).toMatch(/\| error \| `text\/too-long` \| \/messages\/msg\/0\/richContent\/conversation\/0\/text \| /);
    expect(diagnostics.indexOf('error')).toBeLessThan(diagnostics.indexOf('| info |'));
  });

  it('a fence longer than any run of backticks in the text', () => {
    expect(fenced('{"a":"```"}', 'json')).toBe('````json\n{"a":"```"}\n````\n');
    expect(fenced('{}\n', 'json')).toBe('```json\n{}\n```\n');
  });
});
