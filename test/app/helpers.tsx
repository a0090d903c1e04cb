import { render } from '@testing-library/react';
import { App } from '../../src/app/App';
import { EMPTY_REQUEST, clearHistory, useDocument } from '../../src/state/document';
import { useUi } from '../../src/state/ui';

/** Renders the app on a fresh document, with empty history and no selection. */
export function renderApp(doc: unknown = EMPTY_REQUEST) {
  useDocument.setState({ doc: structuredClone(doc), source: 'load', revision: 0 });
  clearHistory();
  useUi.setState({ msgIndex: 0, selection: null, announcement: '' });
  return render(<App />);
}

export const doc = () => useDocument.getState().doc;
