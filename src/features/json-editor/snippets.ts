import { getAt, isObject } from '../../core';
import { applyOp } from '../../state/ops';
import { inexactIntegers } from '../../core/exactIntegers';
import { exactIntegers } from '../../state/text';
import { TOKEN_PLACEHOLDER, tokenOf, tokenPaths } from '../../state/token';

/**
 * Code that posts the request to CM.com, in five languages. Pure: the request in,
 * the text out. The product token travels in the X-CM-PRODUCTTOKEN header (the
 * way CM.com prefers) and is taken out of the body; it is the placeholder unless
 * the user asked for the real one.
 */

/** Where every snippet posts (WEBHOOKS.md, "Sending"). */
export const CM_ENDPOINT = 'https://gw.messaging.cm.com/v1.0/message';
export const TOKEN_HEADER = 'X-CM-PRODUCTTOKEN';

export type SnippetLanguage = 'curl' | 'fetch' | 'python' | 'csharp' | 'java';

export const SNIPPET_LANGUAGES: readonly { id: SnippetLanguage; label: string }[] = [
  { id: 'curl', label: 'cURL' },
  { id: 'fetch', label: 'JavaScript fetch' },
  { id: 'python', label: 'Python requests' },
  { id: 'csharp', label: 'C# HttpClient' },
  { id: 'java', label: 'Java HttpClient' },
];

export interface SnippetOptions {
  /** Put the request's own product token in the header; otherwise the placeholder. */
  includeToken: boolean;
}

/** The header's token: the request's own when asked for and set, the placeholder otherwise. */
export function headerToken(doc: unknown, { includeToken }: SnippetOptions): string {
  const token = tokenOf(doc);
  return includeToken && token ? token : TOKEN_PLACEHOLDER;
}

/**
 * The body a snippet sends: the request without its product token (the header
 * carries it), under every spelling of its keys; an `authentication` object left
 * empty goes too. Key order is kept.
 */
export function bodyWithoutToken(doc: unknown): unknown {
  let out = doc;
  const authPaths = new Set<string>();
  for (const path of tokenPaths(doc)) {
    out = applyOp(out, { kind: 'remove', path });
    authPaths.add(path.slice(0, path.lastIndexOf('/')));
  }
  for (const authPath of authPaths) {
    const auth = getAt(out, authPath);
    if (isObject(auth) && Object.keys(auth).length === 0) out = applyOp(out, { kind: 'remove', path: authPath });
  }
  return out;
}

/** The snippet in one language. */
export function snippet(language: SnippetLanguage, doc: unknown, options: SnippetOptions): string {
  const token = headerToken(doc, options);
  let body = bodyWithoutToken(doc);
  // Integers too long for a JavaScript number are sent with the digits the request's text has: each stands in the
  // body as a marker string, which the finished snippet replaces with the digits (a number there would be rounded).
  const exact: [marker: string, digits: string][] = [];
  const integers = exactIntegers(doc, inexactIntegers);
  if (integers.size > 0) {
    const printed = JSON.stringify(body);
    let nonce = 0;
    while (printed.includes(`@@exact${nonce}-`)) nonce++;
    for (const [path, digits] of integers) {
      if (typeof getAt(body, path) !== 'number') continue;
      const marker = `@@exact${nonce}-${exact.length}@@`;
      body = applyOp(body, { kind: 'set', path, value: marker });
      exact.push([JSON.stringify(marker), digits]);
    }
  }
  const text = ((): string => {
    switch (language) {
      case 'curl':
        return curl(body, token);
      case 'fetch':
        return fetchSnippet(body, token, exact.length > 0);
      case 'python':
        return python(body, token);
      case 'csharp':
        return csharp(body, token);
      case 'java':
        return java(body, token);
    }
  })();
  // In the fetch snippet's string the marker's quotes are escaped.
  return exact.reduce((t, [marker, digits]) => t.replaceAll(marker, digits).replaceAll(JSON.stringify(marker).slice(1, -1), digits), text);
}

/** A POSIX shell word in single quotes. */
export function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function curl(body: unknown, token: string): string {
  // A quoted here-document needs no escaping at all; pretty JSON never has a line
  // that is exactly the delimiter (every inner line starts with a space or a bracket).
  return [
    `curl -X POST ${shellQuote(CM_ENDPOINT)} \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -H ${shellQuote(`${TOKEN_HEADER}: ${token}`)} \\`,
    `  --data-binary @- <<'JSON'`,
    JSON.stringify(body, null, 2),
    'JSON',
    '',
  ].join('\n');
}

/** Whether any object in the value has a `__proto__` key (an object literal would not keep it as data). */
function hasProtoKey(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(hasProtoKey);
  if (!isObject(v)) return false;
  return Object.keys(v).some((k) => k === '__proto__' || hasProtoKey(v[k]));
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? line : prefix + line))
    .join('\n');
}

function fetchSnippet(body: unknown, token: string, asText: boolean): string {
  // JSON is a JavaScript expression (ES2019), so the request is written as an object literal; as the JSON text
  // when it holds integers too long for a JavaScript number (an object would round them).
  const declaration = asText
    ? ['// The request as JSON text: it holds integers too long for a JavaScript number, which an object would round.', `const body = ${JSON.stringify(JSON.stringify(body, null, 2))};`]
    : [`const request = ${hasProtoKey(body) ? `JSON.parse(${JSON.stringify(JSON.stringify(body))})` : JSON.stringify(body, null, 2)};`];
  return [
    ...declaration,
    '',
    `const response = await fetch(${JSON.stringify(CM_ENDPOINT)}, {`,
    `  method: 'POST',`,
    '  headers: {',
    `    'Content-Type': 'application/json',`,
    `    ${JSON.stringify(TOKEN_HEADER)}: ${JSON.stringify(token)},`,
    '  },',
    asText ? '  body,' : '  body: JSON.stringify(request),',
    '});',
    'console.log(response.status, await response.text());',
    '',
  ].join('\n');
}

/**
 * A JSON value as a Python literal: JSON's strings and numbers are Python's too
 * (JSON.stringify writes only escapes Python reads the same way); true, false and
 * null become True, False and None. Four-space indentation, as PEP 8 has it.
 */
export function pythonLiteral(v: unknown, level = 0): string {
  const pad = '    '.repeat(level + 1);
  const close = '    '.repeat(level);
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : 'None';
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return `[\n${v.map((x) => pad + pythonLiteral(x, level + 1)).join(',\n')},\n${close}]`;
  }
  if (isObject(v)) {
    const keys = Object.keys(v);
    if (keys.length === 0) return '{}';
    return `{\n${keys.map((k) => `${pad}${JSON.stringify(k)}: ${pythonLiteral(v[k], level + 1)}`).join(',\n')},\n${close}}`;
  }
  return 'None';
}

function python(body: unknown, token: string): string {
  return [
    'import requests',
    '',
    `request = ${pythonLiteral(body)}`,
    '',
    'response = requests.post(',
    `    ${JSON.stringify(CM_ENDPOINT)},`,
    `    headers={${JSON.stringify(TOKEN_HEADER)}: ${JSON.stringify(token)}},`,
    '    json=request,',
    ')',
    'print(response.status_code, response.text)',
    '',
  ].join('\n');
}

function csharp(body: unknown, token: string): string {
  // A raw string literal (C# 11) takes the JSON as it is: JSON.stringify never writes
  // three quotes in a row, since every quote inside a string is escaped.
  const json = indent(JSON.stringify(body, null, 2), '    ');
  return [
    'using System;',
    'using System.Net.Http;',
    'using System.Text;',
    '',
    'var json = """',
    `    ${json}`,
    '    """;',
    '',
    'using var client = new HttpClient();',
    `using var request = new HttpRequestMessage(HttpMethod.Post, ${JSON.stringify(CM_ENDPOINT)});`,
    `request.Headers.Add(${JSON.stringify(TOKEN_HEADER)}, ${JSON.stringify(token)});`,
    'request.Content = new StringContent(json, Encoding.UTF8, "application/json");',
    '',
    'using var response = await client.SendAsync(request);',
    'Console.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");',
    '',
  ].join('\n');
}

/**
 * The JSON in a Java text block (Java 15+), indented to `prefix`. A text block
 * reads escape sequences, and javac reads \uXXXX anywhere in the source, so every
 * backslash is doubled: the block then holds JSON's own escapes as they are. Three
 * quotes in a row cannot occur (see csharp), and JSON's lines never end in a space
 * that a text block would strip.
 */
export function javaTextBlock(json: string, prefix: string): string {
  return `"""\n${prefix}${indent(json.replace(/\\/g, '\\\\'), prefix)}\n${prefix}"""`;
}

function java(body: unknown, token: string): string {
  return [
    'import java.net.URI;',
    'import java.net.http.HttpClient;',
    'import java.net.http.HttpRequest;',
    'import java.net.http.HttpResponse;',
    '',
    'public class SendMessage {',
    '    public static void main(String[] args) throws Exception {',
    `        String json = ${javaTextBlock(JSON.stringify(body, null, 2), '            ')};`,
    `        HttpRequest request = HttpRequest.newBuilder(URI.create(${JSON.stringify(CM_ENDPOINT)}))`,
    '            .header("Content-Type", "application/json")',
    // JSON's string escapes are Java's; its \uXXXX (control characters) javac reads as the character itself.
    `            .header(${JSON.stringify(TOKEN_HEADER)}, ${JSON.stringify(token)})`,
    '            .POST(HttpRequest.BodyPublishers.ofString(json))',
    '            .build();',
    '        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());',
    '        System.out.println(response.statusCode() + " " + response.body());',
    '    }',
    '}',
    '',
  ].join('\n');
}
