/**
 * The checking of a batch, as the worker runs it (and the page itself where there is no
 * worker): each file read and checked by the core as `npm run check` checks it, its table
 * rows handed on in pieces (about every 40 ms) so that the page draws progress and never
 * takes one long task to receive them, a cancel honoured between two files. The reports
 * stay here: the page gets rows and the summary, and asks for an export when it wants one.
 */
import { checkFile, reportsJson, type CheckedFile, type FileReport } from '../../core/batch';
import { batchCsv, batchMarkdown, batchRows, batchSummary, type BatchRow, type BatchSummary } from '../../core/batchTable';
import type { BatchEntry } from './collect';

export type ExportFormat = 'json' | 'csv' | 'markdown';

export type JobMessage =
  | { type: 'progress'; done: number; total: number; rows: BatchRow[] }
  | { type: 'done'; done: number; total: number; cancelled: boolean; summary: BatchSummary }
  | { type: 'export'; format: ExportFormat; text: string };

/** How long the job works before it hands on what it has and lets a cancel in. */
const SLICE_MS = 40;

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function read(entry: BatchEntry): Promise<{ bytes: Uint8Array } | { text: string } | { unreadable: string }> {
  if ('text' in entry) return { text: entry.text };
  try {
    return { bytes: new Uint8Array(await entry.file.arrayBuffer()) };
  } catch (e) {
    return { unreadable: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/**
 * checkFile, and a file it cannot take (a text too long for a string, say) as one that cannot be
 * read, with the reason: one file never ends the batch.
 */
function checkSafely(name: string, content: Awaited<ReturnType<typeof read>>): CheckedFile {
  try {
    return checkFile({ name, ...content });
  } catch (e) {
    return checkFile({ name, unreadable: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
}

/** One batch: started with its entries, cancelled from outside, asked for exports once done (or cancelled). */
export class BatchJob {
  private reports: FileReport[] = [];
  private rows: BatchRow[] = [];
  private cancelled = false;

  constructor(
    private readonly entries: readonly BatchEntry[],
    private readonly post: (m: JobMessage) => void,
  ) {}

  cancel(): void {
    this.cancelled = true;
  }

  async run(): Promise<void> {
    const total = this.entries.length;
    let pending: BatchRow[] = [];
    let since = now();
    for (let i = 0; i < total && !this.cancelled; i++) {
      const entry = this.entries[i]!;
      const checked = checkSafely(entry.name, await read(entry));
      this.reports.push(checked.report);
      const rows = batchRows([checked.report], [checked.at]).map((r) => ({ ...r, fileIndex: i }));
      for (const r of rows) this.rows.push(r);
      pending = pending.concat(rows);
      if (now() - since >= SLICE_MS || pending.length >= 2000) {
        this.post({ type: 'progress', done: i + 1, total, rows: pending });
        pending = [];
        await pause(); // a cancel gets in here
        since = now();
      }
    }
    const done = this.reports.length;
    if (pending.length > 0) this.post({ type: 'progress', done, total, rows: pending });
    this.post({ type: 'done', done, total, cancelled: this.cancelled && done < total, summary: batchSummary(this.reports) });
  }

  /** The export of what was checked: the CLI's JSON, or the table as CSV or Markdown. */
  exportText(format: ExportFormat): string {
    if (format === 'json') return reportsJson(this.reports);
    if (format === 'csv') return batchCsv(this.rows);
    return batchMarkdown(this.reports, this.rows);
  }
}
