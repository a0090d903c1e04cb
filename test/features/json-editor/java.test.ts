// The Java snippet through the real compiler (JDK 17, as on this project's machines):
// it compiles as it is, and its text block holds exactly the request's JSON, however odd the text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../../../src/examples';
import { bodyWithoutToken, javaTextBlock, snippet } from '../../../src/features/json-editor/snippets';

const ODD = {
  messages: {
    authentication: { producttoken: 'a"b\\c\u0001' },
    msg: [
      {
        body: {
          content: 'quotes """ and "", a backslash \\ and \\u0041 as text, \\" too, a tab\tand\nnew line, \u0001 \u001f, \u2028, \ud800 alone, emoji 👍, trailing space ',
        },
        '': '',
        '*/': '/*',
      },
    ],
  },
};

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'java-snippet-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const javac = (file: string) => execFileSync('javac', ['-encoding', 'UTF-8', '-d', dir, file], { encoding: 'utf8', timeout: 60_000 });

describe('Java snippet, compiled with javac', () => {
  it('compiles as it is, for every example and for odd text', () => {
    for (const request of [...examples.map((e) => e.request), ODD]) {
      const file = join(dir, 'SendMessage.java');
      writeFileSync(file, snippet('java', request, { includeToken: true }));
      expect(() => javac(file)).not.toThrow();
    }
  }, 120_000);

  it('sends exactly the request’s JSON: the text block read back by Java equals it, character for character', () => {
    const json = JSON.stringify(bodyWithoutToken(ODD), null, 2);
    const file = join(dir, 'PrintBody.java');
    writeFileSync(
      file,
      [
        'public class PrintBody {',
        '    public static void main(String[] args) throws Exception {',
        `        String json = ${javaTextBlock(json, '            ')};`,
        // UTF-16 code units as hex, so that nothing is lost on the way out (a lone surrogate would be).
        '        StringBuilder out = new StringBuilder();',
        '        for (char c : json.toCharArray()) out.append(String.format("%04x ", (int) c));',
        '        System.out.print(out);',
        '    }',
        '}',
      ].join('\n'),
    );
    javac(file);
    const units = execFileSync('java', ['-cp', dir, 'PrintBody'], { encoding: 'utf8', timeout: 60_000 }).trim().split(' ');
    const expected = [...`${json}\n`].flatMap((ch) => [...Array(ch.length).keys()].map((i) => ch.charCodeAt(i).toString(16).padStart(4, '0')));
    expect(units).toEqual(expected);
  }, 120_000);
});
