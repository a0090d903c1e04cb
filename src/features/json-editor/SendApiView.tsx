import { useDerived } from '../../state/hooks';
import { moreNote, REPORT_ITEMS_MAX } from '../shared/limits';

/** Read-only: the Messenger Send API bodies the core builds for each conversation item, in send order. */
export function SendApiView() {
  const report = useDerived((d) => d.report);
  const messages = report.messages.filter((m) => m.items.length > 0);
  return (
    <div className="send-api">
      <p className="panel__hint">
        What CM.com posts to Messenger&rsquo;s Send API for the first recipient of each message, in send order. Read-only: edit the CM
        request.
      </p>
      {messages.length === 0 && <p className="muted">Nothing is sent: the request has no message the core can read.</p>}
      {report.messages.map((m, i) =>
        m.items.length === 0 ? null : (
          <section key={m.path} className="send-api__message" aria-label={`Message ${i + 1}`}>
            {report.messages.length > 1 && <h3 className="send-api__heading">Message {i + 1}</h3>}
            {m.items.slice(0, REPORT_ITEMS_MAX).map((item, j) => (
              <div key={item.path} className="send-api__item">
                <h4 className="send-api__heading">
                  Item {j + 1} · <code>{item.outcome}</code>
                  {item.sends.length > 1 && ` · ${item.sends.length} Send API calls`}
                </h4>
                {item.sends.length === 0 ? (
                  <p className="muted">Not sent: {item.reason}</p>
                ) : (
                  item.sends.map((body, k) => (
                    <pre
                      key={k}
                      className="json send-api__body"
                      tabIndex={0}
                      aria-label={`Send API body ${k + 1} of item ${j + 1}${report.messages.length > 1 ? `, message ${i + 1}` : ''}`}
                    >
                      {JSON.stringify(body, null, 2)}
                    </pre>
                  ))
                )}
              </div>
            ))}
            {moreNote(m.items.length, REPORT_ITEMS_MAX, 'items') && <p className="muted">{moreNote(m.items.length, REPORT_ITEMS_MAX, 'items')}</p>}
          </section>
        ),
      )}
    </div>
  );
}
