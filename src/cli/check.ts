/**
 * npm run check -- [--pretty] FILE...   (`-` reads standard input)
 * Prints one JSON array with a report per file, in order (or a readable summary
 * with --pretty). Exit 0: no report has an error; 1: one has; 2: usage error or
 * an unreadable file.
 */
import { readFileSync } from 'node:fs';
import { checkText } from '../core/checkText';
import type { Report } from '../core/types';

export interface FileReport extends Report {
  file: string;
}

/** How the command is run: the one-file build (npm run build:cli) sets this when it is built. */
declare const CM_CHECK_PROGRAM: string | undefined;
const PROGRAM = typeof CM_CHECK_PROGRAM === 'string' ? CM_CHECK_PROGRAM : 'npm run check --';

const USAGE = `usage: ${PROGRAM} [--pretty] FILE...
  Checks CM Business Messaging requests for Facebook Messenger.
  FILE   a JSON request; - reads standard input
  --pretty   a readable summary instead of JSON
exit status: 0 no errors, 1 a report has an error, 2 usage error or unreadable file`;

function readInput(file: string): string {
  return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
}

/** Formats reports for people: the outcome of each item, then each diagnostic with its path. */
export function formatPretty(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = r.diagnostics.filter((d) => d.severity === 'warning').length;
    lines.push(`${r.file}: ${r.valid ? 'valid' : 'INVALID'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`);
    r.messages.forEach((m, i) => {
      m.items.forEach((it, j) => {
        const sends = `${it.sends.length} send${it.sends.length === 1 ? '' : 's'}`;
        lines.push(`  msg[${i}] item[${j}]: ${it.outcome} · suggestions as ${it.suggestionsAs} · ${sends}`);
        lines.push(`    ${it.reason}`);
      });
    });
    for (const d of r.diagnostics) lines.push(`  ${d.severity.padEnd(7)} ${d.code}  ${d.path || '(root)'}\n          ${d.message}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Runs the command; returns the exit status. */
export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const files: string[] = [];
  let pretty = false;
  for (const a of argv) {
    if (a === '--pretty') pretty = true;
    else if (a === '--help' || a === '-h') {
      out(USAGE + '\n');
      return 0;
    } else if (a.startsWith('--')) {
      err(`unknown option ${a}\n${USAGE}\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    err(USAGE + '\n');
    return 2;
  }
  const reports: FileReport[] = [];
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readInput(file);
    } catch (e) {
      err(`cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
    // A byte-order mark is not part of the JSON.
    const report = checkText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    if (!report.valid) status = 1;
    reports.push({ file, ...report });
  }
  out(pretty ? formatPretty(reports) : JSON.stringify(reports, null, 2) + '\n');
  return status;
}

const isEntry = process.argv[1] !== undefined && /check\.[cm]?[jt]s$/.test(process.argv[1]);
if (isEntry) {
  process.exitCode = main(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  );
}
