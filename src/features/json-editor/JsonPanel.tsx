import { Component, lazy, Suspense, useCallback, useRef, useState, type ReactNode } from 'react';
import { Tabs } from '../shared/Tabs';
import type { SyntaxErrorInfo } from '../../core';
import { useDocument } from '../../state/document';
import { holdsToken, TOKEN_PLACEHOLDER } from '../../state/token';
import { CodeView } from './CodeView';
import { importFile, say } from './importing';
import { copyText, downloadText, exportText } from './io';
import { SendApiView } from './SendApiView';
import type { SnippetLanguage } from './snippets';
import './json-editor.css';

// Monaco (about 1 MB gzip) is its own chunk: the first paint never waits for it.
const MonacoEditor = lazy(() => import('./MonacoEditor'));

export const DOWNLOAD_NAME = 'cm-request.json';

/** If the editor's chunk cannot load (offline after an update, say), the JSON is still there to read and copy. */
class EditorFallback extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return <ReadOnlyJson />;
  }
}

function ReadOnlyJson() {
  const doc = useDocument((s) => s.doc);
  return (
    <div className="json-editor__fallback">
      <p role="alert">The editor could not be loaded; the request is shown read-only. Reload the page to try again.</p>
      <pre className="json" tabIndex={0} aria-label="Request JSON">
        {JSON.stringify(doc, null, 2)}
      </pre>
    </div>
  );
}

/**
 * The bottom panel's JSON tab: the CM request in Monaco (editable, two-way with
 * the canvas), the Messenger Send API payloads, code snippets; copy, download and import.
 */
export function JsonPanel() {
  // Not the document itself: the panel's bar does not redraw on every keystroke.
  const hasToken = useDocument((s) => holdsToken(s.doc));
  const [includeToken, setIncludeToken] = useState(false);
  const [syntaxError, setSyntaxErrorState] = useState<SyntaxErrorInfo | null>(null);
  const [language, setLanguage] = useState<SnippetLanguage>('curl');
  const [confirmation, setConfirmation] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  // Stable, so the editor is not re-created on every render.
  const setSyntaxError = useCallback((e: SyntaxErrorInfo | null) => setSyntaxErrorState(e), []);

  const acknowledge = (text: string) => {
    setConfirmation(text);
    say(text);
  };

  const copy = async (text: string, what: string) => {
    const ok = await copyText(text);
    acknowledge(ok ? `Copied ${what} to the clipboard.` : 'The browser did not allow copying to the clipboard.');
  };

  const copyRequest = (minified: boolean) => {
    const doc = useDocument.getState().doc;
    const what = `the request (${minified ? 'minified' : 'as shown'})${!includeToken && hasToken ? `, with ${TOKEN_PLACEHOLDER} for the token` : ''}`;
    void copy(exportText(doc, { minified, includeToken }), what);
  };

  // A saved file is a place a token can leak from: it follows the same box as copies.
  const download = () => {
    const doc = useDocument.getState().doc;
    downloadText(exportText(doc, { includeToken }), DOWNLOAD_NAME);
    acknowledge(`Downloaded ${DOWNLOAD_NAME}${!includeToken && hasToken ? `, with ${TOKEN_PLACEHOLDER} for the token` : ''}.`);
  };

  return (
    <div className="json-panel">
      <div className="json-panel__bar" role="group" aria-label="Copy, download and import">
        <button type="button" className="tool" onClick={() => copyRequest(false)}>
          Copy JSON
        </button>
        <button type="button" className="tool" onClick={() => copyRequest(true)}>
          Copy minified
        </button>
        <button type="button" className="tool" onClick={download} title={`Saves the request as a file; ${TOKEN_PLACEHOLDER} stands in for the token unless you include it`}>
          Download .json
        </button>
        <button type="button" className="tool" onClick={() => fileInput.current?.click()} title="Or drop a .json file on the page, or paste a request">
          Import…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Import a JSON file"
          data-testid="import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // The same file can be picked again.
            if (file) void importFile(file).then((outcome) => setConfirmation(outcome.ok ? outcome.text : ''));
          }}
        />
        <label className="json-panel__token" title={`Unticked, copies, downloads and snippets hold ${TOKEN_PLACEHOLDER} instead of your product token`}>
          <input type="checkbox" checked={includeToken} onChange={(e) => setIncludeToken(e.target.checked)} />
          Include my product token
        </label>
        <span className="json-panel__confirmation" data-testid="json-confirmation">
          {confirmation}
        </span>
      </div>
      {syntaxError && (
        <p className="json-panel__syntax" data-testid="json-syntax-error">
          JSON has a syntax error at line {syntaxError.line}, column {syntaxError.column} — the canvas shows the last valid design.
        </p>
      )}
      <Tabs
        label="Request views"
        tabs={[
          {
            id: 'request',
            label: 'CM request',
            panelClassName: 'tabs__panel--editor',
            content: () => (
              <EditorFallback>
                <Suspense
                  fallback={
                    <p className="json-editor__loading" role="status">
                      Loading editor…
                    </p>
                  }
                >
                  <MonacoEditor onSyntaxError={setSyntaxError} />
                </Suspense>
              </EditorFallback>
            ),
          },
          { id: 'send', label: 'Messenger Send API', content: () => <SendApiView /> },
          {
            id: 'code',
            label: 'Code',
            content: () => <CodeView language={language} onLanguage={setLanguage} includeToken={includeToken} onCopy={(text, what) => void copy(text, what)} />,
          },
        ]}
      />
    </div>
  );
}
