/**
 * Starts a batch in a Web Worker (src/features/batch/batchWorker.ts), or, where the browser
 * gives none (or it fails to start), in the page itself with the same job.
 */
import { BatchJob, type ExportFormat, type JobMessage } from './batchJob';
import type { WorkerRequest } from './batchWorker';
import type { BatchEntry } from './collect';

export interface BatchRunner {
  cancel(): void;
  /** The export of what was checked (the whole batch once it is done; what was checked when cancelled). */
  exportText(format: ExportFormat): Promise<string>;
  /** Ends the worker (a new batch, the view gone). */
  dispose(): void;
}

function inPage(entries: BatchEntry[], onMessage: (m: JobMessage) => void): BatchRunner {
  const job = new BatchJob(entries, onMessage);
  void job.run();
  return { cancel: () => job.cancel(), exportText: (format) => Promise.resolve(job.exportText(format)), dispose: () => job.cancel() };
}

export function startBatch(entries: BatchEntry[], onMessage: (m: JobMessage) => void): BatchRunner {
  let worker: Worker;
  try {
    if (typeof Worker === 'undefined') return inPage(entries, onMessage);
    worker = new Worker(new URL('./batchWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inPage(entries, onMessage);
  }
  const waiting = new Map<ExportFormat, ((text: string) => void)[]>();
  let fallback: BatchRunner | null = null;
  let heard = false;
  worker.onmessage = (e: MessageEvent<JobMessage>) => {
    const m = e.data;
    heard = true;
    if (m.type === 'export') {
      for (const resolve of waiting.get(m.format) ?? []) resolve(m.text);
      waiting.delete(m.format);
    } else onMessage(m);
  };
  worker.onerror = (e) => {
    // A worker that cannot start (its script refused, say): the same job in the page, from the start.
    // Once it has answered, a job that fails is not run again: the error is the page's to see.
    if (heard) return;
    e.preventDefault();
    worker.terminate();
    fallback = inPage(entries, onMessage);
  };
  const send = (m: WorkerRequest) => worker.postMessage(m);
  send({ type: 'start', entries });
  return {
    cancel: () => (fallback ? fallback.cancel() : send({ type: 'cancel' })),
    exportText: (format) => {
      if (fallback) return fallback.exportText(format);
      return new Promise((resolve) => {
        waiting.set(format, [...(waiting.get(format) ?? []), resolve]);
        send({ type: 'export', format });
      });
    },
    dispose: () => {
      fallback?.dispose();
      worker.terminate();
    },
  };
}
