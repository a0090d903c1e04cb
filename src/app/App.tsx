import { lazy, Suspense, useEffect, useState, type ComponentType, type CSSProperties, type MouseEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useDerived } from '../state/hooks';
import { useUi } from '../state/ui';
import { useLayout } from '../state/layout';
import { useJsonEditor } from '../state/jsonEditor';
import { firstLoadDone, useFirstLoadDone } from '../state/firstLoad';
import { Designer } from '../features/designer/Designer';
// The JSON tab (editor, Send API view, code snippets) loads when it is first opened; Monaco itself is a chunk of its own.
// The bottom panel's tabs but Problems load when first opened: the first load carries only what it shows.
const JsonPanel = lazy(() => import('../features/json-editor/JsonPanel').then((m) => ({ default: m.JsonPanel })));
const MatrixPanel = lazy(() => import('../features/matrix/MatrixPanel').then((m) => ({ default: m.MatrixPanel })));
const ReportPanel = lazy(() => import('../features/report/ReportPanel').then((m) => ({ default: m.ReportPanel })));
import { Inspector } from '../features/inspector/Inspector';
import { ProblemsList } from '../features/problems/ProblemsList';
import { Tabs } from '../features/shared/Tabs';
import { ErrorBoundary } from './ErrorBoundary';
import { Notices } from './Notices';
import { PreviewPane } from '../features/preview';
import { Toolbar } from './Toolbar';
import { useShortcuts } from './useShortcuts';
import { VIEW_REGIONS } from './viewRegions';
// The phone's view tabs load only on a phone.
const PhoneTabs = lazy(() => import('./PhoneTabs').then((m) => ({ default: m.PhoneTabs })));
// The splitter and the fold button load right after the first paint: the first load carries only what it shows.
const Splitter = lazy(() => import('./Splitter').then((m) => ({ default: m.Splitter })));
const CollapseButton = lazy(() => import('./Splitter').then((m) => ({ default: m.CollapseButton })));
import { PHONE_QUERY, useMediaQuery } from './useMediaQuery';

function Announcer() {
  const text = useUi((s) => s.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {text}
    </div>
  );
}

function StatusSummary() {
  const { error: errors, warning: warnings } = useDerived((d) => d.counts);
  // A large request is checked off the main thread: until it comes back, the last figures stand, and say so.
  const pending = useDerived((d) => d.pending);
  // Text in the JSON editor that is not JSON is an error of its own, whatever the last valid design's figures.
  const syntaxError = useJsonEditor((s) => s.broken !== null);
  if (syntaxError)
    return (
      <p className="status-summary status-summary--invalid" data-testid="status-summary">
        ✖ JSON syntax error
      </p>
    );
  const valid = errors === 0;
  return (
    <p
      className={`status-summary ${valid ? 'status-summary--valid' : 'status-summary--invalid'}${pending ? ' status-summary--pending' : ''}`}
      data-testid="status-summary"
      aria-busy={pending || undefined}
    >
      {pending && 'Checking… '}
      {valid ? '✓ Valid' : `✖ ${errors} error${errors === 1 ? '' : 's'}`}
      {warnings > 0 && ` · ⚠ ${warnings} warning${warnings === 1 ? '' : 's'}`}
    </p>
  );
}

/** The count lives in its own component: the shell itself never re-renders on an edit. */
function ProblemsTabLabel() {
  const count = useDerived((d) => d.report.diagnostics.length) + useJsonEditor((s) => (s.broken ? 1 : 0));
  return <>Problems ({count})</>;
}

/** The input matrix with the row of the selected element's item (else the first item's). */
function CurrentMatrix() {
  const msgIndex = useUi((s) => s.msgIndex);
  const selection = useUi((s) => s.selection);
  const index = useDerived((d) => {
    let entry = d.model.elements.get(selection ?? '');
    while (entry && entry.type !== 'item') entry = entry.parent === null ? undefined : d.model.elements.get(entry.parent);
    return entry && entry.msgIndex === msgIndex ? (entry.index ?? 0) : 0;
  });
  const item = useDerived((d) => {
    const msg = d.model.messages[msgIndex];
    const key = msg && (msg.plain ? msg.key : msg.items[index]?.key);
    return key === undefined ? undefined : d.items.get(key);
  });
  return <MatrixPanel current={item} itemLabel={`Item ${index + 1}`} />;
}

function ReportTab() {
  const report = useDerived((d) => d.report);
  return <ReportPanel report={report} />;
}

/** A view loaded when first shown, with a line that says so meanwhile. */
function Loading({ what, children }: { what: string; children: ReactNode }) {
  return <Suspense fallback={<p role="status">Loading {what}…</p>}>{children}</Suspense>;
}

/** The skip link: on a phone it also shows the design view, then the canvas takes the focus. */
function skipToCanvas(e: MouseEvent) {
  e.preventDefault();
  // The design view drawn now (on a phone the canvas may be hidden), so that the canvas can take the focus at once.
  flushSync(() => useUi.getState().showPhoneView('design'));
  document.getElementById(VIEW_REGIONS.design)?.focus();
}

/**
 * The designer's shell: palette, canvas, inspector, and the panels below the canvas.
 * It subscribes to nothing that changes on an edit, so a keystroke re-renders only
 * the views that show what changed (not the drag-and-drop context and all its users).
 */
export function App() {
  useShortcuts();
  const phone = useMediaQuery(PHONE_QUERY);
  const phoneView = useUi((s) => s.phoneView);
  const bottom = useLayout((s) => s.bottom);
  const collapsed = useLayout((s) => s.collapsed);
  const [bottomTab, setBottomTab] = useState('problems');
  const showBottomTab = (id: string) => {
    setBottomTab(id);
    // A tab picked while the panel is folded unfolds it.
    if (useLayout.getState().collapsed) useLayout.getState().setCollapsed(false);
  };
  // Asked to show the JSON syntax error (its problem, the banner): the JSON tab opens (on a phone, the JSON view).
  useEffect(
    () =>
      useJsonEditor.subscribe((state, prev) => {
        if (state.reveal === prev.reveal) return;
        showBottomTab('json');
        useUi.getState().showPhoneView('json');
      }),
    [],
  );
  // The moment the designer accepts input: what the first-load benchmark measures; what waited for it loads.
  useEffect(firstLoadDone, []);
  const loaded = useFirstLoadDone();
  // Dropping or pasting a request anywhere on the page: listened for from the moment its code is in, once the designer
  // accepts input (not through Suspense, whose retry React holds back for a few hundred milliseconds: a paste then was lost).
  const [PageImport, setPageImport] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (loaded) void import('../features/json-editor/PageImport').then((m) => setPageImport(() => m.PageImport));
  }, [loaded]);
  return (
    <div className={phone ? 'app app--phone' : 'app'}>
      <a className="skip-link" href={`#${VIEW_REGIONS.design}`} onClick={skipToCanvas}>
        Skip to the canvas
      </a>
      <header className="app-header">
        <div className="app-header__title">
          <h1>Messenger Designer</h1>
          <p className="app-header__tagline">Rich messages for Facebook Messenger through the CM.com Business Messaging API</p>
        </div>
        <StatusSummary />
        <Toolbar />
      </header>
      <Notices />
      {phone && (
        // Until they load, their place is kept: nothing below them moves when they come.
        <Suspense fallback={<div className="phone-tabs phone-tabs--placeholder" aria-hidden="true" />}>
          <PhoneTabs />
        </Suspense>
      )}
      {/* On a phone one view shows at a time (data-view); the others stay mounted, so nothing is lost or reloaded. */}
      <main
        className={`designer${collapsed ? ' designer--collapsed' : ''}`}
        data-view={phoneView}
        style={{ '--bottom-share': bottom } as CSSProperties}
      >
        <ErrorBoundary title="The designer could not be shown">
          <Designer />
        </ErrorBoundary>
        <div className="designer__bottom" id={VIEW_REGIONS.json}>
          {loaded && (
            <Suspense fallback={null}>
              <Splitter controls={VIEW_REGIONS.json} />
              <CollapseButton controls={VIEW_REGIONS.json} />
            </Suspense>
          )}
          <Tabs
            label="Details"
            selected={bottomTab}
            onSelect={showBottomTab}
            tabs={[
              { id: 'problems', label: <ProblemsTabLabel />, content: () => <ProblemsList /> },
              { id: 'matrix', label: 'Input matrix', content: () => <Loading what="the input matrix"><CurrentMatrix /></Loading> },
              { id: 'report', label: 'Report', content: () => <Loading what="the report"><ReportTab /></Loading> },
              { id: 'json', label: 'Request JSON', content: () => <Loading what="the JSON views"><JsonPanel /></Loading> },
            ]}
          />
        </div>
        <section className="designer__preview" aria-label="Preview" id={VIEW_REGIONS.preview}>
          <ErrorBoundary title="The preview could not be shown">
            <PreviewPane />
          </ErrorBoundary>
        </section>
        <div className="designer__inspector" id={VIEW_REGIONS.inspector}>
          <ErrorBoundary title="The inspector could not be shown">
            <Inspector />
          </ErrorBoundary>
        </div>
      </main>
      <Announcer />
      {PageImport && <PageImport />}
    </div>
  );
}
