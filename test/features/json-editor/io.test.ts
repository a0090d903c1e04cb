// Import and export: any JSON imports as it is; export after import is the same request, values and key order.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSize, exportText, MAX_IMPORT_BYTES, parseImport, readImport, readPasted, utf8Bytes } from '../../../src/features/json-editor/io';
import { importText } from '../../../src/features/json-editor/importing';
import { useDocument } from '../../../src/state/document';

const dir = join(import.meta.dirname, '../../../src/examples');
const files = readdirSync(dir).filter((f) => /^\d\d-.*\.json$/.test(f)); // the documentation's examples, not expected.json

describe('import then export', () => {
  it('covers all 14 shared examples', () => {
    expect(files).toHaveLength(14);
  });

  it.each(files)('%s comes back the same, pretty and minified', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const imported = parseImport(file, text);
    if (!imported.ok) throw new Error(imported.message);
    const canonical = JSON.stringify(JSON.parse(text));
    expect(exportText(imported.value, { minified: true })).toBe(canonical);
    expect(JSON.stringify(JSON.parse(exportText(imported.value)))).toBe(canonical);
    // The documentation's files are two-space JSON: the pretty export is the file itself.
    expect(exportText(imported.value).trimEnd()).toBe(text.trimEnd());
  });

  it('keeps unknown fields and their order', () => {
    const text = '{"zeta":1,"messages":{"msg":[],"custom":{"b":2,"a":[true,null]}},"alpha":"x"}';
    const imported = parseImport('x.json', text);
    expect(imported.ok && exportText(imported.value, { minified: true })).toBe(text);
  });

  it('takes any JSON value, not only requests', () => {
    expect(parseImport('a.json', '[1, 2]')).toEqual({ ok: true, value: [1, 2], text: '[1, 2]' });
    expect(parseImport('a.json', '"text"')).toEqual({ ok: true, value: 'text', text: '"text"' });
  });

  it('ignores a byte order mark', () => {
    expect(parseImport('a.json', '\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 }, text: '{"a":1}' });
  });
});

describe('refusals', () => {
  it('names the file and the syntax error’s line and column', () => {
    const r = parseImport('notes.json', '{\n  "a": 1,\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^notes\.json is not JSON: .* at line 3, column 1\. The design was kept\.$/);
  });

  it('refuses files over 5 MB before reading them', () => {
    expect(checkSize('ok.json', MAX_IMPORT_BYTES)).toBeNull();
    const r = checkSize('big.json', 7.5 * 1024 * 1024);
    expect(r).toEqual({ ok: false, message: 'big.json is 7.5 MB; files over 5.0 MB are not imported. The design was kept.' });
    // Just over: the rounded sizes would read the same, so the bytes say it.
    expect(checkSize('edge.json', MAX_IMPORT_BYTES + 100)).toEqual({
      ok: false,
      message: 'edge.json is 5,242,980 bytes; files over 5,242,880 bytes are not imported. The design was kept.',
    });
  });

  it('says an empty file is empty, not that it is not JSON at line 1', () => {
    expect(parseImport('empty.json', '')).toEqual({ ok: false, message: 'empty.json is empty: it holds no request. The design was kept.' });
    expect(parseImport('blank.json', '\ufeff  \n')).toEqual({ ok: false, message: 'blank.json is empty: it holds no request. The design was kept.' });
  });

  it('reads a file, and refuses a huge one without reading it', async () => {
    const ok = await readImport(new File(['{"messages":{}}'], 'r.json', { type: 'application/json' }));
    expect(ok).toEqual({ ok: true, value: { messages: {} }, text: '{"messages":{}}' });
    const huge = { name: 'huge.json', size: MAX_IMPORT_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as File;
    const refused = await readImport(huge);
    expect(refused.ok).toBe(false);
  });

  it('reads UTF-16 with a byte-order mark (Windows tools write it), and a UTF-8 one without its mark', async () => {
    const json = '{"messages":{"msg":[{"body":{"content":"Grüße 😀"}}]}}';
    const le = new Uint8Array(2 + json.length * 2);
    le.set([0xff, 0xfe]);
    for (let i = 0; i < json.length; i++) {
      le[2 + 2 * i] = json.charCodeAt(i) & 0xff;
      le[3 + 2 * i] = json.charCodeAt(i) >> 8;
    }
    expect(await readImport(new File([le], 'le.json'))).toEqual({ ok: true, value: JSON.parse(json), text: json });
    const bom8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json)]);
    expect(await readImport(new File([bom8], 'bom.json'))).toEqual({ ok: true, value: JSON.parse(json), text: json });
  });

  it('refuses bytes that are not text, saying where, and keeps the design', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"a":"'), 0xff, 0xfe, 0x41, ...new TextEncoder().encode('"}')]);
    const r = await readImport(new File([bytes], 'bad.json'));
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^bad\.json is not text: Invalid UTF-8 at byte 6 \(line 1, column 7\): .*The design was kept\.$/) as string });
  });
});

describe('pasted text (issue 16, F11)', () => {
  it('over 5 MB is refused before it is parsed, with the same limit as files', async () => {
    const text = '[' + '1,'.repeat(10_000_000) + '1]'; // 20 MB
    const before = useDocument.getState().doc;
    const t = performance.now();
    const r = await importText(text);
    expect(performance.now() - t).toBeLessThan(500);
    expect(r).toEqual({ ok: false, text: 'The pasted text is 19.1 MB; pasted texts over 5.0 MB are not imported. The design was kept.' });
    expect(useDocument.getState().doc).toBe(before);
  });

  it('counts UTF-8 bytes near the limit', () => {
    expect(utf8Bytes('aé€😀')).toBe(1 + 2 + 3 + 4);
    const nearly = '"' + 'é'.repeat(MAX_IMPORT_BYTES / 2 - 1) + '"'; // 2 bytes each: exactly the limit
    expect(utf8Bytes(nearly)).toBe(MAX_IMPORT_BYTES);
    expect(readPasted(nearly).ok).toBe(true);
    expect(readPasted(nearly + ' ').ok).toBe(false);
  });

  it('within the limit is imported as before', () => {
    expect(readPasted('{"messages": {}}')).toEqual({ ok: true, value: { messages: {} }, text: '{"messages": {}}' });
  });
});

