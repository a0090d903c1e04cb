/**
 * The batch job (src/features/batch/batchJob.ts), as the worker runs it: rows handed on as
 * files are checked, a file that is not JSON never stops the batch, a cancel keeps what was
 * checked, and the exports are those of the core.
 */
import { describe, expect, it } from 'vitest';
import { checkFiles, reportsJson } from '../../../src/core/batch';
import { BatchJob, type JobMessage } from '../../../src/features/batch/batchJob';
import { itemsRequest } from '../../core/helpers';

const text = (name: string, body: unknown) => ({ name, text: typeof body === 'string' ? body : JSON.stringify(body) });

describe('BatchJob', () => {
  it('checks every entry (Files read as bytes, pasted text), a row per item, then the summary; the JSON export is the CLI\'s', async () => {
    const a = text('a', itemsRequest({ text: 'one' }, { text: 'two' }));
    const b = text('b', '{"nope":');
    const entries = [a, b, { name: 'c.json', file: new File([JSON.stringify(itemsRequest({ text: 'Hi' }))], 'c.json') }];
    const messages: JobMessage[] = [];
    const job = new BatchJob(entries, (m) => messages.push(m));
    await job.run();
    const rows = messages.flatMap((m) => (m.type === 'progress' ? m.rows : []));
    expect(rows.map((r) => [r.fileIndex, r.file, r.message, r.item, r.outcome])).toEqual([
      [0, 'a', 1, 1, 'text'],
      [0, 'a', 1, 2, 'text'],
      [1, 'b', null, null, null],
      [2, 'c.json', 1, 1, 'text'],
    ]);
    expect(rows[2]).toMatchObject({ codes: ['json/syntax'], line: 1, column: 9 });
    const done = messages.at(-1)!;
    expect(done).toMatchObject({ type: 'done', done: 3, total: 3, cancelled: false });
    expect(done.type === 'done' && done.summary.filesWithErrors).toBe(1);
    const expected = reportsJson(checkFiles([a, b, { name: 'c.json', text: JSON.stringify(itemsRequest({ text: 'Hi' })) }]));
    expect(job.exportText('json')).toBe(expected);
    expect(job.exportText('csv').split('\r\n')).toHaveLength(6); // header, 4 rows, the last line's end
    expect(job.exportText('markdown')).toContain('3 files, 3 conversation items; 1 file with errors.');
  });

  it('a cancel stops it between two files: what was checked stays, and exports', async () => {
    const entries = Array.from({ length: 5000 }, (_, i) => text(`f${i}`, itemsRequest({ text: `item ${i}` })));
    const messages: JobMessage[] = [];
    const job = new BatchJob(entries, (m) => {
      messages.push(m);
      if (m.type === 'progress') job.cancel();
    });
    await job.run();
    const done = messages.at(-1)!;
    expect(done.type).toBe('done');
    if (done.type !== 'done') return;
    expect(done.cancelled).toBe(true);
    expect(done.done).toBeLessThan(5000);
    expect(JSON.parse(job.exportText('json'))).toHaveLength(done.done);
    expect(messages.flatMap((m) => (m.type === 'progress' ? m.rows : []))).toHaveLength(done.done);
  });
});

describe('BatchJob: a file the core cannot take', () => {
  it('is a file that cannot be read, with the reason; the batch goes on', async () => {
    const messages: JobMessage[] = [];
    const throwing = { name: 'huge.json', file: { arrayBuffer: () => Promise.reject(new RangeError('Array buffer allocation failed')) } as unknown as File };
    const job = new BatchJob([throwing, text('ok', itemsRequest({ text: 'Hi' }))], (m) => messages.push(m));
    await job.run();
    const rows = messages.flatMap((m) => (m.type === 'progress' ? m.rows : []));
    expect(rows.map((r) => [r.file, r.codes])).toEqual([
      ['huge.json', ['file/unreadable']],
      ['ok', expect.any(Array)],
    ]);
    expect(JSON.parse(job.exportText('json'))[0].diagnostics[0].message).toBe('The file cannot be read: RangeError: Array buffer allocation failed');
  });
});
