import { useId, useState } from 'react';
import { examples } from '../examples';
import { ReportPanel } from '../features/report/ReportPanel';
import { ErrorBoundary } from './ErrorBoundary';

/** The designer's shell: pick a request, read it on the left, see what Messenger makes of it on the right. */
export function App() {
  const selectId = useId();
  const [exampleId, setExampleId] = useState(examples[0]?.id ?? '');
  const example = examples.find((e) => e.id === exampleId) ?? examples[0];

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__title">
          <h1>Messenger Designer</h1>
          <p className="app-header__tagline">
            Rich messages for Facebook Messenger through the CM.com Business Messaging API
          </p>
        </div>
        <div className="example-picker">
          <label htmlFor={selectId}>Example request</label>
          <select id={selectId} value={exampleId} onChange={(event) => setExampleId(event.target.value)}>
            {examples.map((e) => (
              <option key={e.id} value={e.id}>
                {e.id.slice(0, 2)}. {e.title}
              </option>
            ))}
          </select>
        </div>
      </header>

      <main className="app-main">
        <section className="panel" aria-labelledby="request-heading">
          <h2 id="request-heading">Request</h2>
          <p className="panel__hint">
            The JSON body sent to CM.com{example ? <> ({example.id}.json)</> : null}.
          </p>
          <pre className="json" tabIndex={0} aria-label="Request JSON">
            {example ? JSON.stringify(example.request, null, 2) : ''}
          </pre>
        </section>

        <section className="panel" aria-labelledby="report-heading">
          <h2 id="report-heading">On Messenger</h2>
          {/* Keyed by example: a report that failed to render gets a fresh start with the next request. */}
          <ErrorBoundary key={exampleId} title="The report could not be shown">
            {example ? <ReportPanel request={example.request} /> : <p>No example requests.</p>}
          </ErrorBoundary>
        </section>
      </main>
    </div>
  );
}
