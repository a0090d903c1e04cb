import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useId, useMemo, useRef, useState, type DragEvent } from 'react';
import { decodeJsonBytes, MATRIX, parseJson, RULES, type Outcome, type RuleCode } from '../../core';
import type { BatchRow, BatchSummary } from '../../core/batchTable';
import { createDesign, currentDesign, notify } from '../../state/designs';
import { useUi } from '../../state/ui';
import { OUTCOME_LABELS } from '../canvas/OutcomeBadge';
import { copyText, downloadText } from '../shared/clipboard';
import type { ExportFormat } from './batchJob';
import { dropEntries, entriesFromDrop, entriesFromFileList, entriesFromNdjson, type BatchEntry } from './collect';
import { cancelBatch, exportBatch, startBatchOf, useBatch } from './store';
// The dialogs' look (head, close button) is the gallery's stylesheet, loaded with it: loaded here too.
import '../gallery/gallery.css';
import './batch.css';

const ROW_HEIGHT = 36;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

type SortKey = 'file' | 'outcome' | 'matrixRow' | 'errors' | 'warnings' | 'infos';
type Severity = 'any' | 'error' | 'warning' | 'info' | 'clean';
/** The outcome filter: an outcome, or the files with no conversation item (not JSON, not a request). */
type OutcomeFilter = 'any' | Outcome | 'none';

const SEVERITY_FILTERS: Record<Severity, { label: string; test: (r: BatchRow) => boolean }> = {
  any: { label: 'Any', test: () => true },
  error: { label: 'With errors', test: (r) => r.errors > 0 },
  warning: { label: 'With warnings', test: (r) => r.warnings > 0 },
  info: { label: 'With infos', test: (r) => r.infos > 0 },
  clean: { label: 'Without problems', test: (r) => r.errors + r.warnings + r.infos === 0 },
};

const inBatchOrder = (a: BatchRow, b: BatchRow) => a.fileIndex - b.fileIndex || (a.message ?? 0) - (b.message ?? 0) || (a.item ?? 0) - (b.item ?? 0);
const SORTS: Record<SortKey, (a: BatchRow, b: BatchRow) => number> = {
  file: inBatchOrder,
  outcome: (a, b) => (a.outcome ?? '~').localeCompare(b.outcome ?? '~'),
  matrixRow: (a, b) => (a.matrixRow ?? 99) - (b.matrixRow ?? 99),
  errors: (a, b) => a.errors - b.errors,
  warnings: (a, b) => a.warnings - b.warnings,
  infos: (a, b) => a.infos - b.infos,
};

/** A file name without its folders and its .json ending: the new design's name. */
const designName = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.json$/i, '') || file;

/** What a row without a conversation item says in the outcome column. */
function noItem(r: BatchRow): string {
  const code = r.codes[0];
  const where = r.line !== undefined ? ` at line ${r.line}, column ${r.column}` : '';
  if (code === 'json/syntax') return `Not JSON${where}`;
  if (code === 'json/encoding') return `Not text${where}`;
  if (code === 'file/unreadable') return 'Cannot be read';
  return 'Nothing sent';
}

/** Opens a row's request in the designer as a new design: the user's own designs stay as they are. */
async function openRow(entry: BatchEntry, row: BatchRow, onOpened: () => void): Promise<void> {
  let text: string;
  if ('text' in entry) text = entry.text;
  else {
    const decoded = decodeJsonBytes(new Uint8Array(await entry.file.arrayBuffer()));
    if (!decoded.ok) return notify('error', `${entry.name} is not text: ${decoded.error.message}`);
    text = decoded.text;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return notify('error', `${entry.name} is not JSON: ${parsed.error.message}`);
  createDesign(designName(entry.name), parsed.value, text);
  if (row.message !== null) useUi.getState().setMsgIndex(row.message - 1);
  notify('info', `Opened ${entry.name} as a new design, “${currentDesign()?.name ?? designName(entry.name)}”. Yours are kept: the Design menu opens them.`);
  onOpened();
}

/** The batch view: drop or pick files or a folder, or paste NDJSON; see every outcome; export the report. */
export default function BatchView({ onOpened }: { onOpened: () => void }) {
  const status = useBatch((s) => s.status);
  return (
    <div className="batch" data-testid="batch">
      <Inputs />
      {status === 'idle' ? (
        <p className="muted">
          The files are checked in this page, by the same checker as <code>npm run check</code>: nothing leaves the page.
        </p>
      ) : (
        <>
          <Progress />
          <Summary />
          <Table onOpened={onOpened} />
        </>
      )}
    </div>
  );
}

function Inputs() {
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [pasting, setPasting] = useState(false);
  const [ndjson, setNdjson] = useState('');
  const pasteId = useId();
  const checking = useBatch((s) => s.status === 'checking');

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    // Entries are taken while the drop event lasts: the browser empties its DataTransfer after it.
    const entries = dropEntries(e.dataTransfer);
    if (entries) void entriesFromDrop(entries).then((r) => startBatchOf(r.entries, r.skipped));
    else startBatchOf(entriesFromFileList(e.dataTransfer.files, false));
  };
  return (
    <div
      className={`batch__drop${over ? ' is-over' : ''}`}
      data-testid="batch-drop"
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p className="batch__drop-text">Drop .json files or a folder of requests here, or:</p>
      <div className="batch__pickers">
        <button type="button" className="tool" onClick={() => filesRef.current?.click()} disabled={checking}>
          Choose files…
        </button>
        <button type="button" className="tool" onClick={() => folderRef.current?.click()} disabled={checking}>
          Choose a folder…
        </button>
        <button type="button" className="tool" aria-expanded={pasting} aria-controls={pasteId} onClick={() => setPasting(!pasting)} disabled={checking}>
          Paste NDJSON…
        </button>
      </div>
      <input
        ref={filesRef}
        type="file"
        multiple
        accept=".json,application/json"
        hidden
        aria-label="Request files to check"
        data-testid="batch-files"
        onChange={(e) => {
          if (e.target.files?.length) startBatchOf(entriesFromFileList(e.target.files, false));
          e.target.value = '';
        }}
      />
      <input
        ref={folderRef}
        type="file"
        multiple
        hidden
        aria-label="A folder of requests to check"
        data-testid="batch-folder"
        {...{ webkitdirectory: '' }}
        onChange={(e) => {
          if (e.target.files?.length) startBatchOf(entriesFromFileList(e.target.files, true));
          e.target.value = '';
        }}
      />
      {pasting && (
        <div className="batch__paste" id={pasteId}>
          <label htmlFor={`${pasteId}-text`}>One request per line (NDJSON)</label>
          <textarea id={`${pasteId}-text`} rows={4} value={ndjson} onChange={(e) => setNdjson(e.target.value)} spellCheck={false} />
          <button
            type="button"
            className="tool"
            disabled={checking || ndjson.trim() === ''}
            onClick={() => {
              startBatchOf(entriesFromNdjson(ndjson));
              setPasting(false);
            }}
          >
            Check the pasted lines
          </button>
        </div>
      )}
    </div>
  );
}

function Progress() {
  const { status, done, total, rows, skipped } = useBatch((s) => s);
  const items = rows.filter((r) => r.item !== null).length;
  const said =
    total === 0
      ? 'No file to check: a folder is checked for its .json files, and this one has none.'
      : status === 'checking'
      ? `Checking: ${done.toLocaleString('en')} of ${plural(total, 'file')}…`
      : status === 'cancelled'
        ? `Cancelled: ${done.toLocaleString('en')} of ${plural(total, 'file')} checked, ${plural(items, 'conversation item')}.`
        : `Checked ${plural(total, 'file')}: ${plural(items, 'conversation item')}.`;
  return (
    <div className="batch__progress">
      <p role="status" data-testid="batch-status">
        {said}
        {skipped.length > 0 && ` ${plural(skipped.length, 'file')} of the folder could not be read: ${skipped.join(', ')}.`}
      </p>
      {status === 'checking' && (
        <>
          <progress max={Math.max(total, 1)} value={done} aria-label="Files checked" />
          <button type="button" className="tool" onClick={cancelBatch}>
            Cancel
          </button>
        </>
      )}
    </div>
  );
}

function Summary() {
  const summary = useBatch((s) => s.summary);
  if (!summary) return null;
  return (
    <section className="batch__summary" aria-labelledby="batch-summary-title">
      <h3 id="batch-summary-title" className="visually-hidden">
        Summary
      </h3>
      <div className="batch__facts">
        <div>
          <h4>Outcomes</h4>
          <ul className="batch__outcomes" data-testid="batch-outcomes">
            {summary.outcomes.map((o) => (
              <li key={o.outcome} className={`batch__pill batch__pill--${o.outcome}`}>
                {OUTCOME_LABELS[o.outcome]} <strong>{o.count.toLocaleString('en')}</strong>
              </li>
            ))}
            {summary.outcomes.length === 0 && <li className="muted">No conversation item.</li>}
          </ul>
          <p data-testid="batch-files-with-errors">
            {plural(summary.files, 'file')}, <strong>{plural(summary.filesWithErrors, 'file')} with errors</strong>
          </p>
        </div>
        <div>
          <h4>Most frequent codes, errors first</h4>
          {summary.codes.length === 0 ? (
            <p className="muted">No problems.</p>
          ) : (
            <ol className="batch__codes">
              {summary.codes.slice(0, 6).map((c) => (
                <li key={c.code}>
                  <span className={`sev sev--${c.severity}`}>{c.severity}</span> <code>{c.code}</code> × {c.count.toLocaleString('en')}
                </li>
              ))}
            </ol>
          )}
          {summary.codes.length > 6 && (
            <p className="muted">
              And {summary.codes.length - 6} other code{summary.codes.length - 6 === 1 ? '' : 's'}: the table's code filter lists them all.
            </p>
          )}
        </div>
      </div>
      <Coverage summary={summary} />
    </section>
  );
}

/** The 16 rows of the input matrix: which the batch exercises (and how often) and which it never does. */
function Coverage({ summary }: { summary: BatchSummary }) {
  const never = summary.coverage.filter((n) => n === 0).length;
  const mark = (b: boolean, what: string) => (b ? what : '–');
  return (
    <div className="batch__coverage">
      <h4 id="batch-coverage-title">
        Input matrix coverage: {16 - never} of 16 rows exercised, {never} never
      </h4>
      <ol className="coverage" aria-labelledby="batch-coverage-title" data-testid="coverage">
        {MATRIX.map((row) => {
          const n = summary.coverage[row.index] ?? 0;
          const i = row.inputs;
          return (
            <li
              key={row.index}
              className={`coverage__cell${n > 0 ? ' is-exercised' : ''}`}
              data-testid="coverage-cell"
              data-exercised={n > 0 ? 'true' : 'false'}
              title={`Row ${row.index + 1}: ${row.output}`}
            >
              <span className="coverage__row">Row {row.index + 1}</span>
              <span className="coverage__inputs" aria-label={`text ${i.text ? 'yes' : 'no'}, media ${i.media ? 'yes' : 'no'}, suggestions ${i.suggestions ? 'yes' : 'no'}, header ${i.header ? 'yes' : 'no'}`}>
                {mark(i.text, 'T')} {mark(i.media, 'M')} {mark(i.suggestions, 'S')} {mark(i.header, 'H')}
              </span>
              <span className="coverage__output">{OUTCOME_LABELS[row.outcome]}</span>
              <span className="coverage__count">{n > 0 ? plural(n, 'item') : 'never'}</span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

const EXPORTS: { format: ExportFormat; label: string; file: string; type: string }[] = [
  { format: 'csv', label: 'CSV', file: 'batch-report.csv', type: 'text/csv' },
  { format: 'markdown', label: 'Markdown', file: 'batch-report.md', type: 'text/markdown' },
  { format: 'json', label: 'JSON (npm run check)', file: 'batch-report.json', type: 'application/json' },
];

function Exports() {
  const status = useBatch((s) => s.status);
  const [said, setSaid] = useState('');
  const ready = status === 'done' || status === 'cancelled';
  return (
    <div className="batch__exports" role="group" aria-label="Export the report">
      <span className="muted">Export:</span>
      {EXPORTS.map((x) => (
        <button
          key={x.format}
          type="button"
          className="tool"
          disabled={!ready}
          data-testid={`batch-export-${x.format}`}
          onClick={() => {
            void exportBatch(x.format).then((text) => {
              // A byte-order mark for spreadsheets, which read a CSV file without one in the machine's old code page.
              downloadText(x.format === 'csv' ? `\ufeff${text}` : text, x.file, x.type);
              setSaid(`Downloaded ${x.file}.`);
            });
          }}
        >
          {x.label}
        </button>
      ))}
      <button
        type="button"
        className="tool"
        disabled={!ready}
        onClick={() => {
          void exportBatch('markdown')
            .then(copyText)
            .then((ok) => setSaid(ok ? 'Copied the Markdown report.' : 'The browser did not let the page copy: download it instead.'));
        }}
      >
        Copy Markdown
      </button>
      <span role="status" className="muted">
        {said}
      </span>
    </div>
  );
}

function Table({ onOpened }: { onOpened: () => void }) {
  const rows = useBatch((s) => s.rows);
  const entries = useBatch((s) => s.entries);
  const summary = useBatch((s) => s.summary);
  const [search, setSearch] = useState('');
  const [outcome, setOutcome] = useState<OutcomeFilter>('any');
  const [code, setCode] = useState('any');
  const [severity, setSeverity] = useState<Severity>('any');
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'file', desc: false });
  const query = useDeferredValue(search.trim().toLowerCase());
  const ids = useId();

  const shown = useMemo(() => {
    const test = SEVERITY_FILTERS[severity].test;
    const out = rows.filter(
      (r) =>
        (outcome === 'any' || (outcome === 'none' ? r.outcome === null : r.outcome === outcome)) &&
        (code === 'any' || r.codes.includes(code as RuleCode)) &&
        test(r) &&
        (query === '' || r.file.toLowerCase().includes(query)),
    );
    const by = SORTS[sort.key];
    // Ties in batch order, whichever way the column is sorted.
    return out.sort((a, b) => (sort.desc ? by(b, a) : by(a, b)) || inBatchOrder(a, b));
  }, [rows, outcome, code, severity, query, sort]);

  const outcomes = useMemo(() => [...new Set(rows.map((r) => r.outcome))], [rows]);
  const codes = useMemo(() => (summary ? summary.codes.map((c) => c.code) : [...new Set(rows.flatMap((r) => r.codes))].sort()), [rows, summary]);

  const scroller = useRef<HTMLDivElement>(null);
  // The table is not memoized by the React Compiler (the virtualizer's API), as the canvas's long lists.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtual = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1000, height: 480 },
  });
  const items = virtual.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtual.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  const header = (key: SortKey, label: string, className?: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" className={className} aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="batch__sort" onClick={() => setSort({ key, desc: active ? !sort.desc : key !== 'file' && key !== 'outcome' && key !== 'matrixRow' })}>
          {label}
          <span aria-hidden="true">{active ? (sort.desc ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <section className="batch__table" aria-labelledby={`${ids}-title`}>
      <div className="batch__tablehead">
        <h3 id={`${ids}-title`}>
          Conversation items <span className="muted">({shown.length === rows.length ? rows.length.toLocaleString('en') : `${shown.length.toLocaleString('en')} of ${rows.length.toLocaleString('en')}`} rows)</span>
        </h3>
        <Exports />
      </div>
      <div className="batch__filters">
        <span>
          <label htmlFor={`${ids}-search`}>File name</label>
          <input id={`${ids}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Search" />
        </span>
        <span>
          <label htmlFor={`${ids}-outcome`}>Outcome</label>
          <select id={`${ids}-outcome`} value={outcome} onChange={(e) => setOutcome(e.target.value as OutcomeFilter)}>
            <option value="any">Any</option>
            {outcomes.map((o) => (
              <option key={o ?? 'none'} value={o ?? 'none'}>
                {o === null ? 'No item (not JSON, not a request)' : `${OUTCOME_LABELS[o]} (${o})`}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label htmlFor={`${ids}-code`}>Code</label>
          <select id={`${ids}-code`} value={code} onChange={(e) => setCode(e.target.value)}>
            <option value="any">Any</option>
            {codes.map((c) => (
              <option key={c} value={c} title={c in RULES ? RULES[c as RuleCode][1] : undefined}>
                {c}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label htmlFor={`${ids}-severity`}>Severity</label>
          <select id={`${ids}-severity`} value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
            {(Object.keys(SEVERITY_FILTERS) as Severity[]).map((s) => (
              <option key={s} value={s}>
                {SEVERITY_FILTERS[s].label}
              </option>
            ))}
          </select>
        </span>
      </div>
      {/* Focusable: the arrow keys and Page Up/Down scroll the table, whatever its rows hold. */}
      <div className="batch__scroller" ref={scroller} tabIndex={0} role="region" aria-label="Conversation items, scrollable">
        <table aria-rowcount={shown.length + 1} data-testid="batch-table">
          <thead>
            <tr aria-rowindex={1}>
              {header('file', 'File', 'col-file')}
              <th scope="col" className="col-idx">
                <abbr title="Message">Msg</abbr>
              </th>
              <th scope="col" className="col-idx">
                Item
              </th>
              {header('outcome', 'Outcome', 'col-outcome')}
              <th scope="col" className="col-as">
                Suggestions as
              </th>
              {header('matrixRow', 'Matrix row', 'col-num')}
              {header('errors', 'Errors', 'col-num')}
              {header('warnings', 'Warnings', 'col-num')}
              {header('infos', 'Infos', 'col-num')}
              <th scope="col" className="col-codes">
                Codes
              </th>
            </tr>
          </thead>
          <tbody>
            {before > 0 && (
              <tr aria-hidden="true" style={{ height: before }}>
                <td colSpan={10} />
              </tr>
            )}
            {items.map((v) => {
              const r = shown[v.index]!;
              const entry = entries[r.fileIndex];
              const place = r.message === null ? '' : `message ${r.message} · item ${r.item}`;
              return (
                <tr key={`${r.fileIndex}:${r.path}`} aria-rowindex={v.index + 2} style={{ height: ROW_HEIGHT }} data-testid="batch-row" data-file={r.file} data-outcome={r.outcome ?? ''}>
                  <td className="col-file">
                    {r.outcome !== null && entry ? (
                      <button
                        type="button"
                        className="batch__open"
                        title={`Open ${r.file} in the designer as a new design`}
                        aria-label={`Open ${r.file}, ${place}, in the designer as a new design`}
                        onClick={() => void openRow(entry, r, onOpened)}
                      >
                        {r.file}
                      </button>
                    ) : (
                      <span className="batch__file" title={r.file}>
                        {r.file}
                      </span>
                    )}
                  </td>
                  <td className="col-idx">{r.message ?? ''}</td>
                  <td className="col-idx">{r.item ?? ''}</td>
                  <td className="col-outcome">
                    {r.outcome ? (
                      <span className={`outcome outcome--${r.outcome} batch__badge`}>
                        <strong className="outcome__label">{OUTCOME_LABELS[r.outcome]}</strong> <code className="outcome__code">{r.outcome}</code>
                      </span>
                    ) : (
                      <span className="batch__noitem">{noItem(r)}</span>
                    )}
                  </td>
                  <td className="col-as">{r.suggestionsAs ?? ''}</td>
                  <td className="col-num">{r.matrixRow === null ? '–' : r.matrixRow + 1}</td>
                  <td className={`col-num${r.errors ? ' has-errors' : ''}`}>{r.errors}</td>
                  <td className={`col-num${r.warnings ? ' has-warnings' : ''}`}>{r.warnings}</td>
                  <td className="col-num">{r.infos}</td>
                  <td className="col-codes" title={r.codes.join(', ')}>
                    {r.codes.join(', ')}
                  </td>
                </tr>
              );
            })}
            {after > 0 && (
              <tr aria-hidden="true" style={{ height: after }}>
                <td colSpan={10} />
              </tr>
            )}
          </tbody>
        </table>
        {shown.length === 0 && rows.length > 0 && <p className="muted batch__none">No row matches the filters.</p>}
      </div>
    </section>
  );
}
