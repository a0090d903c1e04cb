import { useMemo, useState } from 'react';
import { useDesigns } from '../../state/designs';
import { useDocument } from '../../state/document';
import { useJsonEditor } from '../../state/jsonEditor';
import { TOKEN_PLACEHOLDER } from '../../state/token';
import { exportText } from '../json-editor/io';
import { copyText, downloadText } from '../shared/clipboard';
import { ticketMarkdown } from './ticket';
import { LIST_ROWS_MAX, moreNote, REPORT_ITEMS_MAX } from '../shared/limits';
import { bySeverity, type Diagnostic, type ItemReport, type MessageReport, type Report, type Severity } from '../../core';

const severityLabel: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

/** True when `path` points at `scope` or inside it (JSON pointers). */
function isWithin(path: string, scope: string): boolean {
  return path === scope || path.startsWith(`${scope}/`);
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What the core makes of a request: validity, each conversation item's outcome, every diagnostic. */
export function ReportPanel({ report }: { report: Report }) {
  const diagnostics = useMemo(() => [...report.diagnostics].sort(bySeverity), [report]);

  return (
    <div className="report">
      <Summary report={report} />
      <TicketReport report={report} />

      {report.messages.map((message, index) => (
        <MessageView key={message.path} message={message} index={index} diagnostics={diagnostics} />
      ))}

      <section className="problems-section" aria-labelledby="problems-heading">
        <h3 id="problems-heading">Problems ({diagnostics.length})</h3>
        {diagnostics.length === 0 ? (
          <p className="muted">No problems found.</p>
        ) : (
          <ProblemList diagnostics={diagnostics} />
        )}
      </section>
    </div>
  );
}

/** A file name from a design's name: letters, digits, dashes. */
const fileName = (name: string) => `${name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'design'}-report.md`;

/** "Report for a ticket": the design as Markdown (request, outcome per item, diagnostics, Send API bodies), copied or downloaded. */
function TicketReport({ report }: { report: Report }) {
  const [said, setSaid] = useState('');
  const includeToken = useJsonEditor((s) => s.includeToken);
  const markdown = () => {
    const name = useDesigns.getState().designs.find((d) => d.id === useDesigns.getState().currentId)?.name ?? 'Untitled';
    return { name, text: ticketMarkdown({ name, requestText: exportText(useDocument.getState().doc, { includeToken }), report }) };
  };
  return (
    <div className="ticket" role="group" aria-label="Report for a ticket">
      <span>Report for a ticket (Markdown):</span>
      <button
        type="button"
        className="tool"
        onClick={() => {
          void copyText(markdown().text).then((ok) => setSaid(ok ? 'Copied the report.' : 'The browser did not let the page copy: download it instead.'));
        }}
      >
        Copy
      </button>
      <button
        type="button"
        className="tool"
        onClick={() => {
          const { name, text } = markdown();
          downloadText(text, fileName(name), 'text/markdown');
          setSaid(`Downloaded ${fileName(name)}.`);
        }}
      >
        Download
      </button>
      <span className="muted ticket__note">{includeToken ? 'It holds your product token.' : `The token shows as ${TOKEN_PLACEHOLDER}.`}</span>
      <span role="status" className="muted">
        {said}
      </span>
    </div>
  );
}

function Summary({ report }: { report: Report }) {
  const count = (severity: Severity) => report.diagnostics.filter((d) => d.severity === severity).length;
  const errors = count('error');
  return (
    <p className={`summary ${report.valid ? 'summary--valid' : 'summary--invalid'}`} role="status">
      <strong>{report.valid ? 'Valid' : 'Not valid'}</strong>
      {': '}
      {plural(errors, 'error')}, {plural(count('warning'), 'warning')}, {plural(count('info'), 'info')}
    </p>
  );
}

function MessageView({
  message,
  index,
  diagnostics,
}: {
  message: MessageReport;
  index: number;
  diagnostics: Diagnostic[];
}) {
  const headingId = `message-${index}-heading`;
  return (
    <section className="message" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Message {index + 1} <code className="path">{message.path}</code>
      </h3>
      {message.items.length === 0 ? (
        <p className="muted">Nothing is sent for this message.</p>
      ) : (
        <ol className="items">
          {message.items.slice(0, REPORT_ITEMS_MAX).map((item, itemIndex) => (
            <li key={item.path}>
              <ItemView
                item={item}
                label={`Item ${itemIndex + 1}`}
                diagnostics={diagnostics.filter((d) => isWithin(d.path, item.path))}
              />
            </li>
          ))}
        </ol>
      )}
      {moreNote(message.items.length, REPORT_ITEMS_MAX, 'items') && <p className="muted">{moreNote(message.items.length, REPORT_ITEMS_MAX, 'items')}</p>}
    </section>
  );
}

const decidedByLabel: Record<ItemReport['decidedBy'], string> = {
  matrix: 'input matrix',
  optin: 'opt-in suggestion',
  products: 'product suggestions',
  carousel: 'carousel of cards',
  empty: 'nothing to send',
};

/** How the outcome was decided, with the inputs present when the input matrix decided it. */
function describeDecision(item: ItemReport): string {
  const how = decidedByLabel[item.decidedBy];
  // The inputs present say how the matrix decided; beside another rule (product suggestions) they would only repeat it.
  if (!item.inputs || item.decidedBy !== 'matrix') return how;
  const present = (Object.keys(item.inputs) as (keyof typeof item.inputs)[]).filter((key) => item.inputs?.[key]);
  return `${how}: ${present.length > 0 ? present.join(' + ') : 'no inputs'}`;
}

function ItemView({ item, label, diagnostics }: { item: ItemReport; label: string; diagnostics: Diagnostic[] }) {
  const decided = describeDecision(item);
  return (
    <article className={`item item--${item.outcome === 'not_supported' ? 'unsupported' : 'supported'}`} aria-label={label}>
      <header className="item__header">
        <h4>{label}</h4>
        <code className="path">{item.path}</code>
      </header>
      <dl className="facts">
        <dt>Outcome</dt>
        <dd>
          <code className="outcome" data-testid="outcome">
            {item.outcome}
          </code>
        </dd>
        <dt>Suggestions as</dt>
        <dd>
          <code data-testid="suggestions-as">{item.suggestionsAs}</code>
        </dd>
        <dt>Decided by</dt>
        <dd>{decided}</dd>
        <dt>Sent</dt>
        <dd>
          {plural(item.sends.length, 'Send API message')}; {plural(item.buttons, 'button')},{' '}
          {plural(item.quickReplies, 'quick reply', 'quick replies')}, {plural(item.cards, 'card')}
        </dd>
      </dl>
      <p className="reason">{item.reason}</p>
      {diagnostics.length > 0 && (
        <div className="item__problems">
          <h5>Problems in this item</h5>
          <ProblemList diagnostics={diagnostics} />
        </div>
      )}
      {item.sends.length > 0 && (
        <details className="sends">
          <summary>Send API bodies ({item.sends.length})</summary>
          <pre className="json" tabIndex={0} aria-label={`${label}: Send API bodies`}>
            {JSON.stringify(item.sends, null, 2)}
          </pre>
        </details>
      )}
    </article>
  );
}

function ProblemList({ diagnostics }: { diagnostics: Diagnostic[] }) {
  return (
    <ul className="problems">
      {diagnostics.slice(0, LIST_ROWS_MAX).map((d, index) => (
        <li key={`${d.code}@${d.path}#${index}`} className={`problem problem--${d.severity}`}>
          <span className="problem__severity">{severityLabel[d.severity]}</span>
          <div className="problem__body">
            <div className="problem__where">
              <code className="problem__code">{d.code}</code> at{' '}
              <code className="path problem__path">{d.path === '' ? '(whole request)' : d.path}</code>
            </div>
            <div className="problem__message">{d.message}</div>
          </div>
        </li>
      ))}
      {moreNote(diagnostics.length, LIST_ROWS_MAX, 'problems') && <li className="muted">{moreNote(diagnostics.length, LIST_ROWS_MAX, 'problems')}</li>}
    </ul>
  );
}
