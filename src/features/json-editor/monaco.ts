/**
 * Monaco, bundled with the app (never from a CDN) and only ever imported from the
 * lazily loaded editor chunk. Sets up the workers and the JSON language: completion
 * and hover come from the core's REQUEST_SCHEMA; markers come only from the core
 * (Monaco's own validation is off: the core matches keys in any letter case, and
 * Monaco would flag requests the core accepts, or report syntax errors twice).
 */
// The editor's features without the 80 other languages (and their 9 MB of TypeScript,
// CSS and HTML workers) that 'monaco-editor/editor/editor.main' would add to the build.
import 'monaco-editor/features/register.all';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/common/standaloneStrings';
import 'monaco-editor/editor/contrib/caretOperations/browser/caretOperations';
import 'monaco-editor/editor/contrib/dropOrPasteInto/browser/copyPasteContribution';
import 'monaco-editor/editor/contrib/find/browser/findController';
import 'monaco-editor/editor/contrib/gotoError/browser/markerSelectionStatus';
import 'monaco-editor/editor/contrib/gotoSymbol/browser/goToCommands';
import 'monaco-editor/editor/contrib/semanticTokens/browser/documentSemanticTokens';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import * as monaco from 'monaco-editor/editor/editor.api';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import { REQUEST_SCHEMA } from '../../core';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'json' ? new JsonWorker() : new EditorWorker();
  },
};

/** The one model the request editor edits. */
export const MODEL_URI = monaco.Uri.parse('inmemory://messenger-designer/cm-request.json');

jsonDefaults.setDiagnosticsOptions({
  validate: false,
  allowComments: false,
  enableSchemaRequest: false,
  schemaValidation: 'ignore',
  schemas: [{ uri: REQUEST_SCHEMA.$id, fileMatch: [MODEL_URI.toString()], schema: REQUEST_SCHEMA }],
});
// No diagnostics adapter at all: the markers are the core's (owner 'core') and parseJson's (owner 'syntax').
jsonDefaults.setModeConfiguration({ ...jsonDefaults.modeConfiguration, diagnostics: false });

export { monaco };
