/**
 * The batch's Web Worker: the same core as the page and `npm run check`, off the page's main
 * thread. Gets `start` (the entries: Files, read here, or pasted text), `cancel` and
 * `export`; answers with the job's messages (see batchJob.ts).
 */
import { BatchJob, type ExportFormat, type JobMessage } from './batchJob';
import type { BatchEntry } from './collect';

export type WorkerRequest = { type: 'start'; entries: BatchEntry[] } | { type: 'cancel' } | { type: 'export'; format: ExportFormat };

const post = (m: JobMessage) => (self as unknown as Worker).postMessage(m);
let job: BatchJob | null = null;

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const m = e.data;
  if (m.type === 'start') {
    job = new BatchJob(m.entries, post);
    void job.run();
  } else if (m.type === 'cancel') job?.cancel();
  else if (job) post({ type: 'export', format: m.format, text: job.exportText(m.format) });
};
