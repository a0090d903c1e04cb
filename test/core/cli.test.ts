/**
 * The check CLI (src/cli/check.ts): `npm run check -- [--pretty] FILE...`, `-` for stdin.
 * One JSON array of reports with `file`; exit 0 without errors, 1 with an error, 2 for a
 * usage error or an unreadable file.
 */
import { execFile, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../src/cli/buildCli';
import { main, type FileReport } from '../../src/cli/check';
import { runCli } from './runCli';
import { writeJson } from '../../src/cli/writeJson';
import { examplesDir, itemsRequest } from './helpers';

const examples = examplesDir();
const example = (name: string) => join(examples, name);
let dir = '';
const file = (name: string) => join(dir, name);
/**
 * File names that try to inject GitHub workflow commands (relative, so that a line can start with them): a
 * command of its own, one after a line break or after white space .NET trims, the legacy ##[command] (read anywhere in a line).
 */
const INJECTING = ['::error title=x::y.json', 'a\n::warning::b.json', '\u0085::notice::c.json', 'd ##[error]e.json', 'f\r::error::g.json'];

/** Runs f with the working folder set to `folder` (the tests' processes are forks: chdir works), then back. */
async function inDir<T>(folder: string, f: () => T | Promise<T>): Promise<T> {
  const cwd = process.cwd();
  process.chdir(folder);
  try {
    return await f();
  } finally {
    process.chdir(cwd);
  }
}

/** A request with letters outside ASCII, written as UTF-8, Latin-1 and UTF-16. */
const request = JSON.stringify(itemsRequest({ text: 'Grüße' }), null, 2);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'check-cli-'));
  writeFileSync(file('broken.json'), '{\n  "messages": {\n    "msg": [\n  }\n}\n');
  writeFileSync(file('invalid.json'), JSON.stringify(itemsRequest({ text: 'x', media: { mediaUri: 'https://www.cm.com/a.png' }, suggestions: [{ action: 'Reply', label: 'a', postbackdata: 'b' }] })));
  writeFileSync(file('deep.json'), '['.repeat(100_000));
  writeFileSync(file('bom.json'), '\uFEFF' + JSON.stringify(itemsRequest({ text: 'Hi' })));
  writeFileSync(file('utf8.json'), request);
  writeFileSync(file('latin1.json'), Buffer.from(request, 'latin1')); // ü and ß as single bytes: not UTF-8
  const utf16le = Buffer.from('\uFEFF' + request, 'utf16le');
  writeFileSync(file('utf16le.json'), utf16le);
  writeFileSync(file('utf16be.json'), Buffer.from(utf16le).swap16());
  for (const name of INJECTING) writeFileSync(file(name), readFileSync(file('invalid.json')));
  // Request text that messages quote: a mediaUri with a line break and a command in it.
  writeFileSync(file('quotes.json'), JSON.stringify(itemsRequest({ media: { mediaUri: 'ftp://x\n::error::pwned ##[add-mask]x', mimeType: 'image/png' } })));
  // 3 000 items with an error each: a report of about 6 MB.
  const items = Array.from({ length: 3000 }, (_, i) => ({ text: `item ${i}`, suggestions: [{ action: 'Reply', label: 'A label of 21 chars..', postbackdata: 'a' }] }));
  writeFileSync(file('large.json'), JSON.stringify(itemsRequest(...items)));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * The lines of an output the GitHub Actions runner would take as workflow commands: one that
 * starts with :: after white space (.NET's, U+0085 included), or holds the legacy ##[ anywhere.
 */
function commandsIn(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => line.replace(/^[\s\u0085]+/, '').startsWith('::') || line.includes('##['));
}

const run = runCli;

describe('check CLI: JSON output', () => {
  it('prints one report per file, in order, each naming its file; exit 0 without errors', () => {
    const a = example('01-text.json');
    const b = example('12-rich-card-carousel.json');
    const { status, out, err } = run(a, b);
    expect(status).toBe(0);
    expect(err).toBe('');
    const reports = JSON.parse(out) as FileReport[];
    expect(reports.map((r) => r.file)).toEqual([a, b]);
    expect(reports.map((r) => r.valid)).toEqual([true, true]);
    expect(reports[1]!.messages[0]!.items[0]!.outcome).toBe('generic_template');
  });

  it('checks every example without error', () => {
    const files = readdirSync(examples).filter((f) => /^\d\d-.*\.json$/.test(f));
    expect(files).toHaveLength(14);
    const { status, out } = run(...files.map(example));
    expect(status).toBe(0);
    expect((JSON.parse(out) as FileReport[]).map((r) => r.valid)).toEqual(files.map(() => true));
  });

  it('exit 1 when a report has an error', () => {
    const { status, out } = run(example('01-text.json'), file('invalid.json'));
    expect(status).toBe(1);
    const reports = JSON.parse(out) as FileReport[];
    expect(reports.map((r) => r.valid)).toEqual([true, false]);
    expect(reports[1]!.diagnostics.map((d) => d.code)).toContain('matrix/not-supported');
  });

  it('a broken file: json/syntax with line and column, exit 1', () => {
    const { status, out } = run(file('broken.json'));
    expect(status).toBe(1);
    const [report] = JSON.parse(out) as FileReport[];
    expect(report!.diagnostics).toEqual([
      { code: 'json/syntax', severity: 'error', path: '', message: expect.stringMatching(/line 4, column 3/) },
    ]);
  });

  it('a broken file nested 100 000 levels deep: json/syntax, exit 1 (no crash)', () => {
    const { status, out } = run(file('deep.json'));
    expect(status).toBe(1);
    expect((JSON.parse(out) as FileReport[])[0]!.diagnostics.map((d) => d.code)).toEqual(['json/syntax']);
  });

  it('ignores a byte-order mark', () => {
    expect(run(file('bom.json')).status).toBe(0);
  });
});

describe('check CLI: output is streamed, a crash exits 2', () => {
  it('writes what JSON.stringify(value, null, 2) writes, piece by piece, for any JSON-like value (fast-check), but ##[', () => {
    const value = fc.oneof(fc.jsonValue(), fc.anything({ withNullPrototype: true, withSparseArray: true })).filter((v) => !JSON.stringify(v)?.includes('##['));
    fc.assert(
      fc.property(value, (v) => {
        let text = '';
        writeJson(v, (s) => (text += s));
        expect(text).toBe(JSON.stringify(v, null, 2) ?? '');
      }),
    );
    // Strings never hold the runner's legacy ##[command]: the same JSON, written otherwise.
    let tagged = '';
    writeJson({ 'a ##[b': ['##[error]x', '###['] }, (s) => (tagged += s));
    expect(tagged).toBe('{\n  "a ##\\u005bb": [\n    "##\\u005berror]x",\n    "###\\u005b"\n  ]\n}');
    expect(JSON.parse(tagged)).toEqual({ 'a ##[b': ['##[error]x', '###['] });
    let indented = '';
    writeJson({ a: [1, { b: undefined, c: () => 1 }, undefined], d: new Date(0), e: [], f: {} }, (s) => (indented += s), '    ');
    expect(indented).toBe(JSON.stringify({ a: [1, {}, null], d: new Date(0), e: [], f: {} }, null, 2).replace(/\n/g, '\n    '));
  });

  it('writes the report of a large run in pieces, never as one string, and still one JSON array', () => {
    const pieces: string[] = [];
    const status = main([file('large.json'), example('01-text.json')], (s) => pieces.push(s), () => {});
    expect(status).toBe(1);
    const text = pieces.join('');
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(pieces.length).toBeGreaterThan(50);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200_000);
    // The same text as one JSON.stringify of the whole array.
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    expect((JSON.parse(text) as FileReport[]).map((r) => r.valid)).toEqual([false, true]);
  });

  it('a crash (here: the output fails) exits 2, not 1, with a one-line reason', () => {
    for (const format of ['json', 'pretty', 'github']) {
      let err = '';
      const status = main(
        ['--format', format, file('invalid.json')],
        () => {
          throw new RangeError('Invalid string length');
        },
        (s) => (err += s),
      );
      expect([format, status]).toEqual([format, 2]);
      expect(err).toMatch(/^[^\n]*RangeError: Invalid string length\n$/);
    }
  });
});

describe('check CLI: the bytes of a file', () => {
  it('invalid UTF-8 is json/encoding, with its byte, line and column, exit 1 (not U+FFFD and a pass)', () => {
    const { status, out } = run(file('latin1.json'));
    expect(status).toBe(1);
    const line = request.split('\n').findIndex((l) => l.includes('Grüße')) + 1;
    const column = request.split('\n')[line - 1]!.indexOf('ü') + 1;
    const byte = Buffer.from(request.slice(0, request.indexOf('ü')), 'latin1').length;
    expect((JSON.parse(out) as FileReport[])[0]!.diagnostics).toEqual([
      { code: 'json/encoding', severity: 'error', path: '', message: expect.stringContaining(`Invalid UTF-8 at byte ${byte} (line ${line}, column ${column})`) },
    ]);
    const github = run('--format', 'github', file('latin1.json'));
    expect(github.out).toMatch(new RegExp(`^::error file=[^,]*latin1\\.json,line=${line},col=${column},title=json/encoding::Invalid UTF-8 at byte ${byte} `, 'm'));
  });

  it('UTF-16 with a byte-order mark, little or big endian, is decoded: the same report as in UTF-8', () => {
    const [utf8, le, be] = JSON.parse(run(file('utf8.json'), file('utf16le.json'), file('utf16be.json')).out) as FileReport[];
    expect(utf8!.valid).toBe(true);
    const { file: _, ...expected } = utf8!;
    expect(le).toEqual({ ...expected, file: file('utf16le.json') });
    expect(be).toEqual({ ...expected, file: file('utf16be.json') });
  });
});

describe('check CLI: --pretty', () => {
  it('names each item’s outcome and each diagnostic’s code and path', () => {
    const { status, out } = run('--pretty', example('06-direct-message-with-quick-reply-suggestions.json'), file('invalid.json'));
    expect(status).toBe(1);
    expect(out).toContain('06-direct-message-with-quick-reply-suggestions.json: valid');
    expect(out).toMatch(/msg\[0\] item\[0\]: text · suggestions as quick_replies · 1 send/);
    expect(out).toContain('invalid.json: INVALID');
    expect(out).toMatch(/not_supported/);
    expect(out).toMatch(/error\s+matrix\/not-supported\s+\/messages\/msg\/0\/richContent\/conversation\/0/);
  });

  it('shows json/syntax at the root', () => {
    const { out } = run('--pretty', file('broken.json'));
    expect(out).toMatch(/error\s+json\/syntax\s+\(root\)/);
    expect(out).toMatch(/line 4, column 3/);
  });
});

describe('check CLI: --format github', () => {
  it('puts an annotation at each problem’s line and column, titled with its rule code, then a summary line per file', () => {
    const text = JSON.stringify(
      itemsRequest({ header: 'Pick one', suggestions: [{ action: 'Reply', label: 'A label of 21 chars..', postbackdata: 'a' }] }),
      null,
      2,
    );
    writeFileSync(file('label.json'), text);
    const { status, out } = run('--format', 'github', file('label.json'), example('01-text.json'));
    expect(status).toBe(1);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('"A label of 21 chars.."')) + 1;
    const col = lines[line - 1]!.indexOf('"A label') + 1;
    expect(out).toContain(`::error file=${file('label.json').replace(/:/g, '%3A')},line=${line},col=${col},title=suggestion/label-too-long::`);
    expect(out.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(1);
    expect(out.trimEnd().split('\n').slice(-2)).toEqual([`${file('label.json')}: INVALID (1 error, 0 warnings)`, `${example('01-text.json')}: valid (0 errors, 0 warnings)`]);
  });

  it('puts a syntax error where the text breaks, and escapes a file name that would break the command', () => {
    const odd = file('a,b:c%d.json');
    writeFileSync(odd, readFileSync(file('broken.json')));
    const { status, out } = run('--format=github', odd);
    expect(status).toBe(1);
    expect(out).toMatch(/^::error file=[^,]*a%2Cb%3Ac%25d\.json,line=4,col=3,title=json\/syntax::/m);
  });

  it('file names and request text cannot inject workflow commands: no line starts with :: but its own annotations, none holds ##[', async () => {
    // Named to inject (relative names, so that a line can start with them): a command of its own, one after
    // a line break or after white space .NET trims, and the runner's legacy ##[command], read anywhere in a line.
    const names = INJECTING;
    const files = [...names, 'quotes.json', '::error::missing\n::error::missing.json'];
    await inDir(dir, () => {
      const reports = JSON.parse(run(...files).out) as FileReport[];
      expect(reports[5]!.diagnostics.map((d) => d.message).join()).toContain('::error::pwned ##[add-mask]');
      const diagnostics = reports.reduce((n, r) => n + r.diagnostics.length, 0);
      for (const format of ['github', 'pretty', 'json']) {
        const { status, out, err } = run('--format', format, ...files);
        expect([format, status]).toEqual([format, 2]);
        // In the github format, the commands are its annotations, each with its file name escaped; elsewhere none.
        expect([format, commandsIn(out).length]).toEqual([format, format === 'github' ? diagnostics : 0]);
        for (const command of commandsIn(out)) expect(command).toMatch(/^::(error|warning|notice) file=[^:,\n]*,line=\d+,col=\d+,title=[^:,]*::[^\n]*$/);
        expect([format, commandsIn(err)]).toEqual([format, []]);
      }
      const summaries = run('--format', 'github', ...files).out.split('\n').filter((l) => /: (valid|INVALID) \(\d+ errors?, \d+ warnings?\)$/.test(l));
      expect(summaries.slice(0, 5)).toEqual(
        ['%3A:error title=x::y.json', 'a%0A::warning::b.json', '\u0085%3A:notice::c.json', 'd ##%5Berror]e.json', 'f%0D::error::g.json'].map(
          (name) => `${name}: INVALID (1 error, 1 warning)`,
        ),
      );
      // The JSON output still parses to the same reports.
      expect(JSON.parse(run(...files).out)).toEqual(reports);
    });
  });

  it('20 000 problems: about as fast as the JSON format of the same run, not quadratic (line starts found once)', () => {
    const label = { action: 'Reply', label: 'A label of 21 chars..', postbackdata: 'a' };
    const items = Array.from({ length: 20_000 }, (_, i) => ({ text: `item ${i}`, suggestions: [label] }));
    writeFileSync(file('many.json'), JSON.stringify(itemsRequest(...items), null, 2));
    const timed = (...argv: string[]) => {
      const start = performance.now();
      const result = run(...argv);
      return { ...result, ms: performance.now() - start };
    };
    timed(file('invalid.json')); // warm up
    const json = timed(file('many.json'));
    const github = timed('--format', 'github', file('many.json'));
    const problems = (JSON.parse(json.out) as FileReport[])[0]!.diagnostics.length;
    expect(problems).toBeGreaterThanOrEqual(20_000);
    expect(github.out.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(problems);
    // The last annotation sits on the last item's label line.
    const text = readFileSync(file('many.json'), 'utf8');
    const lastLabel = text.slice(0, text.lastIndexOf('"A label of 21')).split('\n').length;
    expect(github.out).toContain(`,line=${lastLabel},`);
    // Quadratic took about a minute here; linear is within a small factor of the JSON format (the machine is noisy: generous).
    expect(github.ms, `github ${Math.round(github.ms)} ms, json ${Math.round(json.ms)} ms`).toBeLessThan(3 * json.ms + 1500);
  }, 120_000);

  it('a request nested 5 000 levels deep: each problem at its line, no stack overflow', () => {
    const deepObjects = JSON.stringify(itemsRequest({ text: 'Hi' }), null, 2).replace('"text": "Hi"', '"text": "Hi",\n"x": ' + '{"a":'.repeat(5000) + '1' + '}'.repeat(5000));
    writeFileSync(file('deep-objects.json'), deepObjects);
    writeFileSync(file('deep-arrays.json'), '{\n  "messages": {\n    "msg": ' + '['.repeat(5000) + ']'.repeat(5000) + '\n  }\n}\n');
    for (const [name, status, line] of [
      ['deep-objects.json', 0, deepObjects.split('\n').findIndex((l) => l.startsWith('"x"')) + 1],
      ['deep-arrays.json', 1, 3],
    ] as const) {
      const json = run(file(name));
      expect(json.status, name).toBe(status);
      const github = run('--format', 'github', file(name));
      expect([github.status, github.err], name).toEqual([status, '']);
      const annotations = github.out.split('\n').filter((l) => l.startsWith('::'));
      expect(annotations).toHaveLength((JSON.parse(json.out) as FileReport[])[0]!.diagnostics.length);
      expect(annotations.some((a) => a.includes(`,line=${line},`)), name).toBe(true);
    }
  });

  it('refuses an unknown format with exit 2', () => {
    expect(run('--format', 'xml', example('01-text.json'))).toMatchObject({ status: 2, err: expect.stringMatching(/unknown format xml/) });
    expect(run('--format')).toMatchObject({ status: 2, err: expect.stringMatching(/unknown format \(none\)/) });
  });
});

describe('file/unreadable', () => {
  const unreadable = (f: string, reason: RegExp) => ({
    file: f,
    valid: false,
    diagnostics: [{ code: 'file/unreadable', severity: 'error', path: '', message: expect.stringMatching(reason) }],
    messages: [],
  });

  it('a file that cannot be read gets its own report, the run goes on, and exits 2 at the end', () => {
    const missing = file('does-not-exist.json');
    const { status, out, err } = run(missing, example('01-text.json'), dir, file('invalid.json'));
    expect(status).toBe(2);
    const reports = JSON.parse(out) as FileReport[];
    expect(reports).toEqual([
      unreadable(missing, /^The file cannot be read: ENOENT/),
      expect.objectContaining({ file: example('01-text.json'), valid: true }),
      unreadable(dir, /^The file cannot be read: EISDIR/),
      expect.objectContaining({ file: file('invalid.json'), valid: false }),
    ]);
    expect(err.split('\n')).toEqual([expect.stringMatching(/^cannot read ".*does-not-exist\.json": ENOENT/), expect.stringMatching(/^cannot read ".*": EISDIR/), '']);
  });

  it('in the other formats too: an annotation and a summary line; a verdict and its reason', () => {
    const missing = file('does-not-exist.json');
    const github = run('--format', 'github', missing, example('01-text.json'));
    expect(github.status).toBe(2);
    expect(github.out).toMatch(/^::error file=[^,]*does-not-exist\.json,line=1,col=1,title=file\/unreadable::The file cannot be read: ENOENT/m);
    expect(github.out).toContain(`${missing}: INVALID (1 error, 0 warnings)\n${example('01-text.json')}: valid`);
    const pretty = run('--pretty', missing, example('01-text.json'));
    expect(pretty.status).toBe(2);
    expect(pretty.out).toMatch(/does-not-exist\.json: INVALID[^]*error\s+file\/unreadable\s+\(root\)\s+The file cannot be read: ENOENT[^]*01-text\.json: valid/);
  });
});

describe('check CLI: usage', () => {
  it('no file or an unknown option: exit 2 with the usage', () => {
    expect(run()).toMatchObject({ status: 2, err: expect.stringMatching(/usage/) });
    expect(run('--colour', example('01-text.json'))).toMatchObject({ status: 2, err: expect.stringMatching(/unknown option --colour/) });
  });

  it('-- ends the options: what follows is a file, even --pretty or --format', () => {
    const { status, out } = run('--', '--format', file('invalid.json'));
    expect(status).toBe(2);
    expect((JSON.parse(out) as FileReport[]).map((r) => [r.file, r.valid, r.diagnostics[0]!.code])).toEqual([
      ['--format', false, 'file/unreadable'],
      [file('invalid.json'), false, expect.any(String)],
    ]);
  });

  it('--help: exit 0 with the usage on stdout', () => {
    expect(run('--help')).toMatchObject({ status: 0, out: expect.stringMatching(/usage/) });
  });
});

describe('check CLI: the real command', () => {
  const repo = fileURLToPath(new URL('../../', import.meta.url));

  it('runs with tsx, no build step: npx tsx src/cli/check.ts ../shared/examples/01-text.json', async () => {
    const target = join(examples, '01-text.json');
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/cli/check.ts', target], { cwd: repo, timeout: 30_000 });
    const [report] = JSON.parse(stdout) as FileReport[];
    expect(report).toMatchObject({ file: target, valid: true });
    expect(report!.messages[0]!.items[0]!.outcome).toBe('text');
  }, 40_000);

  it('exits 1 for a request with an error, reading it from stdin (-)', async () => {
    const child = promisify(execFile)('npx', ['tsx', 'src/cli/check.ts', '-'], { cwd: repo, timeout: 30_000 });
    child.child.stdin!.end('{"messages": {"msg": []}}');
    await expect(child).rejects.toMatchObject({ code: 1, stdout: expect.stringContaining('schema/min-items') });
  }, 40_000);
});

/** A request written by hand, with odd indentation, and three problems only safe fixes remedy. */
const FIXABLE = [
  '{ "messages": {',
  '      "msg": [ {',
  '   "from": "Page",  "to": [{"number": "123"}],',
  '   "body": {"type": "auto", "content": "Grüße"},',
  '\t"allowedChannels": ["SMS"],',
  '   "richContent": {"conversation": [ { "media": {"mediaName": "a.png", "mediaUri": "https://x.test/a"},',
  '        "suggestions": [{"action": "Dial", "label": "Call", "dial": {"phoneNumber": "+31 20 123 4567"}}] },',
  '     { "text": "A label that is far too long is not a safe fix", "suggestions": [{"action": "Reply", "label": "Twenty-four characters!!", "postbackdata": "x"}] } ] }',
  ' } ] } }',
  '',
].join('\r\n');

describe('check CLI: --fix and --fix-dry-run', () => {
  it('--fix rewrites only the fixed spans, says what it changed, and reports the re-check', () => {
    const target = file('fixable.json');
    writeFileSync(target, FIXABLE);
    const { status, out, err } = run('--fix', target);
    const after = readFileSync(target, 'utf8');
    // Every line but the three fixed ones is byte for byte the same (tabs, CRLF, spacing).
    const before = FIXABLE.split('\r\n');
    const lines = after.split('\r\n');
    expect(lines).toHaveLength(before.length);
    const changed = lines.map((l, i) => (l === before[i] ? -1 : i)).filter((i) => i >= 0);
    expect(changed).toEqual([4, 5, 6]);
    expect(lines[4]).toMatch(/^\t"allowedChannels": \["SMS", ?"Facebook Messenger"\],$/);
    expect(lines[5]).toContain('"mediaUri": "https://x.test/a", "mimeType": "image/png"}');
    expect(lines[6]).toContain('"phoneNumber": "+31201234567"');
    expect(err.trim().split('\n')).toEqual([
      `fixed ${target}: channel/messenger-not-allowed at /messages/msg/0/allowedChannels: Add "Facebook Messenger"`,
      `fixed ${target}: media/mime-missing at /messages/msg/0/richContent/conversation/0/media: Set mimeType to image/png (from .png)`,
      `fixed ${target}: suggestion/phone-invalid at /messages/msg/0/richContent/conversation/0/suggestions/0/dial/phoneNumber: Write it as +31201234567`,
    ]);
    // The label is not fixed unattended: the re-check still has its error, so the exit status is 1.
    const [report] = JSON.parse(out) as FileReport[];
    expect(report!.diagnostics.map((d) => d.code)).toContain('suggestion/label-too-long');
    expect(report!.diagnostics.map((d) => d.code)).not.toContain('media/mime-missing');
    expect(status).toBe(1);
    // A second run has nothing left to fix and changes nothing.
    const again = run('--fix', target);
    expect(again.err).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(after);
  });

  it('--fix-dry-run prints the unified diff and writes nothing', () => {
    const target = file('dry.json');
    writeFileSync(target, FIXABLE);
    const { status, out, err } = run('--fix-dry-run', target);
    expect(readFileSync(target, 'utf8')).toBe(FIXABLE);
    const name = target.replace(/^\/+/, '');
    expect(out.startsWith(`--- a/${name}\n+++ b/${name}\n@@ `)).toBe(true);
    expect(out).toContain('-\t"allowedChannels": ["SMS"],');
    expect(out).toMatch(/\n\+\t"allowedChannels": \["SMS", ?"Facebook Messenger"\],/);
    expect(out.split('\n').filter((l) => /^[-+][^-+]/.test(l))).toHaveLength(6);
    expect(err).toMatch(/^would fix /);
    expect(status).toBe(1);
  });

  it('--fix-dry-run exits with the status of the file as it is: a file only its safe fixes would mend still fails', () => {
    const target = file('dry-mendable.json');
    const mendable = JSON.stringify({
      messages: { msg: [{ from: 'Shop', to: [{ number: '123' }], body: { type: 'auto', content: 'Hi' }, allowedChannels: ['Facebook Messenger'], richContent: { conversation: [{ header: 'Shop', text: 'Call us', suggestions: [{ action: 'Dial', label: 'Call', dial: { phoneNumber: '+31 (0)76 123 4567' } }] }] } }] },
    });
    writeFileSync(target, mendable);
    expect(run(target).status).toBe(1);
    const dry = run('--fix-dry-run', target);
    expect(dry.out).toContain('+31761234567');
    expect(dry.status).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe(mendable);
    // Fixed for real, it passes.
    expect(run('--fix', target).status).toBe(0);
    expect(run(target).status).toBe(0);
  });

  it('keeps a UTF-16 file UTF-16, and a UTF-8 byte-order mark', () => {
    const le = file('fix16.json');
    writeFileSync(le, Buffer.from('\uFEFF' + FIXABLE, 'utf16le'));
    run('--fix', le);
    const bytes = readFileSync(le);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(bytes.toString('utf16le')).toContain('"mimeType": "image/png"');
    expect(bytes.toString('utf16le')).toContain('Grüße');
    const bom = file('fixbom.json');
    writeFileSync(bom, '\uFEFF' + FIXABLE);
    run('--fix', bom);
    const b = readFileSync(bom);
    expect([b[0], b[1], b[2]]).toEqual([0xef, 0xbb, 0xbf]);
    expect(b.toString('utf8')).toContain('"phoneNumber": "+31201234567"');
  });

  it('leaves a broken file, a valid file and standard input alone', () => {
    const broken = readFileSync(file('broken.json'));
    expect(run('--fix', file('broken.json')).status).toBe(1);
    expect(readFileSync(file('broken.json'))).toEqual(broken);
    const ok = run('--fix', example('01-text.json'));
    expect([ok.status, ok.err]).toEqual([0, '']);
    const stdin = run('--fix', '-');
    expect(stdin.status).toBe(2);
    expect(stdin.err).toMatch(/cannot fix standard input/);
    expect(run('--fix', '--fix-dry-run', example('01-text.json')).status).toBe(2);
  });
});

describe('check CLI: the one-file build for other projects’ CI (npm run build:cli)', () => {
  let cli = '';
  beforeAll(async () => {
    // Built into a folder of its own under the system's temp folder: no node_modules anywhere above it.
    cli = await buildCli(mkdtempSync(join(tmpdir(), 'cm-check-')));
  }, 60_000);
  afterAll(() => {
    if (cli) rmSync(dirname(cli), { recursive: true, force: true });
  });

  /** Runs `node cm-check.mjs ...argv`, resolving with its exit code and output whatever the code. */
  const node = (argv: string[], stdin?: string, cwd = dirname(cli)) =>
    new Promise<{ status: number; out: string; err: string }>((resolve) => {
      const child = execFile(process.execPath, [cli, ...argv], { cwd, timeout: 30_000 }, (error, out, err) =>
        resolve({ status: error ? Number((error as { code?: number }).code) : 0, out, err }),
      );
      child.stdin!.end(stdin ?? '');
    });

  it('is one file that imports nothing but Node itself', () => {
    expect(readdirSync(dirname(cli))).toEqual(['cm-check.mjs']);
    const imports = [...readFileSync(cli, 'utf8').matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    expect(imports.every((m) => m!.startsWith('node:'))).toBe(true);
  });

  it('gives the same reports and exit status as npm run check, file by file and from stdin', async () => {
    const files = [
      ...readdirSync(examples)
        .filter((f) => /^\d\d-.*\.json$/.test(f))
        .map(example),
      ...['invalid.json', 'broken.json', 'bom.json', 'latin1.json', 'utf16le.json', 'utf16be.json'].map(file),
    ];
    const built = await node(files);
    const own = run(...files);
    expect(built.status).toBe(1);
    expect(built.status).toBe(own.status);
    expect(JSON.parse(built.out)).toEqual(JSON.parse(own.out));
    const github = await node(['--format', 'github', ...files]);
    expect(github.out).toBe(run('--format', 'github', ...files).out);
    const pretty = await node(['--pretty', '-'], '{"messages": {"msg": []}}');
    expect(pretty.status).toBe(1);
    expect(pretty.out).toMatch(/error\s+schema\/min-items/);
  });

  it('runs whatever its name: a renamed copy and a link to it report an invalid file with exit 1', async () => {
    const other = mkdtempSync(join(tmpdir(), 'cm-check-renamed-'));
    try {
      const renamed = join(other, 'validate-requests.mjs');
      copyFileSync(cli, renamed);
      const linked = join(other, 'lint');
      symlinkSync(cli, linked);
      for (const program of [renamed, linked]) {
        const result = await new Promise<{ status: number; out: string }>((resolve) => {
          execFile(process.execPath, [program, file('invalid.json')], { cwd: other, timeout: 30_000 }, (error, out) =>
            resolve({ status: error ? Number((error as { code?: number }).code) : 0, out }),
          );
        });
        expect(result.status, program).toBe(1);
        expect((JSON.parse(result.out) as FileReport[])[0]).toMatchObject({ file: file('invalid.json'), valid: false });
      }
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('a crash outside the checks (its output closed early) exits 2 with a one-line reason', async () => {
    const child = spawn(process.execPath, [cli, file('large.json')], { cwd: dirname(cli) });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += String(d)));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((resolve) => child.on('exit', resolve));
    expect(status).toBe(2);
    expect(err).toMatch(/^cm-check: crashed: [^\n]*EPIPE[^\n]*\n$/);
  });

  it('file/unreadable: a file without read permission gets its own report, exit 2 (run as nobody when the tests run as root)', async () => {
    const box = mkdtempSync(join(tmpdir(), 'cm-check-permission-'));
    try {
      chmodSync(box, 0o755);
      const program = join(box, 'cm-check.mjs');
      copyFileSync(cli, program);
      chmodSync(program, 0o644);
      const locked = join(box, 'locked.json');
      writeFileSync(locked, '{}');
      chmodSync(locked, 0o000);
      const readable = join(box, 'readable.json');
      copyFileSync(example('01-text.json'), readable);
      chmodSync(readable, 0o644);
      const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const result = await new Promise<{ status: number; out: string }>((resolve) => {
        execFile(process.execPath, [program, locked, readable], { cwd: box, timeout: 30_000, ...asNobody }, (error, out) =>
          resolve({ status: error ? Number((error as { code?: number }).code) : 0, out }),
        );
      });
      expect(result.status).toBe(2);
      const reports = JSON.parse(result.out) as FileReport[];
      expect(reports[0]).toEqual({
        file: locked,
        valid: false,
        diagnostics: [{ code: 'file/unreadable', severity: 'error', path: '', message: expect.stringMatching(/^The file cannot be read: EACCES/) }],
        messages: [],
      });
      expect(reports[1]).toMatchObject({ file: readable, valid: true });
    } finally {
      rmSync(box, { recursive: true, force: true });
    }
  });

  it('the same output as npm run check in every format, for file names that try to inject commands, bytes that are not text, unreadable files and --', async () => {
    const files = ['--', ...INJECTING, 'quotes.json', 'latin1.json', 'utf16be.json', '--pretty', 'missing\n::error::x.json', '.'];
    for (const format of ['json', 'pretty', 'github']) {
      const built = await node(['--format', format, ...files], undefined, dir);
      const own = await inDir(dir, () => run('--format', format, ...files));
      expect([format, built.status, built.out, built.err]).toEqual([format, 2, own.out, own.err]);
    }
  });

  it('an unreadable file: the same reports and exit 2 as npm run check', async () => {
    const files = [file('does-not-exist.json'), example('01-text.json'), dir];
    const built = await node(files);
    expect(built.status).toBe(2);
    expect(built.out).toBe(run(...files).out);
  });

  it('reads a file named --pretty after --', async () => {
    const named = await new Promise<{ status: number; out: string }>((resolve) => {
      writeFileSync(file('--pretty'), readFileSync(file('invalid.json')));
      execFile(process.execPath, [cli, '--', '--pretty', '-'], { cwd: dir, timeout: 30_000 }, (error, out) =>
        resolve({ status: error ? Number((error as { code?: number }).code) : 0, out }),
      ).stdin!.end(readFileSync(example('01-text.json')));
    });
    expect(named.status).toBe(1);
    expect((JSON.parse(named.out) as FileReport[]).map((r) => [r.file, r.valid])).toEqual([
      ['--pretty', false],
      ['-', true],
    ]);
  });

  it('fixes files as npm run check --fix does', async () => {
    const built = file('built-fix.json');
    const own = file('own-fix.json');
    writeFileSync(built, FIXABLE);
    writeFileSync(own, FIXABLE);
    const b = await node(['--fix', built]);
    const o = run('--fix', own);
    expect(readFileSync(built, 'utf8')).toBe(readFileSync(own, 'utf8'));
    expect(b.status).toBe(o.status);
    expect(b.err.replaceAll(built, 'F')).toBe(o.err.replaceAll(own, 'F'));
    const dry = await node(['--fix-dry-run', '--', '-'], FIXABLE);
    expect(dry.out).toMatch(/^--- a\/\(standard input\)\n\+\+\+ b\/\(standard input\)\n/);
  });

  it('names itself in its usage, and exits 2 on a usage error', async () => {
    const { status, err } = await node([]);
    expect(status).toBe(2);
    expect(err).toMatch(/^usage: node cm-check\.mjs \[--pretty \| --format json\|pretty\|github\] \[--fix \| --fix-dry-run\] \[--\] FILE/);
  });
});
