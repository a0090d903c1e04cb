import { findKey, isObject, parseJson } from '../core';
import { redactToken } from './token';

/**
 * Share links: the whole design in the URL fragment (never sent to a server),
 * deflated and base64url-encoded, without the product token.
 *   #share=2.<base64url(deflate-raw(JSON.stringify({ name, doc })))>
 */

export const SHARE_PARAM = 'share';
const FORMAT = '2';

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) throw new Error('the link has characters a share link never has');
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/**
 * The most a share link may unpack to. The largest legal message is a few kB of
 * JSON; 1 MB leaves room for designs far beyond any limit, and stops a small link
 * that unpacks to gigabytes (deflate packs up to about 1,000 to 1) before it fills memory.
 */
export const MAX_SHARE_JSON_BYTES = 1024 * 1024;

/**
 * How much packed input goes in before the output is read: deflate unpacks at most
 * about 1,032 bytes per input byte, so one slice yields at most about 0.5 MB, and
 * reading stops at most that far past the cap.
 */
const INPUT_SLICE = 512;

export type Inflated = { ok: true; bytes: Uint8Array; pulled: number } | { ok: false; reason: 'too-large' | 'damaged'; pulled: number };

/**
 * Unpacks deflate-raw data, reading the output chunk by chunk and stopping as soon
 * as it passes `cap` bytes. The input goes in by small slices, so the stream never
 * holds much more output than was read (its readable side applies backpressure).
 * `pulled` is how many unpacked bytes were read, whatever the outcome.
 */
export async function inflateCapped(bytes: Uint8Array, cap: number = MAX_SHARE_JSON_BYTES): Promise<Inflated> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  const writing = (async () => {
    for (let i = 0; i < bytes.length && !stopped; i += INPUT_SLICE) await writer.write(bytes.subarray(i, i + INPUT_SLICE) as Uint8Array<ArrayBuffer>);
    if (!stopped) await writer.close();
  })();
  // A damaged input errors the readable side too: the reader below reports it.
  writing.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let pulled = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      pulled += value.byteLength;
      if (pulled > cap) {
        stopped = true;
        await reader.cancel().catch(() => undefined);
        await writer.abort().catch(() => undefined);
        return { ok: false, reason: 'too-large', pulled };
      }
      chunks.push(value);
    }
  } catch {
    stopped = true;
    return { ok: false, reason: 'damaged', pulled };
  }
  const out = new Uint8Array(pulled);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes: out, pulled };
}

/** Whether a value is a request the designer can open: an object with a `messages` object (any letter case, as the checker reads it). */
function isRequest(doc: unknown): boolean {
  return isObject(doc) && isObject(doc[findKey(doc, 'messages')]);
}

/** The fragment (without '#') that shares a design; the product token is left out. */
export async function encodeShare(name: string, doc: unknown): Promise<string> {
  const json = JSON.stringify({ name, doc: redactToken(doc, '') });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return `${SHARE_PARAM}=${FORMAT}.${toBase64Url(packed)}`;
}

export type DecodedShare = { ok: true; name: string; doc: unknown } | { ok: false; error: string } | null;

/** Reads a share fragment; null when the fragment is not a share link at all. */
export async function decodeShare(fragment: string): Promise<DecodedShare> {
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!f.startsWith(SHARE_PARAM + '=')) return null;
  const value = f.slice(SHARE_PARAM.length + 1);
  const dot = value.indexOf('.');
  if (dot < 0) return { ok: false, error: 'The share link is incomplete: it may have been cut off when it was copied.' };
  const format = value.slice(0, dot);
  if (format !== FORMAT) return { ok: false, error: `The share link was made by another version of the designer (format ${format.slice(0, 10)}).` };
  // A share link for the largest legal message is a few kB; anything far beyond is not one of ours.
  if (value.length > 2_000_000) return { ok: false, error: 'The share link is too long to be a design.' };
  const damaged: DecodedShare = { ok: false, error: 'The share link is damaged or cut off: the design in it cannot be read. Ask for the link again.' };
  let text: string;
  try {
    const inflated = await inflateCapped(fromBase64Url(value.slice(dot + 1)));
    if (!inflated.ok)
      return inflated.reason === 'too-large'
        ? { ok: false, error: `The share link was not opened: it unpacks to more than ${MAX_SHARE_JSON_BYTES / (1024 * 1024)} MB, far more than any design. Your designs are unchanged.` }
        : damaged;
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return damaged;
  }
  const parsed = parseJson(text);
  if (!parsed.ok || !isObject(parsed.value) || !isRequest(parsed.value.doc))
    return { ok: false, error: 'The share link does not hold a design (a request with a “messages” object). It was not opened; your designs are unchanged.' };
  const name = typeof parsed.value.name === 'string' && parsed.value.name.trim() ? parsed.value.name.slice(0, 120) : 'Shared design';
  return { ok: true, name, doc: parsed.value.doc };
}
