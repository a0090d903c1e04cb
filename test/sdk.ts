/**
 * Requests built with CM's own Node SDK, `@cmdotcom/text-sdk` (a devDependency), as
 * the API would receive them: the SDK builds and serializes the request and posts it
 * with axios; while it does, axios's adapter is one that only captures the body, so
 * nothing leaves the machine. Used by the core's SDK tests and the browser tests.
 */
import { createRequire } from 'node:module';
import type { MessageApiClient as Client } from '@cmdotcom/text-sdk';

// The SDK is CommonJS and requires axios itself: take both through Node's require, so that
// the adapter is set on the very axios instance the SDK posts with.
const nodeRequire = createRequire(import.meta.url);
const sdkPath = nodeRequire.resolve('@cmdotcom/text-sdk');
export const { MessageApiClient } = nodeRequire('@cmdotcom/text-sdk') as { MessageApiClient: typeof Client };

interface CapturedRequest {
  method?: string;
  url?: string;
  data?: unknown;
}
const axios = createRequire(sdkPath)('axios') as { defaults: { adapter?: unknown } };

/** What the SDK posted while `send` ran (its adapter captures, sends nothing). */
export async function capturePosts(send: () => Promise<unknown>): Promise<CapturedRequest[]> {
  const posted: CapturedRequest[] = [];
  const original = axios.defaults.adapter;
  axios.defaults.adapter = (config: CapturedRequest) => {
    posted.push(config);
    return Promise.resolve({ data: { details: 'captured, not sent' }, status: 200, statusText: 'OK', headers: {}, config, request: {} });
  };
  try {
    await send();
  } finally {
    axios.defaults.adapter = original;
  }
  return posted;
}

/** The JSON text the SDK would post for a message it built (one POST to CM's message endpoint). */
export async function sdkRequestText(send: () => Promise<unknown>): Promise<string> {
  const posted = await capturePosts(send);
  const req = posted[0];
  if (posted.length !== 1 || !req || req.method?.toUpperCase() !== 'POST' || req.url !== 'https://gw.cmtelecom.com/v1.0/message' || typeof req.data !== 'string')
    throw new Error(`the SDK did not post one request body to CM: ${JSON.stringify(posted.map((p) => [p.method, p.url]))}`);
  return req.data;
}
