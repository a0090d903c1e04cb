/**
 * The batch on screen: its entries, the rows checked so far, the progress and the summary.
 * Kept while the page is open (closing the Batch dialog, or opening a row in the designer,
 * does not lose it); never saved: nothing of a batch is stored or leaves the page.
 */
import { create } from 'zustand';
import type { BatchRow, BatchSummary } from '../../core/batchTable';
import type { ExportFormat } from './batchJob';
import type { BatchEntry } from './collect';
import { startBatch, type BatchRunner } from './runner';

export type BatchStatus = 'idle' | 'checking' | 'done' | 'cancelled';

interface BatchState {
  entries: BatchEntry[];
  rows: BatchRow[];
  done: number;
  total: number;
  status: BatchStatus;
  summary: BatchSummary | null;
  /** Files of a dropped folder that could not be read. */
  skipped: string[];
}

const EMPTY: BatchState = { entries: [], rows: [], done: 0, total: 0, status: 'idle', summary: null, skipped: [] };

export const useBatch = create<BatchState>(() => EMPTY);

let runner: BatchRunner | null = null;
let generation = 0;

/** Checks these entries as a new batch (the one before ends). */
export function startBatchOf(entries: BatchEntry[], skipped: string[] = []): void {
  runner?.dispose();
  const mine = ++generation;
  useBatch.setState({ ...EMPTY, entries, total: entries.length, status: 'checking', skipped });
  runner = startBatch(entries, (m) => {
    if (mine !== generation) return;
    if (m.type === 'progress') useBatch.setState((s) => ({ rows: s.rows.concat(m.rows), done: m.done }));
    else if (m.type === 'done') useBatch.setState({ done: m.done, status: m.cancelled ? 'cancelled' : 'done', summary: m.summary });
  });
}

/** Stops checking: what was checked stays, with its summary and exports. */
export function cancelBatch(): void {
  if (useBatch.getState().status === 'checking') runner?.cancel();
}

/** The export of the batch (see BatchJob.exportText). */
export function exportBatch(format: ExportFormat): Promise<string> {
  return runner ? runner.exportText(format) : Promise.resolve('');
}

/** Forgets the batch. */
export function clearBatch(): void {
  runner?.dispose();
  runner = null;
  generation++;
  useBatch.setState(EMPTY);
}
