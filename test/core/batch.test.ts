/**
 * The batch in the core (src/core/batch.ts, batchTable.ts): files checked as the CLI checks
 * them, the CLI's JSON text byte for byte, the table's rows and summary, and the CSV and
 * Markdown exports, whose escaping keeps a spreadsheet from running a cell and a ticket from
 * rendering a file name as markup.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/check';
import { checkFile, checkFiles, reportsJson, type BatchFile } from '../../src/core/batch';
import { batchCsv, batchMarkdown, batchRows, batchSummary, csvField, markdownTable, markdownText, type BatchRow } from '../../src/core/batchTable';
import { examplesDir, ITEM, itemsRequest, msg, request } from './helpers';

const examples = examplesDir();
const exampleNames = readdirSync(examples).filter((f) => /^\d\d-.*\.json$/.test(f)).sort();
const expected = JSON.parse(readFileSync(join(examples, 'expected.json'), 'utf8')) as Record<string, { outcome: string; suggestionsAs: string }[]>;
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'batch-'));
  writeFileSync(join(dir, 'broken.json'), '{\n  "messages": {\n    "msg": [\n  }\n}\n');
  writeFileSync(join(dir, 'latin1.json'), Buffer.from('{"a": "Grüße"}', 'latin1'));
  writeFileSync(join(dir, 'tagged ##[error].json'), JSON.stringify(itemsRequest({ text: 'x ##[warning]y' })));
  writeFileSync(join(dir, 'utf16.json'), Buffer.from('\uFEFF' + JSON.stringify(itemsRequest({ text: 'Hi' })), 'utf16le'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...files: string[]): string {
  let out = '';
  main(files, (s) => (out += s), () => {});
  return out;
}

describe('checkFiles + reportsJson: the CLI\'s JSON report, byte for byte', () => {
  it('gives the text `npm run check` prints for the examples, a broken file, bytes that are not text, UTF-16 and ##[ in a name', () => {
    const paths = [...exampleNames.map((n) => join(examples, n)), ...['broken.json', 'latin1.json', 'tagged ##[error].json', 'utf16.json'].map((n) => join(dir, n))];
    const files: BatchFile[] = paths.map((p) => ({ name: p, bytes: new Uint8Array(readFileSync(p)) }));
    const text = reportsJson(checkFiles(files));
    expect(text).toBe(cli(...paths));
    expect(text).not.toContain('##[');
    expect(JSON.parse(text)).toHaveLength(18);
  });

  it('no files: the CLI\'s empty array', () => {
    expect(reportsJson([])).toBe('[]\n');
  });

  it('a file that cannot be read gets file/unreadable and never stops the others', () => {
    const reports = checkFiles([
      { name: 'gone.json', unreadable: 'NotFoundError: gone' },
      { name: 'ok.json', text: JSON.stringify(itemsRequest({ text: 'Hi' })) },
    ]);
    expect(reports.map((r) => [r.file, r.valid])).toEqual([
      ['gone.json', false],
      ['ok.json', true],
    ]);
    expect(reports[0]!.diagnostics.map((d) => d.code)).toEqual(['file/unreadable']);
    expect(reports[0]!.diagnostics[0]!.message).toBe('The file cannot be read: NotFoundError: gone');
  });

  it('a text that is not JSON: json/syntax with its line and column, as for its bytes', () => {
    const text = '{\n  "messages": {\n    "msg": [\n  }\n}\n';
    const checked = checkFile({ name: 'pasted', text });
    expect(checked.at).toEqual({ line: 4, column: 3 });
    expect(checked.report.diagnostics.map((d) => d.code)).toEqual(['json/syntax']);
    expect(checked).toEqual(checkFile({ name: 'pasted', bytes: new TextEncoder().encode(text) }));
  });
});

describe('batchRows: one row per conversation item', () => {
  it('every example: its outcomes and suggestions as in expected.json, 1-based message and item', () => {
    const reports = checkFiles(exampleNames.map((n) => ({ name: n, bytes: new Uint8Array(readFileSync(join(examples, n))) })));
    const rows = batchRows(reports);
    for (const name of exampleNames) {
      const mine = rows.filter((r) => r.file === name);
      expect(mine.map((r) => ({ outcome: r.outcome, suggestionsAs: r.suggestionsAs }))).toEqual(expected[name]!.map((e) => ({ outcome: e.outcome, suggestionsAs: e.suggestionsAs })));
      expect(mine.map((r) => [r.message, r.item])).toEqual(mine.map((_, i) => [1, i + 1]));
      expect(mine.every((r) => r.errors === 0)).toBe(true);
    }
  });

  it('a file with no item (not JSON) is one row with its line and column', () => {
    const checked = checkFile({ name: 'broken.json', text: '[1,' });
    const rows = batchRows([checked.report], [checked.at]);
    expect(rows).toEqual([
      expect.objectContaining({ file: 'broken.json', message: null, item: null, outcome: null, errors: 1, codes: ['json/syntax'], line: 1, column: 4 }),
    ]);
  });

  it('a diagnostic counts on its item; one of a message on each of its items; one of the request on every item', () => {
    const long = 'x'.repeat(2001);
    const doc = request(
      msg([{ text: long }, { text: 'fine' }]),
      msg([{ text: 'also fine' }], { allowedChannels: ['SMS'] }),
    );
    (doc.messages as Record<string, unknown>).authentication = {}; // no token: auth/token-missing, about the request
    const reports = checkFiles([{ name: 'a.json', text: JSON.stringify(doc) }]);
    const rows = batchRows(reports);
    expect(rows.map((r) => [r.message, r.item, r.path])).toEqual([
      [1, 1, ITEM(0, 0)],
      [1, 2, ITEM(1, 0)],
      [2, 1, ITEM(0, 1)],
    ]);
    const all = reports[0]!.diagnostics;
    const first = rows[0]!;
    expect(first.codes).toContain('text/too-long');
    expect(rows[1]!.codes).not.toContain('text/too-long');
    // What is about message 2 (its channels) is on its row only; what is about the request, on all three.
    const aboutMessage2 = all.filter((d) => d.path.startsWith('/messages/msg/1') && !d.path.startsWith(ITEM(0, 1))).map((d) => d.code);
    expect(aboutMessage2.length).toBeGreaterThan(0);
    for (const code of aboutMessage2) {
      expect(rows[2]!.codes).toContain(code);
      expect(rows[0]!.codes.includes(code) && !all.some((d) => d.code === code && !d.path.startsWith('/messages/msg/1'))).toBe(false);
    }
    const aboutRequest = all.filter((d) => !d.path.startsWith('/messages/msg/')).map((d) => d.code);
    expect(aboutRequest.length).toBeGreaterThan(0);
    for (const code of aboutRequest) for (const r of rows) expect(r.codes).toContain(code);
    // Errors come first among the codes.
    expect(first.codes[0]).toBe('text/too-long');
  });
});

describe('batchSummary', () => {
  it('counts outcomes, files with errors, codes by frequency and the matrix rows exercised', () => {
    const reports = checkFiles([
      { name: 'a.json', text: JSON.stringify(itemsRequest({ text: 'a' }, { text: 'b' })) },
      { name: 'b.json', text: JSON.stringify(itemsRequest({ text: 'x'.repeat(2001) })) },
      { name: 'c.json', text: 'nope' },
      // Three infos of one code: more frequent than either error.
      { name: 'd.json', text: JSON.stringify(itemsRequest({ text: 'a', location: 1 }, { text: 'b', location: 2 }, { text: 'c', location: 3 })) },
    ]);
    const s = batchSummary(reports);
    expect(s.codes.find((c) => c.code === 'schema/ignored-field')).toMatchObject({ severity: 'info', count: 3 });
    expect(s.codes.at(-1)!.code).toBe('schema/ignored-field');
    expect(s.files).toBe(4);
    expect(s.items).toBe(6);
    expect(s.filesWithErrors).toBe(2);
    expect(s.outcomes).toEqual([{ outcome: 'text', count: 6 }]);
    expect(s.codes.map((c) => c.code)).toEqual(expect.arrayContaining(['json/syntax', 'text/too-long']));
    // Errors first (a cut list never drops an error for an info), each severity most frequent first.
    const rank = { error: 0, warning: 1, info: 2 };
    const order = s.codes.map((c) => [rank[c.severity], -c.count]);
    expect(order).toEqual([...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    expect(s.codes[0]!.severity).toBe('error');
    expect(s.coverage).toHaveLength(16);
    expect(s.coverage[8]).toBe(6); // text only: row 9 of the documentation's table
    expect(s.coverage.reduce((a, b) => a + b)).toBe(6);
  });
});

const row = (over: Partial<BatchRow>): BatchRow => ({
  fileIndex: 0,
  file: 'a.json',
  message: 1,
  item: 1,
  path: ITEM(),
  outcome: 'text',
  suggestionsAs: 'none',
  matrixRow: 8,
  errors: 0,
  warnings: 0,
  infos: 0,
  codes: [],
  ...over,
});

describe('CSV: RFC 4180 quoting, formulas neutralised (OWASP CSV injection)', () => {
  it.each([
    ['plain.json', 'plain.json'],
    ['a,b.json', '"a,b.json"'],
    ['say "hi".json', '"say ""hi"".json"'],
    ['two\nlines.json', '"two\nlines.json"'],
    ['cr\r.json', '"cr\r.json"'],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['a=1', 'a=1'],
    ['', ''],
  ])('%j is written %j', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('numbers as they are, nothing as an empty field', () => {
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
  });

  it('a header, a line per row, CRLF line ends; 1-based matrix row; codes separated by spaces', () => {
    const csv = batchCsv([row({ file: '=cmd|x.json', codes: ['text/too-long', 'auth/token-missing'], errors: 1, infos: 1 }), row({ file: 'b.json', message: null, item: null, outcome: null, suggestionsAs: null, matrixRow: null, errors: 1, codes: ['json/syntax'], line: 4, column: 3 })]);
    expect(csv).toBe(
      'file,message,item,outcome,suggestions as,matrix row,errors,warnings,infos,codes,line,column\r\n' +
        "'=cmd|x.json,1,1,text,none,9,1,0,1,text/too-long auth/token-missing,,\r\n" +
        'b.json,,,,,,1,0,0,json/syntax,4,3\r\n',
    );
  });
});

describe('Markdown: what a file name holds is read as text', () => {
  it('escapes the column separator, markup and HTML; line breaks become spaces', () => {
    expect(markdownText('a|b')).toBe('a\\|b');
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(markdownText('[click](http://evil)')).toBe('\\[click\\](http://evil)');
    expect(markdownText('*bold* _it_ `code`')).toBe('\\*bold\\* \\_it\\_ \\`code\\`');
    expect(markdownText('two\nlines\r\nthree')).toBe('two lines three');
  });

  it('a table: header, rule and rows; identifiers as code', () => {
    expect(markdownTable(['file', 'outcome'], [['a|b.json', { code: 'text' }], ['c', null]])).toBe('| file | outcome |\n|---|---|\n| a\\|b.json | `text` |\n| c |  |\n');
  });

  it('the batch report: counts, codes, the rows exercised and never exercised, one table line per row', () => {
    const reports = checkFiles([
      { name: 'a|1.json', text: JSON.stringify(itemsRequest({ text: 'a' })) },
      { name: 'b.json', text: '{' },
    ]);
    const md = batchMarkdown(reports, batchRows(reports));
    expect(md).toContain('2 files, 1 conversation item; 1 file with errors.');
    expect(md).toContain('| `text` | 1 |');
    expect(md).toContain('| `json/syntax` | error | 1 |');
    expect(md).toContain('Rows exercised: 9. Never exercised: 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16.');
    expect(md).toContain('| a\\|1.json | 1 | 1 | `text` | `none` | 9 |');
    expect(md.split('\n').filter((l) => l.startsWith('| b.json'))).toHaveLength(1);
  });
});
