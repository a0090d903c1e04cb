// A syntax error in the JSON editor is a problem of the whole page: the header's status, the
// Problems list and its tab say so, a click goes to it, and it ends when the text is JSON again
// or the document is replaced. Monaco does not run in jsdom: its lazy module is replaced by a
// textarea that reports its text as the real one does (the real editor: test/e2e/json-editor.spec.ts).
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { examples } from '../../src/examples';
import { undo, useDocument } from '../../src/state/document';
import { useJsonEditor } from '../../src/state/jsonEditor';
import { replaceCurrent } from '../../src/state/designs';
import { doc, renderApp } from './helpers';

vi.mock('../../src/features/json-editor/MonacoEditor', () => import('../features/json-editor/MockMonaco'));

const BROKEN = '{\n  "messages": {\n    "msg": [\n  }\n}';

beforeEach(() => {
  useJsonEditor.setState({ broken: null, includeToken: false, reveal: 0, revealPending: false });
});

async function openJson(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('tab', { name: 'Request JSON' }));
  return screen.findByLabelText('Mock JSON editor');
}

async function breakJson(user: ReturnType<typeof userEvent.setup>) {
  fireEvent.change(await openJson(user), { target: { value: BROKEN } });
}

const status = () => screen.getByTestId('status-summary');

describe('a JSON syntax error is a problem everywhere', () => {
  it('the status says “✖ JSON syntax error”, the Problems tab counts it and lists json/syntax with line and column', async () => {
    const user = userEvent.setup();
    renderApp();
    expect(status()).toHaveTextContent('✓ Valid');
    await breakJson(user);
    expect(status()).toHaveTextContent('✖ JSON syntax error');
    expect(status()).not.toHaveTextContent('Valid');
    await user.click(screen.getByRole('tab', { name: 'Problems (2)' })); // The empty design's own info, and the syntax error.
    const row = screen.getByTestId('syntax-problem');
    expect(row).toHaveTextContent('json/syntax');
    expect(row).toHaveTextContent('line 4, column 3');
    expect(row).toHaveTextContent('Value expected at line 4, column 3.');
    expect(screen.queryByText(/ready to send/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '✖ 1 error' })).toBeInTheDocument();
  });

  it('a click on the problem opens the JSON tab and asks the editor to put its cursor there', async () => {
    const user = userEvent.setup();
    renderApp();
    await breakJson(user);
    await user.click(screen.getByRole('tab', { name: /Problems/ }));
    expect(screen.queryByLabelText('Mock JSON editor')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('syntax-problem'));
    expect(screen.getByRole('tab', { name: 'Request JSON' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByLabelText('Mock JSON editor')).toBeInTheDocument();
    expect(useJsonEditor.getState()).toMatchObject({ reveal: 1, revealPending: true });
  });

  it('ends when the text is JSON again', async () => {
    const user = userEvent.setup();
    renderApp();
    await breakJson(user);
    fireEvent.change(screen.getByLabelText('Mock JSON editor'), { target: { value: JSON.stringify(doc()) } });
    expect(status()).toHaveTextContent('✓ Valid');
    await user.click(screen.getByRole('tab', { name: 'Problems (1)' }));
    expect(screen.queryByTestId('syntax-problem')).not.toBeInTheDocument();
  });

  it('ends when the document is replaced: another design, an undo, an edit on the canvas', async () => {
    const user = userEvent.setup();
    renderApp();
    await breakJson(user);
    act(() => replaceCurrent(examples[0]!.request));
    expect(status()).not.toHaveTextContent('syntax');
    expect(useJsonEditor.getState().broken).toBeNull();

    await breakJson(user);
    act(() => undo());
    expect(status()).not.toHaveTextContent('syntax');

    await breakJson(user);
    await user.click(screen.getByRole('button', { name: /^Text$/ }));
    expect(status()).not.toHaveTextContent('syntax');
    expect(useDocument.getState().source).toBe('palette');
  });

  it('stays while another bottom tab is open: the broken text comes back with the JSON tab', async () => {
    const user = userEvent.setup();
    renderApp();
    await breakJson(user);
    await user.click(screen.getByRole('tab', { name: 'Input matrix' }));
    expect(status()).toHaveTextContent('✖ JSON syntax error');
  });
});

describe('“Include my product token”', () => {
  it('stays ticked when another bottom tab is chosen and the JSON tab opened again', async () => {
    const user = userEvent.setup();
    renderApp();
    await openJson(user);
    await user.click(screen.getByRole('checkbox', { name: 'Include my product token' }));
    await user.click(screen.getByRole('tab', { name: /Problems/ }));
    expect(screen.queryByRole('checkbox', { name: 'Include my product token' })).not.toBeInTheDocument();
    await openJson(user);
    expect(within(screen.getByRole('group', { name: 'Copy, download and import' })).getByRole('checkbox', { name: 'Include my product token' })).toBeChecked();
  });
});
