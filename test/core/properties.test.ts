/**
 * Properties of check() over generated requests (fast-check): it never throws, every
 * diagnostic points at a location of the request, `valid` means "no error", outcomes
 * are the nine of RULES.md, not_supported sends nothing, items resolve as a direct
 * reading of RULES.md 2 says (./oracle.ts), and letter case never matters.
 * Regression: a broken text nested ~8000 levels deep overflowed the stack in checkText
 * (pinned below with 100 000 levels, and in request.test.ts and cli.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES, OUTCOMES, check, checkText, parsePointer, escapeToken } from '../../src/core';
import type { Report } from '../../src/core';
import { field, wellShapedRequest } from './arbitraries';
import { expectedOf } from './oracle';
import { exists } from '../../src/core/pointer';
import type { Json } from './helpers';


/** Moderate run counts: the whole core suite stays well under 20 s on 2 cores. */
const RUNS = { numRuns: Number(process.env.CORE_RUNS ?? 100) };
/** CORE_RUNS=5000 npx vitest run test/core/properties.test.ts hunts longer. */
const TIMEOUT = process.env.CORE_RUNS ? 600_000 : 20_000;

/** The conversation of a msg entry, read case-insensitively. */
function conversationOf(m: unknown): unknown[] {
  const rich = field(m, 'richContent');
  const conv = field(rich, 'conversation');
  return Array.isArray(conv) ? conv : [];
}
function msgsOf(req: unknown): unknown[] {
  const msgs = field(field(req, 'messages'), 'msg');
  return Array.isArray(msgs) ? msgs : [];
}

/** The invariants every report of any JSON value holds. */
function expectSane(report: Report): void {
  expect(report.diagnostics.filter((d) => d.code === 'internal/error')).toEqual([]);
  expect(report.valid).toBe(!report.diagnostics.some((d) => d.severity === 'error'));
  for (const d of report.diagnostics) {
    expect(d.code in RULES, `unknown code ${d.code}`).toBe(true);
    expect(d.severity).toBe(RULES[d.code as keyof typeof RULES][0]);
  }
  for (const m of report.messages)
    for (const it of m.items) {
      expect(OUTCOMES).toContain(it.outcome);
      if (it.outcome === 'not_supported') {
        expect(it.sends).toEqual([]);
        expect(it.suggestionsAs).toBe('none');
      }
    }
}

/** The invariants of a report on a well-shaped request. */
function expectWellShapedReport(req: Json, report: Report): void {
  expectSane(report);
  for (const d of report.diagnostics) expect(exists(req, d.path), `${d.code} at missing ${d.path}`).toBe(true);
  const msgs = msgsOf(req);
  expect(report.messages).toHaveLength(msgs.length);
  report.messages.forEach((m, i) => {
    expect(exists(req, m.path)).toBe(true);
    expect(m.items).toHaveLength(Math.max(1, conversationOf(msgs[i]).length));
    for (const it of m.items) {
      expect(exists(req, it.path), `item at missing ${it.path}`).toBe(true);
      // An item that cannot be sent always says why, with an error.
      if (it.outcome === 'not_supported') expect(report.valid).toBe(false);
      // Quick replies ride on the last message only.
      it.sends.slice(0, -1).forEach((s) => expect(s.message.quick_replies).toBeUndefined());
      // A limit that is broken is always reported.
      if (it.quickReplies > 13) expect(report.diagnostics.map((d) => d.code)).toContain('quick-replies/too-many');
      for (const s of it.sends) {
        const t = s.message.text;
        if (typeof t === 'string' && [...t].length > 2000)
          expect(report.diagnostics.map((d) => d.code)).toContain('text/too-long');
      }
    }
  });
}

/** Lower-cases every key and the enumerated values (actions, tags, frequency, MIME types, channels). */
const ENUMERATED = new Set(['action', 'tag', 'frequency', 'mimetype', 'allowedchannels']);
function lowerCased(v: unknown, key = ''): unknown {
  if (typeof v === 'string') return ENUMERATED.has(key) ? v.toLowerCase() : v;
  if (Array.isArray(v)) return v.map((x) => lowerCased(x, key === 'allowedchannels' ? key : ''));
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k.toLowerCase(), lowerCased(x, k.toLowerCase())]));
}

/** What letter case must not change: outcomes, sends and the diagnostics' codes and places. */
function essence(report: Report) {
  return {
    valid: report.valid,
    diagnostics: report.diagnostics.map((d) => `${d.code} ${d.path.toLowerCase()}`).sort(),
    items: report.messages.map((m) =>
      m.items.map(({ outcome, suggestionsAs, sends, matrixRow, inputs, buttons, quickReplies, cards, path }) => ({
        outcome,
        suggestionsAs,
        sends,
        matrixRow,
        inputs,
        buttons,
        quickReplies,
        cards,
        path: path.toLowerCase(),
      })),
    ),
  };
}

describe('check() on any JSON value', () => {
  it('never throws, nor fails inside (no internal/error)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expectSane(check(v));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on deeply nested values, also inside a request', () => {
    const deep = fc.jsonValue({ maxDepth: 40, depthSize: 'large' });
    fc.assert(
      fc.property(deep, deep, (v, w) => {
        expectSane(check(v));
        const req = { messages: { msg: [{ from: 'x', to: [{ number: '1' }], body: {}, richContent: { conversation: [w, { carousel: w, media: w, suggestions: [w] }] } }] } };
        expectSane(check(req));
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on 100 000 levels of nesting: as the request, inside its rich content, or as text', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = i % 2 ? [deep] : { a: deep };
    const req = {
      messages: {
        msg: [{ from: 'x', to: [{ number: '1' }], body: {}, template: deep, richContent: { conversation: [deep, { text: deep, carousel: { cards: deep }, suggestions: [deep], media: deep }] } }],
      },
    };
    expectSane(check(deep));
    const report = check(req);
    expectSane(report);
    expect(report.messages[0]!.items.map((it) => it.outcome)).toEqual(['not_supported', 'not_supported']);
    expect(checkText('['.repeat(100_000) + ']'.repeat(100_000)).diagnostics.map((d) => d.code)).toEqual(['schema/type']);
    expect(checkText('['.repeat(100_000)).diagnostics.map((d) => d.code)).toEqual(['json/syntax']);
  });

  it('checkText never throws on any text, and says json/syntax exactly when it is not JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.json().map((t) => t.slice(0, -1))), (text) => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          expect(checkText(text).diagnostics.map((d) => d.code)).toEqual(['json/syntax']);
          return;
        }
        expect(checkText(text)).toEqual(check(parsed));
      }),
      { numRuns: 300 },
    );
  });

  it('handles keys that name Object.prototype members', () => {
    for (const text of [
      '{"__proto__": {"msg": []}}',
      '{"messages": {"__proto__": [], "msg": [{"__proto__": 1, "from": "x", "to": [{"number": "1"}], "body": {"content": "hi"}}]}}',
      '{"messages": {"msg": [{"from": "x", "to": [{"number": "1"}], "body": {}, "richContent": {"conversation": [{"__proto__": {"text": "x"}, "constructor": 1, "toString": "x", "text": "hi"}]}}]}}',
    ]) {
      const v = JSON.parse(text) as unknown;
      const report = check(v);
      expectSane(report);
      for (const d of report.diagnostics) expect(exists(v, d.path), d.path).toBe(true);
    }
  });
});

describe('check() on well-shaped requests', () => {
  it('reports at existing paths; valid means no error; nine outcomes; not_supported sends nothing; one item per conversation entry', () => {
    fc.assert(
      fc.property(wellShapedRequest, (req) => {
        expectWellShapedReport(req, check(req));
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('resolves every item as a direct reading of RULES.md 2 says (outcome, suggestionsAs, sends, buttons, quick replies)', () => {
    fc.assert(
      fc.property(wellShapedRequest, (req) => {
        const report = check(req);
        msgsOf(req).forEach((m, i) => {
          const conv = conversationOf(m);
          if (conv.length === 0) return;
          const got = report.messages[i]!.items.map((it) => ({
            outcome: it.outcome,
            suggestionsAs: it.suggestionsAs,
            sends: it.sends.length,
            buttons: it.buttons,
            quickReplies: it.quickReplies,
          }));
          expect(got).toEqual(conv.map(expectedOf));
        });
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('does not change the request', () => {
    fc.assert(
      fc.property(wellShapedRequest, (req) => {
        const before = structuredClone(req);
        check(req);
        expect(req).toEqual(before);
      }),
      { numRuns: 50 },
    );
  }, TIMEOUT);

  it('gives the same outcomes, sends and diagnostics whatever the letter case of keys and enumerated values', () => {
    fc.assert(
      fc.property(wellShapedRequest, (req) => {
        expect(essence(check(lowerCased(req)))).toEqual(essence(check(req)));
      }),
      RUNS,
    );
  }, TIMEOUT);
});

/** Every JSON pointer of a document. */
function pointers(doc: unknown, base = ''): string[] {
  if (doc === null || typeof doc !== 'object') return [base];
  const children = Array.isArray(doc) ? doc.map((v, i) => [String(i), v] as const) : Object.entries(doc);
  return [base, ...children.flatMap(([k, v]) => pointers(v, base + '/' + escapeToken(k)))];
}
function replaceAt(doc: unknown, pointer: string, value: unknown): unknown {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return value;
  const copy = structuredClone(doc) as Json;
  let cur: Json = copy;
  for (const t of tokens.slice(0, -1)) cur = cur[t] as Json;
  cur[tokens[tokens.length - 1]!] = value;
  return copy;
}

describe('check() on requests with a wrong value somewhere', () => {
  it('still reports only at existing paths', () => {
    fc.assert(
      fc.property(wellShapedRequest, fc.nat(), fc.jsonValue({ maxDepth: 2 }), (req, k, value) => {
        const all = pointers(req).filter((p) => p !== '');
        const broken = replaceAt(req, all[k % all.length]!, value);
        const report = check(broken);
        expectSane(report);
        for (const d of report.diagnostics) expect(exists(broken, d.path), `${d.code} at missing ${d.path}`).toBe(true);
        for (const m of report.messages) for (const it of m.items) expect(exists(broken, it.path)).toBe(true);
      }),
      RUNS,
    );
  }, TIMEOUT);
});
