import { check, findKey, isObject, type Report } from '../core';
import { hasIdentity, perVersion } from './ids';

/**
 * The core's report of each document version. A request of ordinary size is checked
 * at once, on the keystroke (well under a millisecond). A large one (thousands of
 * items or cards: hundreds of milliseconds) is checked in a Web Worker, so that the
 * page never freezes: meanwhile the last report stands in, marked pending, and when
 * the worker answers for the version still shown, `onReport` listeners are told.
 * Without workers (tests, the CLI) everything is checked at once.
 */

/** Conversation items and cards from which a request counts as large. */
export const LARGE_REQUEST_ELEMENTS = 1000;

/** Counts the conversation items and cards of a request, stopping at `limit`. */
export function elementCount(doc: unknown, limit = Infinity): number {
  const messages = isObject(doc) ? doc[findKey(doc, 'messages')] : undefined;
  const msgs = isObject(messages) ? messages[findKey(messages, 'msg')] : undefined;
  let n = 0;
  if (!Array.isArray(msgs)) return 0;
  for (const m of msgs) {
    const rich = isObject(m) ? m[findKey(m, 'richContent')] : undefined;
    const conv = isObject(rich) ? rich[findKey(rich, 'conversation')] : undefined;
    if (!Array.isArray(conv)) continue;
    n += conv.length;
    for (const item of conv) {
      const carousel = isObject(item) ? item[findKey(item, 'carousel')] : undefined;
      const cards = isObject(carousel) ? carousel[findKey(carousel, 'cards')] : undefined;
      if (Array.isArray(cards)) n += cards.length;
    }
    if (n >= limit) return n;
  }
  return n;
}

/** Whether a request is large (counted once per document version). */
export const isLarge = perVersion((doc) => elementCount(doc, LARGE_REQUEST_ELEMENTS) >= LARGE_REQUEST_ELEMENTS, false);

/** A version's report, and whether it is still being checked (then `report` is the last one there was). */
export interface ReportState {
  report: Report;
  pending: boolean;
}

const EMPTY: Report = { valid: true, diagnostics: [], messages: [] };
const done = new WeakMap<object, Report>();
let latest: Report = EMPTY;
const listeners = new Set<() => void>();

/** Called when a report arrives for the version shown. */
export function onReport(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let worker: Worker | null | undefined;
let nextId = 0;
/** The version the worker is checking, and the one waiting for it (only the newest waits). */
let inflight: { id: number; doc: object } | null = null;
let waiting: object | null = null;
let shown: unknown;

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = typeof Worker === 'undefined' ? null : new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (worker) {
    worker.onmessage = (e: MessageEvent<{ id: number; report: Report }>) => {
      const job = inflight;
      inflight = null;
      if (job && job.id === e.data.id) {
        done.set(job.doc, e.data.report);
        if (job.doc === shown) {
          latest = e.data.report;
          for (const l of listeners) l();
        }
      }
      if (waiting) send(waiting);
    };
    worker.onerror = () => {
      // A worker that cannot run: check at once from now on.
      worker?.terminate();
      worker = null;
      const job = inflight;
      inflight = null;
      if (job) done.set(job.doc, check(job.doc));
      for (const l of listeners) l();
    };
  }
  return worker;
}

function send(doc: object): void {
  waiting = null;
  inflight = { id: ++nextId, doc };
  worker!.postMessage({ id: inflight.id, doc });
}

/** The report of a document version (see above). */
export function reportOf(doc: unknown): ReportState {
  shown = doc;
  if (hasIdentity(doc)) {
    const known = done.get(doc);
    if (known) return { report: (latest = known), pending: false };
  }
  if (!hasIdentity(doc) || !isLarge(doc) || !startWorker()) {
    const report = check(doc);
    if (hasIdentity(doc)) done.set(doc, report);
    return { report: (latest = report), pending: false };
  }
  if (inflight?.doc !== doc) {
    if (inflight) waiting = doc;
    else send(doc);
  }
  return { report: latest, pending: true };
}
