import { Component, lazy, Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Tabs } from '../shared/Tabs';
import { useDocument } from '../../state/document';
import { setIncludeToken, showSyntaxError, useJsonEditor } from '../../state/jsonEditor';
import { holdsToken, TOKEN_PLACEHOLDER } from '../../state/token';
import { redactBrokenText } from '../../state/brokenText';
import { TEXT_DEPTH_MAX, textOf, tooDeepForText, TooDeepError } from '../../state/text';
import { CodeView } from './CodeView';
import { importFileAsking, say, type PendingPaste } from './importing';
import { copyText, downloadText, exportText } from './io';
import { SendApiView } from './SendApiView';
import type { SnippetLanguage } from './snippets';
import './json-editor.css';

// Monaco (about 1 MB gzip) is its own chunk: the first paint never waits for it.
const MonacoEditor = lazy(() => import('./MonacoEditor'));
// Asked only when an import would replace an edited design: loaded then.
const ImportQuestion = lazy(() => import('./ImportQuestion'));

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

/** In place of the editor for a request nested too deeply to be shown as text: the design is kept as it is. */
function TooDeep() {
  return (
    <div className="json-editor__fallback" role="alert">
      <p>
        <strong>This request nests more than {TEXT_DEPTH_MAX} levels deep: too deep to show in the editor.</strong> The browser's JSON
        functions run out of stack on it. The design is kept as it is, and the canvas, the preview and the checks go on working; undo
        the import, or import a request that nests less deeply, to edit the JSON here.
      </p>
    </div>
  );
}

function ReadOnlyJson() {
  const doc = useDocument((s) => s.doc);
  let text: string;
  try {
    text = textOf(doc);
  } catch (e) {
    if (!(e instanceof TooDeepError)) throw e;
    text = e.message;
  }
  return (
    <div className="json-editor__fallback">
      <p role="alert">The editor could not be loaded; the request is shown read-only. Reload the page to try again.</p>
      <pre className="json" tabIndex={0} aria-label="Request JSON">
        {text}
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
  const tooDeep = useDocument((s) => tooDeepForText(s.doc));
  // Both outlive the panel, which unmounts whenever another bottom tab is chosen.
  const includeToken = useJsonEditor((s) => s.includeToken);
  const syntaxError = useJsonEditor((s) => s.broken?.error ?? null);
  const [language, setLanguage] = useState<SnippetLanguage>('curl');
  const [view, setView] = useState('request');
  const [confirmation, setConfirmation] = useState('');
  const [pending, setPending] = useState<PendingPaste | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const exportsNote = useId();
  // Asked to show the syntax error (its problem, the banner): the editor's tab comes to the front.
  useEffect(() => useJsonEditor.subscribe((state, prev) => state.reveal !== prev.reveal && setView('request')), []);

  const acknowledge = (text: string) => {
    setConfirmation(text);
    say(text);
  };

  const copy = async (text: string, what: string) => {
    const ok = await copyText(text);
    acknowledge(ok ? `Copied ${what} to the clipboard.` : 'The browser did not allow copying to the clipboard.');
  };

  /** The request as text, or null (said) when it nests too deeply to be written out. */
  const textForExport = (minified: boolean): string | null => {
    try {
      return exportText(useDocument.getState().doc, { minified, includeToken });
    } catch (e) {
      if (!(e instanceof TooDeepError)) throw e;
      acknowledge(`${e.message} Nothing was copied or saved; the design is unchanged.`);
      return null;
    }
  };

  const placeholderNote = !includeToken && hasToken ? `, with ${TOKEN_PLACEHOLDER} for the token` : '';

  // While the text has a syntax error, the request is the last valid design: every confirmation says which version went out.
  const copyRequest = (minified: boolean) => {
    const what = syntaxError
      ? `the last valid design (${minified ? 'minified' : 'as last valid'}), not the text with the syntax error${placeholderNote}`
      : `the request (${minified ? 'minified' : 'as shown'})${placeholderNote}`;
    const text = textForExport(minified);
    if (text !== null) void copy(text, what);
  };

  // A saved file is a place a token can leak from: it follows the same box as copies.
  const download = () => {
    const text = textForExport(false);
    if (text === null) return;
    downloadText(text, DOWNLOAD_NAME);
    acknowledge(`Downloaded ${DOWNLOAD_NAME}${syntaxError ? ': the last valid design, not the text with the syntax error' : ''}${placeholderNote}.`);
  };

  /** The editor's text as typed, syntax error and all, with the token policy of every copy; null when the text is JSON again. */
  const typedText = (): string | null => {
    const broken = useJsonEditor.getState().broken;
    if (!broken) return null;
    return includeToken ? broken.text : redactBrokenText(broken.text, useDocument.getState().doc);
  };
  const typedNote = () => {
    const broken = useJsonEditor.getState().broken;
    return !includeToken && broken && redactBrokenText(broken.text, useDocument.getState().doc) !== broken.text ? `, with ${TOKEN_PLACEHOLDER} for the token` : '';
  };
  const copyTyped = () => {
    const text = typedText();
    if (text !== null) void copy(text, `the text as typed, with its syntax error${typedNote()}`);
  };
  const downloadTyped = () => {
    const text = typedText();
    if (text === null) return;
    downloadText(text, DOWNLOAD_NAME);
    acknowledge(`Downloaded ${DOWNLOAD_NAME}: the text as typed, with its syntax error${typedNote()}.`);
  };

  return (
    <div className="json-panel">
      <div className="json-panel__bar" role="group" aria-label="Copy, download and import">
        <button type="button" className="tool" onClick={() => copyRequest(false)} aria-describedby={syntaxError ? exportsNote : undefined}>
          Copy JSON
        </button>
        <button type="button" className="tool" onClick={() => copyRequest(true)} aria-describedby={syntaxError ? exportsNote : undefined}>
          Copy minified
        </button>
        <button
          type="button"
          className="tool"
          onClick={download}
          aria-describedby={syntaxError ? exportsNote : undefined}
          title={`Saves the request as a file; ${TOKEN_PLACEHOLDER} stands in for the token unless you include it`}
        >
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
            if (file) void importFileAsking(file, setPending).then((outcome) => outcome && setConfirmation(outcome.ok ? outcome.text : ''));
          }}
        />
        <label className="json-panel__token" title={`Unticked, copies, downloads and snippets hold ${TOKEN_PLACEHOLDER} instead of your product token`}>
          <input type="checkbox" checked={includeToken} onChange={(e) => setIncludeToken(e.target.checked)} />
          Include my product token
        </label>
        <span className="json-panel__confirmation" data-testid="json-confirmation">
          {confirmation}
        </span>
        {pending && (
          <Suspense fallback={null}>
            <ImportQuestion pending={pending} onClose={() => setPending(null)} onImported={(outcome) => setConfirmation(outcome.ok ? outcome.text : '')} />
          </Suspense>
        )}
      </div>
      {syntaxError && (
        <div className="json-panel__syntax" data-testid="json-syntax-error">
          <button type="button" className="json-panel__syntax-go" onClick={showSyntaxError} title="Puts the cursor on the error in the editor">
            ✖ JSON syntax error at line {syntaxError.line}, column {syntaxError.column}: {syntaxError.message.replace(/ at line \d+, column \d+\.$/, '')}
          </button>
          <p id={exportsNote}>
            The canvas, the checks, Copy JSON, Copy minified and Download keep the last valid design.
          </p>
          <div className="json-panel__syntax-actions" role="group" aria-label="The text as typed">
            <button type="button" className="tool" onClick={copyTyped}>
              Copy the text as typed
            </button>
            <button type="button" className="tool" onClick={downloadTyped}>
              Download the text as typed
            </button>
          </div>
        </div>
      )}
      <Tabs
        label="Request views"
        selected={view}
        onSelect={setView}
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
                  {tooDeep ? <TooDeep /> : <MonacoEditor />}
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
