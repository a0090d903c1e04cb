import { useEffect, useRef } from 'react';
import { editsText, elementSpan, isFixable, jsonTree, markSpan, minimalEdit, parseJson, pointerAt, type SyntaxErrorInfo, type TextSpan } from '../../core';
import { fixesOf } from '../../core/fixes';
import { setEditorText, takeReveal, useJsonEditor } from '../../state/jsonEditor';
import { useDocument } from '../../state/document';
import { derived } from '../../state/hooks';
import { rememberText, textOf, tooDeepForText } from '../../state/text';
import { useUi } from '../../state/ui';
import { coreMarkers, syntaxMarker, type MarkerSpec } from './markers';
import { monaco, MODEL_URI } from './monaco';
import { canvasTargetOf } from './pointing';

/**
 * The request in Monaco, both ways, without timers or "prevent update" flags:
 * - the editor's text lives in the editor; every change to it is parsed at once;
 *   valid JSON that differs from the document replaces it (source `json`, one
 *   coalesced undo step per burst of typing); broken JSON gets a syntax marker and
 *   leaves the document alone;
 * - a change from anywhere else (source other than `json`) rewrites the text to the
 *   document, as the smallest edit, on Monaco's undo stack, one frame after the
 *   change: the keystroke's own frame shows the canvas and the preview, the next one
 *   the JSON; a change from the editor itself is never echoed back, so the user's
 *   own formatting stays as typed.
 * This module is the lazily loaded chunk: it is the only one that imports Monaco.
 */

const SEVERITY = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
} as const;


/** The editor's state when its tab was last left, to come back to it (and to broken text) while the document is unchanged. */
let kept: { doc: unknown; text: string; broken: boolean; view: monaco.editor.ICodeEditorViewState | null } | null = null;

export default function MonacoEditor() {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const startDoc = useDocument.getState().doc;
    // Broken text comes back only while it is still the page's syntax error: once the document changed (even if an
    // undo then brought the same version back), it was replaced, and the status and Problems have said so.
    const restored = kept && kept.doc === startDoc && (!kept.broken || useJsonEditor.getState().broken?.text === kept.text) ? kept : null;
    monaco.editor.getModel(MODEL_URI)?.dispose();
    const model = monaco.editor.createModel(restored ? restored.text : textOf(startDoc), 'json', MODEL_URI);
    model.setEOL(monaco.editor.EndOfLineSequence.LF);
    model.updateOptions({ tabSize: 2, insertSpaces: true });
    const editor = monaco.editor.create(el, {
      model,
      theme: 'vs',
      ariaLabel: 'CM request JSON. F8 goes to the next problem, Ctrl+Space completes, Ctrl+M makes Tab move the focus.',
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      lineNumbersMinChars: 3,
      scrollBeyondLastLine: false,
      // Hovers and suggestions are not clipped by the bottom panel.
      fixedOverflowWidgets: true,
      formatOnPaste: false,
      formatOnType: false,
      wordBasedSuggestions: 'off',
      renderLineHighlight: 'line',
      // The panel is short: every line goes to the JSON itself.
      stickyScroll: { enabled: false },
      // A request holds no colors, and its URLs are not opened from the editor: both would only cost work per edit.
      colorDecorators: false,
      links: false,
    });
    if (restored?.view) editor.restoreViewState(restored.view);
    const highlight = editor.createDecorationsCollection();
    /** The tree of the text while it is valid JSON (then it is the document's text); undefined while it is broken. */
    let root: ReturnType<typeof jsonTree> = undefined;

    const toRange = (span: TextSpan) => {
      const a = model.getPositionAt(span.offset);
      const b = model.getPositionAt(span.offset + span.length);
      return new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column);
    };
    const toMarker = (m: MarkerSpec): monaco.editor.IMarkerData => {
      const r = toRange(m);
      return {
        severity: SEVERITY[m.severity],
        message: m.message,
        code: m.code,
        source: 'check',
        startLineNumber: r.startLineNumber,
        startColumn: r.startColumn,
        endLineNumber: r.endLineNumber,
        endColumn: r.endColumn,
      };
    };

    /** Markers by owner, as last set: setting the same list again would only redraw the editor. */
    const lastMarkers = new Map<string, string>();
    const setMarkers = (owner: 'core' | 'syntax', markers: monaco.editor.IMarkerData[]) => {
      const key = JSON.stringify(markers);
      if (lastMarkers.get(owner) === key) return;
      lastMarkers.set(owner, key);
      monaco.editor.setModelMarkers(model, owner, markers);
    };

    /** Highlights the selected canvas element's JSON; reveals it (and puts the cursor there) when the selection came from elsewhere. */
    const showSelection = (reveal: boolean) => {
      const selection = useUi.getState().selection;
      const path = selection === null ? undefined : derived().model.elements.get(selection)?.path;
      const span = root && path !== undefined ? elementSpan(root, path) : undefined;
      if (!span) {
        highlight.clear();
        return;
      }
      const range = toRange(span);
      // Unchanged (an edit elsewhere, or inside the element that the decoration followed): nothing to redraw.
      if (!reveal && highlight.length === 1 && highlight.getRange(0)?.equalsRange(range)) return;
      highlight.set([
        {
          range,
          options: {
            isWholeLine: true,
            className: 'json-editor__selected',
            linesDecorationsClassName: 'json-editor__selected-bar',
            overviewRuler: { color: '#0866ff80', position: monaco.editor.OverviewRulerLane.Left },
          },
        },
      ]);
      if (reveal) {
        editor.setPosition(range.getStartPosition());
        editor.revealRangeNearTopIfOutsideViewport(monaco.Range.fromPositions(range.getStartPosition()));
      }
    };

    /** Set while the editor takes a change of the document: its text is then the document's, valid JSON. */
    let fromDesigner = false;

    /** After every change of the text: parse, update the document if the user changed it, set the markers. */
    const onText = () => {
      const text = model.getValue();
      if (fromDesigner) {
        // The document's own text: nothing to parse or send back, only its tree and markers to refresh.
        root = jsonTree(text);
        setMarkers('syntax', []);
        setEditorText(text, null);
        setMarkers('core', coreMarkers(root, derived().report.diagnostics).map(toMarker));
        showSelection(false);
        return;
      }
      const parsed = parseJson(text);
      if (!parsed.ok) {
        root = undefined;
        setMarkers('core', []);
        setMarkers('syntax', [toMarker(syntaxMarker(text, parsed.error))]);
        highlight.clear();
        setEditorText(text, parsed.error);
        return;
      }
      setMarkers('syntax', []);
      setEditorText(text, null);
      const state = useDocument.getState();
      // Equal JSON (white space, or the text this editor was just given) is no change of the document.
      // The text is the document's as typed (its white space and spellings kept), whether or not its values changed.
      if (JSON.stringify(parsed.value) !== JSON.stringify(state.doc)) {
        state.dispatch({ kind: 'replace', value: parsed.value }, { source: 'json', history: { coalesce: 'json-editor' }, text });
      } else rememberText(state.doc, text);
      root = jsonTree(text);
      const { diagnostics } = derived().report;
      setMarkers('core', coreMarkers(root, diagnostics).map(toMarker));
      showSelection(false);
    };

    /** The core's problem a marker stands for: the one of its code whose span the marker covers. */
    const diagnosticOf = (marker: monaco.editor.IMarkerData) => {
      if (!root || marker.source !== 'check' || typeof marker.code !== 'string' || !isFixable(marker.code)) return undefined;
      const tree = root;
      return derived().report.diagnostics.find((x) => {
        if (x.code !== marker.code) return false;
        const r = toRange(markSpan(tree, x.path) ?? { offset: 0, length: 1 });
        return r.startLineNumber === marker.startLineNumber && r.startColumn === marker.startColumn && r.endLineNumber === marker.endLineNumber && r.endColumn === marker.endColumn;
      });
    };

    const disposables = [
      // Quick fixes at a marker (the lightbulb, Ctrl+.): the core's fixes, each as the smallest edit of the text, so that
      // Monaco's undo takes it back and the document follows as for any typing.
      monaco.languages.registerCodeActionProvider('json', {
        provideCodeActions: (m, _range, context) => {
          const actions: monaco.languages.CodeAction[] = [];
          if (m === model) {
            const text = m.getValue();
            const { doc, report } = derived();
            for (const marker of context.markers) {
              const diagnostic = diagnosticOf(marker);
              if (!diagnostic) continue;
              for (const fix of fixesOf(diagnostic, doc, report)) {
                const next = editsText(text, fix.ops);
                const edit = next === null ? null : minimalEdit(text, next);
                if (!edit) continue;
                actions.push({
                  title: fix.title,
                  kind: 'quickfix',
                  diagnostics: [marker],
                  isPreferred: fix.safe,
                  edit: { edits: [{ resource: m.uri, versionId: m.getVersionId(), textEdit: { range: toRange(edit), text: edit.text } }] },
                });
              }
            }
          }
          return { actions, dispose: () => undefined };
        },
      }),
      editor.onDidChangeModelContent(onText),
      // Typing in the editor starts from the document's latest text.
      editor.onKeyDown(() => flush()),
      // Putting the cursor in the JSON selects the canvas element that owns that place.
      editor.onDidChangeCursorPosition((e) => {
        if (!editor.hasTextFocus() || !root) return;
        const pointer = pointerAt(root, model.getOffsetAt(e.position));
        if (pointer === undefined) return;
        const target = canvasTargetOf(derived(), pointer);
        if (!target) return;
        const ui = useUi.getState();
        if (target.msgIndex !== ui.msgIndex) ui.setMsgIndex(target.msgIndex);
        if (useUi.getState().selection !== target.selection) useUi.getState().select(target.selection);
      }),
      // Leaving the editor ends the burst of typing: the next edit is an undo step of its own.
      editor.onDidBlurEditorText(() => useDocument.getState().endBurst()),
    ];

    /** Brings the text to the document, if a change from the designer is pending. */
    let pending = false;
    let frame = 0;
    const flush = () => {
      if (!pending) return;
      const { doc } = useDocument.getState();
      // A request too deep to show: the panel is closing the editor; its text is not wanted.
      if (tooDeepForText(doc)) return;
      pending = false;
      const edit = minimalEdit(model.getValue(), textOf(doc));
      if (!edit) return;
      editor.pushUndoStop();
      fromDesigner = true;
      try {
        editor.executeEdits('designer', [{ range: toRange(edit), text: edit.text }]);
      } finally {
        fromDesigner = false;
      }
      editor.pushUndoStop();
    };
    const unsubscribeDoc = useDocument.subscribe((state, prev) => {
      // The check of a large request came back: its markers.
      if (state.checked !== prev.checked && root && !pending) setMarkers('core', coreMarkers(root, derived().report.diagnostics).map(toMarker));
      if (state.source === 'json') return; // The editor's own change: its text is already right.
      if (state.doc === prev.doc && state.revision === prev.revision) return;
      if (pending) return;
      pending = true;
      // In the frame after the one that shows the change on the canvas and in the preview, drawn at once:
      // the keystroke's own frame never waits for Monaco.
      frame = requestAnimationFrame(
        () =>
          (frame = requestAnimationFrame(() => {
            flush();
            editor.render();
          })),
      );
    });
    const unsubscribeUi = useUi.subscribe((state, prev) => {
      if (state.selection !== prev.selection || state.msgIndex !== prev.msgIndex) showSelection(!editor.hasTextFocus());
    });

    /** Puts the cursor on the syntax error (a click on its problem or on the banner asked for it) and the focus in the editor. */
    const goToError = (error: SyntaxErrorInfo | null) => {
      if (!error) return;
      const position = model.getPositionAt(error.offset);
      editor.setPosition(position);
      editor.revealPositionInCenterIfOutsideViewport(position);
      editor.focus();
    };
    const unsubscribeReveal = useJsonEditor.subscribe((state, prev) => {
      if (state.reveal !== prev.reveal) goToError(takeReveal());
    });

    onText();
    showSelection(true);
    goToError(takeReveal());

    return () => {
      cancelAnimationFrame(frame);
      flush();
      kept = { doc: useDocument.getState().doc, text: model.getValue(), broken: root === undefined, view: editor.saveViewState() };
      unsubscribeDoc();
      unsubscribeUi();
      unsubscribeReveal();
      disposables.forEach((d) => d.dispose());
      editor.dispose();
      model.dispose();
      // The broken text is kept (above) and comes back with the tab: its error stays a problem meanwhile.
    };
  }, []);

  return <div ref={host} className="json-editor__monaco" data-testid="monaco-host" />;
}
