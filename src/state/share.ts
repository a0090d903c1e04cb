import { parseJson } from '../core';
import { redactToken } from './token';
import { isObject } from '../core';

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
  let text: string;
  try {
    const bytes = await pipe(fromBase64Url(value.slice(dot + 1)), new DecompressionStream('deflate-raw'));
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'The share link is damaged or cut off: the design in it cannot be read. Ask for the link again.' };
  }
  const parsed = parseJson(text);
  if (!parsed.ok || !isObject(parsed.value) || !('doc' in parsed.value))
    return { ok: false, error: 'The share link does not hold a design.' };
  const name = typeof parsed.value.name === 'string' && parsed.value.name.trim() ? parsed.value.name.slice(0, 120) : 'Shared design';
  return { ok: true, name, doc: parsed.value.doc };
}
