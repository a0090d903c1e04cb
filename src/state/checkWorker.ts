/**
 * The core in a Web Worker: checks a large request off the page's main thread.
 * Gets `{ id, doc }`, answers `{ id, report }`. The same check() as everywhere.
 */
import { check } from '../core';

self.onmessage = (e: MessageEvent<{ id: number; doc: unknown }>) => {
  const { id, doc } = e.data;
  (self as unknown as Worker).postMessage({ id, report: check(doc) });
};
