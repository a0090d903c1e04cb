import { useEffect, useState } from 'react';
import { useDocument } from '../state/document';
import { useReport } from '../state/report';
import { useUi } from '../state/ui';
import { Designer } from '../features/designer/Designer';
import { JsonPanel } from '../features/json-editor/JsonPanel';
import { PageImport } from '../features/json-editor/PageImport';
import { Inspector } from '../features/inspector/Inspector';
import { MatrixPanel } from '../features/matrix/MatrixPanel';
import { ProblemsList } from '../features/problems/ProblemsList';
import { ReportPanel } from '../features/report/ReportPanel';
import { Tabs } from './BottomPanel';
import { ErrorBoundary } from './ErrorBoundary';
import { Notices } from './Notices';
import { PreviewPane } from './PreviewPane';
import { Toolbar } from './Toolbar';
import { useShortcuts } from './useShortcuts';

function Announcer() {
  const text = useUi((s) => s.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {text}
    </div>
  );
}

function StatusSummary() {
  const report = useReport();
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
  return (
    <p className={`status-summary ${report.valid ? 'status-summary--valid' : 'status-summary--invalid'}`} data-testid="status-summary">
      {report.valid ? '✓ Valid' : `✖ ${errors} error${errors === 1 ? '' : 's'}`}
      {warnings > 0 && ` · ⚠ ${warnings} warning${warnings === 1 ? '' : 's'}`}
    </p>
  );
}

/** The count lives in its own component: the shell itself never re-renders on an edit. */
function ProblemsTabLabel() {
  const count = useReport().diagnostics.length;
  return <>Problems ({count})</>;
}

function CurrentMatrix() {
  const report = useReport();
  const msgIndex = useUi((s) => s.msgIndex);
  const selection = useUi((s) => s.selection);
  const items = report.messages[msgIndex]?.items ?? [];
  const index = Math.max(
    0,
    items.findIndex((it) => selection !== null && (selection === it.path || selection.startsWith(it.path + '/'))),
  );
  return <MatrixPanel current={items[index]} itemLabel={`Item ${index + 1}`} />;
}

function ReportTab() {
  const doc = useDocument((s) => s.doc);
  return <ReportPanel request={doc} />;
}

/**
 * The designer's shell: palette, canvas, inspector, and the panels below the canvas.
 * It subscribes to nothing that changes on an edit, so a keystroke re-renders only
 * the views that show what changed (not the drag-and-drop context and all its users).
 */
export function App() {
  useShortcuts();
  const [bottomTab, setBottomTab] = useState('problems');
  // The moment the designer accepts input: what the first-load benchmark measures.
  useEffect(() => {
    performance.mark('designer-ready');
  }, []);
  return (
    <div className="app">
      <header className="app-header">
        <div className="app-header__title">
          <h1>Messenger Designer</h1>
          <p className="app-header__tagline">Rich messages for Facebook Messenger through the CM.com Business Messaging API</p>
        </div>
        <StatusSummary />
        <Toolbar />
      </header>
      <Notices />
      {/* With the JSON open, the bottom panel takes more of the height: an editor needs lines. */}
      <main className={`designer${bottomTab === 'json' ? ' designer--tall-bottom' : ''}`}>
        <ErrorBoundary title="The designer could not be shown">
          <Designer />
        </ErrorBoundary>
        <div className="designer__bottom">
          <Tabs
            label="Details"
            onSelect={setBottomTab}
            tabs={[
              { id: 'problems', label: <ProblemsTabLabel />, content: () => <ProblemsList /> },
              { id: 'matrix', label: 'Input matrix', content: () => <CurrentMatrix /> },
              { id: 'report', label: 'Report', content: () => <ReportTab /> },
              { id: 'json', label: 'Request JSON', content: () => <JsonPanel /> },
            ]}
          />
        </div>
        <section className="designer__preview" aria-label="Preview">
          <ErrorBoundary title="The preview could not be shown">
            <PreviewPane />
          </ErrorBoundary>
        </section>
        <div className="designer__inspector">
          <ErrorBoundary title="The inspector could not be shown">
            <Inspector />
          </ErrorBoundary>
        </div>
      </main>
      <Announcer />
      <PageImport />
    </div>
  );
}
