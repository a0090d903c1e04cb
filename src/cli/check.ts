/**
 * npm run check -- [--pretty | --format json|pretty|github] [--fix | --fix-dry-run] [--] FILE...   (`-` reads standard input)
 * Prints one JSON array with a report per file, in order; or a readable summary
 * (--pretty); or GitHub Actions annotations at each problem's line and column
 * (--format github), each written as its file is checked. A file that cannot be
 * read gets a report of its own (file/unreadable) and the run goes on. Exit 0: no
 * report has an error; 1: one has; 2: usage error, an unreadable file or a crash.
 * --fix applies the safe fixes to each file and rewrites it (only the fixed spans
 * change), says on standard error what it changed, and reports the re-check;
 * --fix-dry-run prints the unified diff of those fixes instead and writes nothing;
 * its exit status is that of the files as they are.
 */
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createTwoFilesPatch } from 'diff';
import { checkBytes, checkText, decodeJsonBytes, lineLocator, markSpans, type CheckedBytes, type Diagnostic, type JsonEncoding } from '../core';
import { reportsWriter, unreadableReport, type FileReport } from '../core/batch';
import type { AppliedFix } from '../core/fixes';
import { fixText } from '../core/fixText';
import { chunked } from './writeJson';

export type { FileReport };

/** How the command is run: the one-file build (npm run build:cli) sets this when it is built. */
declare const CM_CHECK_PROGRAM: string | undefined;
const PROGRAM = typeof CM_CHECK_PROGRAM === 'string' ? CM_CHECK_PROGRAM : 'npm run check --';

const USAGE = `usage: ${PROGRAM} [--pretty | --format json|pretty|github] [--fix | --fix-dry-run] [--] FILE...
  Checks CM Business Messaging requests for Facebook Messenger.
  FILE   a JSON request (UTF-8, or UTF-16 with a byte-order mark); - reads standard input
  --pretty   a readable summary instead of JSON (the same as --format pretty)
  --format github   GitHub Actions annotations, at each problem's line in its file
  --fix   applies the safe fixes (a mimeType from the extension, the Messenger channel,
          phone numbers, DAILY, a tag's spelling) and rewrites each file: only the fixed
          spans change; what changed goes to standard error; the reports are of the result
  --fix-dry-run   prints the unified diff --fix would make, and writes nothing
                  (the exit status is that of the files as they are)
  --     the end of the options: what follows are files, even if named like an option
exit status: 0 no errors, 1 a report has an error, 2 usage error, an unreadable file or a crash`;

const FORMATS = ['json', 'pretty', 'github'] as const;
type Format = (typeof FORMATS)[number];

/** A checked file: its report, its text, and where the text fails when it does (for line numbers). */
interface Checked extends CheckedBytes {
  report: FileReport;
}

/** Writes the reports of one format as the files are checked: `file` for each, then `end`. */
interface Output {
  file(checked: Checked): void;
  end(): void;
}

/** A file's bytes (`-`: standard input), or why it cannot be read, on one line. */
function readInput(file: string): Uint8Array | string {
  try {
    return file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (e) {
    return oneLine(e instanceof Error ? e.message : String(e));
  }
}

/**
 * A line of output with text from a file name or a request in it, made safe for a GitHub
 * Actions log (any format may be read there): the runner takes a line that starts with `::`
 * after white space as a workflow command, and `##[` anywhere in a line as a legacy one. So
 * line breaks become %0D and %0A (GitHub's escaping), a leading `:` %3A, and `##[` `##%5B`.
 */
function safeLine(line: string): string {
  return line.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/##\[/g, '##%5B').replace(/^([\s\u0085]*):/, '$1%3A');
}

/** A file's verdict and counts: `file: valid (0 errors, 1 warning)`. */
function summaryLine(r: FileReport): string {
  const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = r.diagnostics.filter((d) => d.severity === 'warning').length;
  return safeLine(`${r.file}: ${r.valid ? 'valid' : 'INVALID'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`);
}

/** One JSON array with a report per file, each written as it is ready (the core's reportsWriter: the page's batch export writes the same text). */
function jsonOutput(add: (s: string) => void): Output {
  const writer = reportsWriter(add);
  return {
    file({ report }) {
      writer.report(report);
    },
    end() {
      writer.end();
    },
  };
}

/** For people: each file's verdict, the outcome of each item, then each diagnostic with its path. */
function prettyOutput(add: (s: string) => void): Output {
  let first = true;
  return {
    file({ report: r }) {
      add((first ? '' : '\n') + summaryLine(r) + '\n');
      first = false;
      r.messages.forEach((m, i) => {
        m.items.forEach((it, j) => {
          const sends = `${it.sends.length} send${it.sends.length === 1 ? '' : 's'}`;
          add(`  msg[${i}] item[${j}]: ${it.outcome} · suggestions as ${it.suggestionsAs} · ${sends}\n${safeLine(`    ${it.reason}`)}\n`);
        });
      });
      for (const d of r.diagnostics) add(`${safeLine(`  ${d.severity.padEnd(7)} ${d.code}  ${d.path || '(root)'}`)}\n${safeLine(`          ${d.message}`)}\n`);
    },
    end() {},
  };
}

/** Where each diagnostic points in its file's text: 1-based line and column (an encoding or syntax error where the text breaks). */
function locations({ report, text, at }: Checked): { line: number; column: number }[] {
  if (at) return report.diagnostics.map(() => at);
  const locate = lineLocator(text);
  return markSpans(
    text,
    report.diagnostics.map((d) => d.path),
  ).map((span) => locate(span?.offset ?? 0));
}

const ANNOTATION: Record<Diagnostic['severity'], string> = { error: 'error', warning: 'warning', info: 'notice' };
/** GitHub's workflow-command escaping: data, and (more strictly) property values. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions annotations (workflow commands): one per diagnostic, at its line
 * and column in the file, titled with its rule code; at the end each file's summary line.
 */
function githubOutput(add: (s: string) => void): Output {
  const summaries: string[] = [];
  return {
    file(checked) {
      const { report } = checked;
      const at = locations(checked);
      report.diagnostics.forEach((d, i) => {
        const props = `file=${escapeProperty(report.file)},line=${at[i]!.line},col=${at[i]!.column},title=${escapeProperty(d.code)}`;
        add(`::${ANNOTATION[d.severity]} ${props}::${escapeData(`${d.message} (${d.path || 'the request'})`)}\n`);
      });
      summaries.push(summaryLine(report));
    },
    end() {
      for (const line of summaries) add(line + '\n');
    },
  };
}

/** A text in the encoding its file had (a byte-order mark kept where there was one). */
function encode(text: string, encoding: JsonEncoding, bom: boolean): Uint8Array {
  if (encoding === 'utf-8') return Buffer.from((bom ? '\ufeff' : '') + text, 'utf8');
  const le = Buffer.from('\ufeff' + text, 'utf16le');
  return encoding === 'utf-16le' ? le : le.swap16();
}

/** What a fix did, on one line: `fixed requests/a.json: media/mime-missing at /messages/msg/0/…: Set mimeType to image/png`. */
function fixLine(verb: string, file: string, f: AppliedFix): string {
  return safeLine(`${verb} ${file}: ${f.code} at ${f.path || '(root)'}: ${f.title}`) + '\n';
}

/** An error as one line: its name and message, line breaks shown as \n. */
function oneLine(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return text.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
}

/** Runs the command; returns the exit status. */
export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const files: string[] = [];
  let format: Format = 'json';
  let fix: 'write' | 'dry-run' | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      // The end of the options: what follows are files, whatever their names.
      files.push(...argv.slice(i + 1));
      break;
    }
    if (a === '--pretty') format = 'pretty';
    else if (a === '--fix' || a === '--fix-dry-run') {
      const mode = a === '--fix' ? 'write' : 'dry-run';
      if (fix && fix !== mode) {
        err(`--fix and --fix-dry-run: one or the other\n${USAGE}\n`);
        return 2;
      }
      fix = mode;
    }
    else if (a === '--format' || a.startsWith('--format=')) {
      const value = a === '--format' ? argv[++i] : a.slice('--format='.length);
      if (!FORMATS.includes(value as Format)) {
        err(`${safeLine(`unknown format ${value ?? '(none)'}: json, pretty or github`)}\n${USAGE}\n`);
        return 2;
      }
      format = value as Format;
    } else if (a === '--help' || a === '-h') {
      out(USAGE + '\n');
      return 0;
    } else if (a.startsWith('--')) {
      err(`${safeLine(`unknown option ${a}`)}\n${USAGE}\n`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    err(USAGE + '\n');
    return 2;
  }
  if (fix === 'write' && files.includes('-')) {
    err(`--fix rewrites files: it cannot fix standard input (--fix-dry-run shows the diff)\n${USAGE}\n`);
    return 2;
  }
  const sink = chunked(out);
  const output = format === 'pretty' ? prettyOutput(sink.add) : format === 'github' ? githubOutput(sink.add) : jsonOutput(sink.add);
  let status = 0;
  let current = '';
  /** --fix-dry-run: the diff of each file that would change. */
  const diffs: string[] = [];
  /** Whether the output can still be closed after a crash: not while a report is half written, nor once it is closed. */
  let closable = true;
  try {
    for (const file of files) {
      current = file;
      const bytes = readInput(file);
      let checked: CheckedBytes;
      if (typeof bytes === 'string') {
        // Missing, a directory, no permission: a report of its own, and the other files are still checked.
        err(safeLine(`cannot read ${JSON.stringify(file)}: ${bytes}`) + '\n');
        checked = { report: unreadableReport(bytes), text: '', at: { line: 1, column: 1 } };
        status = 2;
      } else {
        // UTF-8 (a byte-order mark left out) or UTF-16 with one; bytes that are not text are json/encoding.
        checked = checkBytes(bytes);
        if (fix && !checked.at) {
          // The safe fixes, each re-checked; the file keeps its encoding and every byte outside them.
          const fixed = fixText(checked.text);
          if (fixed.applied.length > 0) {
            if (fix === 'dry-run') {
              const name = file === '-' ? '(standard input)' : file.replace(/^\/+/, '');
              // As git writes it (a/ and b/ before the name), without jsdiff's ==== line above.
              const patch = createTwoFilesPatch(`a/${name}`, `b/${name}`, checked.text, fixed.text, undefined, undefined, { context: 3 });
              diffs.push(patch.replace(/^=+\n/, ''));
              // Nothing is written: the exit status stays that of the file as it is (a dry run in CI never passes a broken file).
              for (const f of fixed.applied) err(fixLine('would fix', file, f));
            } else {
              const decoded = decodeJsonBytes(bytes);
              const encoding = decoded.ok ? decoded.encoding : 'utf-8';
              const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
              try {
                writeFileSync(file, encode(fixed.text, encoding, bom));
                for (const f of fixed.applied) err(fixLine('fixed', file, f));
                checked = { report: checkText(fixed.text), text: fixed.text };
              } catch (e) {
                // Not written: the report stays that of the file as it is.
                err(safeLine(`cannot write ${JSON.stringify(file)}: ${oneLine(e)}`) + '\n');
                status = 2;
              }
            }
          }
        }
        if (!checked.report.valid) status = Math.max(status, 1);
        // The core reports its own failure rather than throwing: that is a crash too, not a finding.
        const failure = checked.report.diagnostics.find((d) => d.code === 'internal/error');
        if (failure) {
          err(safeLine(`cm-check: crashed while checking ${JSON.stringify(file)}: ${oneLine(failure.message)}`) + '\n');
          status = 2;
        }
      }
      if (fix === 'dry-run') continue; // the diffs are the output
      closable = false;
      output.file({ ...checked, report: { file, ...checked.report } });
      closable = true;
    }
    current = '';
    closable = false;
    if (fix === 'dry-run') for (const d of diffs) sink.add(d);
    else output.end();
    sink.flush();
    return status;
  } catch (e) {
    // A crash is not a finding: exit 2, with the reason on one line (and the reports so far closed, when they can be).
    try {
      if (closable) output.end();
      sink.flush();
    } catch {
      // The output is what failed.
    }
    err(safeLine(`cm-check: crashed ${current ? `while checking ${JSON.stringify(current)}` : 'writing its output'}: ${oneLine(e)}`) + '\n');
    return 2;
  }
}

/**
 * Whether this module is the program Node runs. The one-file build is nothing else, so it
 * always runs, whatever its file is called and through any link to it (a check that did
 * nothing would pass CI silently). Run from source (tsx), it is the entry when the file
 * Node was given is this one; imported (the tests), it only exports.
 */
function isEntry(): boolean {
  if (typeof CM_CHECK_PROGRAM === 'string') return true;
  const given = process.argv[1];
  if (given === undefined) return false;
  try {
    return realpathSync(given) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntry()) {
  // What main() cannot catch (an output stream that fails later, say) is a crash too: exit 2, never 1.
  const crash = (e: unknown) => {
    process.stderr.write(safeLine(`cm-check: crashed: ${oneLine(e)}`) + '\n');
    process.exit(2);
  };
  process.on('uncaughtException', crash);
  try {
    process.exitCode = main(
      process.argv.slice(2),
      (s) => process.stdout.write(s),
      (s) => process.stderr.write(s),
    );
  } catch (e) {
    crash(e);
  }
}
