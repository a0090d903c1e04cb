/**
 * The batch table: one row per conversation item of every file checked, its summary, and
 * its exports as CSV and Markdown. Pure: the page's batch view and its tests read the same.
 */
import type { FileReport } from './batch';
import { OUTCOMES, type Diagnostic, type DiagnosticCode, type Outcome, type Severity, type SuggestionsAs } from './types';

/** One conversation item of one file (or the file itself when it has no item: not JSON, not a request). */
export interface BatchRow {
  /** Position of the file in the batch. */
  fileIndex: number;
  file: string;
  /** 1-based, as the designer counts ("Message 1", "Item 2"); null for a file with no item. */
  message: number | null;
  item: number | null;
  /** JSON pointer of the item in its request; '' for a file with no item. */
  path: string;
  outcome: Outcome | null;
  suggestionsAs: SuggestionsAs | null;
  /** 0-15, the core's matrix row (shown 1-based); null where the matrix was not consulted. */
  matrixRow: number | null;
  errors: number;
  warnings: number;
  infos: number;
  /** The distinct codes of the diagnostics that concern the item, worst severity first, then as they came. */
  codes: DiagnosticCode[];
  /** Where the file's text fails (json/syntax, json/encoding). */
  line?: number;
  column?: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };


/**
 * The rows of a batch. A diagnostic concerns the item it stands in; one that stands in no item
 * concerns every item of the message it stands in, and one outside every message (the
 * authentication, the request's shape) every item of its file. A file with no item is one row.
 */
export function batchRows(reports: readonly FileReport[], at: readonly ({ line: number; column: number } | undefined)[] = []): BatchRow[] {
  const rows: BatchRow[] = [];
  reports.forEach((report, fileIndex) => {
    const where = at[fileIndex];
    const items = report.messages.flatMap((m, mi) => m.items.map((it, ii) => ({ m, mi, it, ii })));
    if (items.length === 0) {
      rows.push({ fileIndex, file: report.file, message: null, item: null, path: '', outcome: null, suggestionsAs: null, matrixRow: null, ...counts(report.diagnostics), ...where });
      return;
    }
    const own = items.map((): Diagnostic[] => []);
    const itemAt = new Map(items.map(({ it }, i) => [it.path, i]));
    const messageAt = new Map(report.messages.map((m, mi) => [m.path, mi]));
    for (const d of report.diagnostics) {
      // The item, else the message, it stands in: the nearest of its path's ancestors that is one.
      let item: number | undefined;
      let message: number | undefined;
      for (let p = d.path; item === undefined; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) {
        item = itemAt.get(p);
        message ??= messageAt.get(p);
        if (p === '') break;
      }
      if (item !== undefined) own[item]!.push(d);
      else items.forEach((x, i) => {
        if (message === undefined || x.mi === message) own[i]!.push(d);
      });
    }
    items.forEach(({ mi, it, ii }, i) => {
      rows.push({
        fileIndex,
        file: report.file,
        message: mi + 1,
        item: ii + 1,
        path: it.path,
        outcome: it.outcome,
        suggestionsAs: it.suggestionsAs,
        matrixRow: it.matrixRow,
        ...counts(own[i]!),
      });
    });
  });
  return rows;
}

function counts(diagnostics: readonly Diagnostic[]): Pick<BatchRow, 'errors' | 'warnings' | 'infos' | 'codes'> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) c[d.severity]++;
  const codes = [...new Map([...diagnostics].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]).map((d) => [d.code, d.code])).keys()];
  return { errors: c.error, warnings: c.warning, infos: c.info, codes };
}

/** What a batch comes to. */
export interface BatchSummary {
  files: number;
  items: number;
  /** Files whose report is not valid (an error, unreadable, not JSON). */
  filesWithErrors: number;
  /** Conversation items per outcome, in the order of the outcome names' first appearance in OUTCOMES. */
  outcomes: { outcome: Outcome; count: number }[];
  /** Every code, with how often it occurs over all the reports: errors first, then warnings, then infos; each most frequent first (then by code). */
  codes: { code: DiagnosticCode; severity: Severity; count: number }[];
  /** For each of the 16 matrix rows, how many items stand on it. */
  coverage: number[];
}


/** Counts per outcome, files with errors, the codes by frequency and the matrix rows the batch exercises. */
export function batchSummary(reports: readonly FileReport[]): BatchSummary {
  const byOutcome = new Map<Outcome, number>();
  const codes = new Map<DiagnosticCode, { code: DiagnosticCode; severity: Severity; count: number }>();
  const coverage = Array.from({ length: 16 }, () => 0);
  let items = 0;
  for (const r of reports) {
    for (const m of r.messages)
      for (const it of m.items) {
        items++;
        byOutcome.set(it.outcome, (byOutcome.get(it.outcome) ?? 0) + 1);
        if (it.matrixRow !== null) coverage[it.matrixRow]!++;
      }
    for (const d of r.diagnostics) {
      const c = codes.get(d.code) ?? { code: d.code, severity: d.severity, count: 0 };
      c.count++;
      codes.set(d.code, c);
    }
  }
  return {
    files: reports.length,
    items,
    filesWithErrors: reports.filter((r) => !r.valid).length,
    outcomes: OUTCOMES.filter((o) => byOutcome.has(o)).map((outcome) => ({ outcome, count: byOutcome.get(outcome)! })),
    // A cut list (the page shows 6, a ticket 10) never drops an error for an info.
    codes: [...codes.values()].sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    ),
    coverage,
  };
}

/** The columns of both exports, in order. */
const COLUMNS = ['file', 'message', 'item', 'outcome', 'suggestions as', 'matrix row', 'errors', 'warnings', 'infos', 'codes', 'line', 'column'] as const;

function cells(r: BatchRow): (string | number | null)[] {
  return [r.file, r.message, r.item, r.outcome, r.suggestionsAs, r.matrixRow === null ? null : r.matrixRow + 1, r.errors, r.warnings, r.infos, r.codes.join(' '), r.line ?? null, r.column ?? null];
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection), tab and carriage return included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): a text that a spreadsheet would take for a formula gets a `'`
 * before it (OWASP's advice: shown as text, never run); one with a comma, a quote or a line
 * break is quoted, its quotes doubled. Numbers are written as they are.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The batch table as CSV: a header line, then a line per row, lines ended by CRLF (RFC 4180). */
export function batchCsv(rows: readonly BatchRow[]): string {
  return [COLUMNS.join(','), ...rows.map((r) => cells(r).map(csvField).join(','))].map((line) => line + '\r\n').join('');
}

/**
 * Text for a cell of a Markdown table, or a line of Markdown: read as written, never as
 * markup: Markdown's punctuation and `<` escaped with a backslash (no link, emphasis, HTML or
 * column break comes from a file name), line breaks as spaces.
 */
export function markdownText(value: string | number | null): string {
  if (value === null) return '';
  return String(value)
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

/** A rule code, outcome name or other identifier as a code span; anything else as escaped text. */
export function markdownCode(value: string | number | null): string {
  return typeof value === 'string' && /^[\w/ -]+$/.test(value) ? `\`${value}\`` : markdownText(value);
}

/** A cell of a Markdown table: text (escaped), a number, nothing, or an identifier shown as code. */
export type MarkdownCell = string | number | null | { code: string };

/** A Markdown table: a header, its rule, and the rows, each cell escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly MarkdownCell[])[]): string {
  const cell = (c: MarkdownCell) => (c !== null && typeof c === 'object' ? markdownCode(c.code) : markdownText(c));
  const line = (cells: readonly MarkdownCell[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n') + '\n';
}

/** The batch as Markdown for a ticket: the summary (outcomes, files with errors, codes, matrix coverage), then the table. */
export function batchMarkdown(reports: readonly FileReport[], rows: readonly BatchRow[]): string {
  const s = batchSummary(reports);
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const exercised = s.coverage.flatMap((n, i) => (n > 0 ? [i + 1] : []));
  const never = s.coverage.flatMap((n, i) => (n === 0 ? [i + 1] : []));
  return [
    '# Batch check',
    '',
    `${plural(s.files, 'file')}, ${plural(s.items, 'conversation item')}; ${plural(s.filesWithErrors, 'file')} with errors.`,
    '',
    '## Outcomes',
    '',
    markdownTable(['outcome', 'items'], s.outcomes.map((o) => [{ code: o.outcome }, o.count])),
    '## Most frequent codes (errors first)',
    '',
    s.codes.length === 0 ? 'No problems.\n' : markdownTable(['code', 'severity', 'count'], s.codes.slice(0, 10).map((c) => [{ code: c.code }, c.severity, c.count])),
    ...(s.codes.length > 10 ? [`And ${plural(s.codes.length - 10, 'other code')}: the table below has them all.`, ''] : []),
    '## Input matrix coverage',
    '',
    `Rows exercised: ${exercised.length === 0 ? 'none' : exercised.join(', ')}. Never exercised: ${never.length === 0 ? 'none' : never.join(', ')}.`,
    '',
    '## Items',
    '',
    markdownTable(
      COLUMNS,
      rows.map((r) => cells(r).map((c, i) => (typeof c === 'string' && (i === 3 || i === 4 || i === 9) && c !== '' ? { code: c } : c))),
    ),
  ].join('\n');
}
