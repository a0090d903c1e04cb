/**
 * "Report for a ticket": the current design as Markdown that a QA engineer pastes into a
 * ticket: its verdict, what each conversation item becomes (outcome, suggestions as, matrix
 * row, why), every diagnostic, the request and the Send API bodies. Text from the request
 * (names, messages) is escaped or fenced, so that it reads as written and never as markup.
 */
import { bySeverity, type Report } from '../../core';
import { markdownTable, markdownText } from '../../core/batchTable';

/** A fenced code block whose fence is longer than any run of backticks in the text (CommonMark). */
export function fenced(text: string, language: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text}${text.endsWith('\n') ? '' : '\n'}${fence}\n`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The Markdown report of one design: `name`, its request as text (the token as the user chose), its report. */
export function ticketMarkdown({ name, requestText, report }: { name: string; requestText: string; report: Report }): string {
  const count = (s: string) => report.diagnostics.filter((d) => d.severity === s).length;
  const items = report.messages.flatMap((m, mi) => m.items.map((it, ii) => ({ mi, ii, it })));
  const out = [
    `# Messenger request: ${markdownText(name)}`,
    '',
    `**${report.valid ? 'Valid' : 'Not valid'}**: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')}. ${plural(items.length, 'conversation item')} in ${plural(report.messages.length, 'message')}.`,
    '',
    '## Outcome per item',
    '',
    items.length === 0
      ? 'Nothing is sent.\n'
      : markdownTable(
          ['message', 'item', 'outcome', 'suggestions as', 'matrix row', 'Send API messages', 'why'],
          items.map(({ mi, ii, it }) => [mi + 1, ii + 1, { code: it.outcome }, { code: it.suggestionsAs }, it.matrixRow === null ? '–' : it.matrixRow + 1, it.sends.length, it.reason]),
        ),
    '## Diagnostics',
    '',
    report.diagnostics.length === 0
      ? 'No problems.\n'
      : markdownTable(
          ['severity', 'code', 'where', 'message'],
          [...report.diagnostics].sort(bySeverity).map((d) => [d.severity, { code: d.code }, d.path === '' ? '(whole request)' : d.path, d.message]),
        ),
    '## Request',
    '',
    fenced(requestText, 'json'),
    '## Send API bodies',
    '',
  ];
  if (items.every(({ it }) => it.sends.length === 0)) out.push('None: nothing is sent to Messenger.\n');
  for (const { mi, ii, it } of items) {
    if (it.sends.length === 0) continue;
    out.push(`### Message ${mi + 1}, item ${ii + 1}: \`${it.outcome}\``, '', fenced(JSON.stringify(it.sends, null, 2), 'json'));
  }
  return out.join('\n');
}
