/**
 * Many request files checked at once, as the `check` CLI checks them: the page's batch view
 * and `npm run check` share these functions, so that both give the same reports and the
 * same JSON text for the same files, byte for byte.
 */
import { checkBytes, checkTextAt } from './checkText';
import type { Report } from './types';
import { writeJson } from './writeJson';

export { writeJson, chunked } from './writeJson';

/** A report of one file: the file's name as given (the CLI: its argument; the page: its path in the folder), first. */
export interface FileReport extends Report {
  file: string;
}

/**
 * A file to check: its bytes (decoded as the CLI decodes them: UTF-8, or UTF-16 with a
 * byte-order mark), its text (pasted), or why it could not be read.
 */
export type BatchFile = { name: string } & ({ bytes: Uint8Array } | { text: string } | { unreadable: string });

/** A file checked: its report, and the line and column where its text fails when it is not JSON (or not text). */
export interface CheckedFile {
  report: FileReport;
  at?: { line: number; column: number };
}

/** The report of a file that cannot be read (the CLI's own code, file/unreadable). */
export function unreadableReport(reason: string): Report {
  return { valid: false, diagnostics: [{ code: 'file/unreadable', severity: 'error', path: '', message: `The file cannot be read: ${reason}` }], messages: [] };
}

/** Checks one file as the CLI does (without --fix). Never throws, but for a text too long for a string. */
export function checkFile(file: BatchFile): CheckedFile {
  if ('unreadable' in file) return { report: { file: file.name, ...unreadableReport(file.unreadable) }, at: { line: 1, column: 1 } };
  const { report, at } = 'text' in file ? checkTextAt(file.text) : checkBytes(file.bytes);
  return { report: { file: file.name, ...report }, at };
}

/** Checks files in order, one report each (an unreadable file or one that is not JSON among them never stops the others). */
export function checkFiles(files: readonly BatchFile[]): FileReport[] {
  return files.map((f) => checkFile(f).report);
}

/**
 * Writes the CLI's JSON output, report by report as each is ready: `[`, the reports as
 * JSON.stringify(reports, null, 2) writes them (but the `[` of `##[` written `\u005b`, see writeJson), `]`
 * and a line break. `write` gets small pieces (see chunked()).
 */
export function reportsWriter(write: (s: string) => void): { report(r: FileReport): void; end(): void } {
  let first = true;
  return {
    report(r) {
      write(first ? '[\n  ' : ',\n  ');
      first = false;
      writeJson(r, write, '  ');
    },
    end() {
      write(first ? '[]\n' : '\n]\n');
    },
  };
}

/** The CLI's JSON output for these reports (`npm run check -- FILE...` prints the same text for the same files). */
export function reportsJson(reports: readonly FileReport[]): string {
  const parts: string[] = [];
  const out = reportsWriter((s) => parts.push(s));
  for (const r of reports) out.report(r);
  out.end();
  return parts.join('');
}
