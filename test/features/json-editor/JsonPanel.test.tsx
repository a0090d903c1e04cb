// The JSON panel around the editor: tabs, copy, download, import, snippets and the token box.
// Monaco does not run in jsdom: its lazy module is replaced by a textarea that reports syntax
// errors the way the real one does. The real editor is tested in Chromium (test/e2e/json-editor.spec.ts).
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { examples } from '../../../src/examples';
import { JsonPanel } from '../../../src/features/json-editor/JsonPanel';
import { PageImport } from '../../../src/features/json-editor/PageImport';
import { Notices } from '../../../src/app/Notices';
import { useDesigns } from '../../../src/state/designs';
import { clearHistory, undo, useDocument } from '../../../src/state/document';
import { redactToken, tokenOf, TOKEN_PLACEHOLDER } from '../../../src/state/token';
import { applyOp } from '../../../src/state/ops';
import { useUi } from '../../../src/state/ui';
import { useJsonEditor } from '../../../src/state/jsonEditor';

vi.mock('../../../src/features/json-editor/MonacoEditor', () => import('./MockMonaco'));

const SECRET = 'real-secret-token-1234';
const example06 = examples.find((e) => e.id === '06-direct-message-with-quick-reply-suggestions')!.request;
const withSecret = applyOp(example06, { kind: 'set', path: '/messages/authentication/producttoken', value: SECRET });

function setup(doc: unknown = withSecret) {
  useDocument.setState({ doc: structuredClone(doc), source: 'load', revision: 0 });
  clearHistory();
  useUi.setState({ msgIndex: 0, selection: null, announcement: '' });
  // A design just opened: an import replaces it without asking (one with edits is asked about: see below).
  useDesigns.setState({ notices: [], openedDoc: useDocument.getState().doc });
  useJsonEditor.setState({ broken: null, includeToken: false, reveal: 0, revealPending: false });
  const user = userEvent.setup();
  const writeText = vi.fn((_text: string) => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  render(
    <>
      <Notices />
      <JsonPanel />
      <PageImport />
    </>,
  );
  return { user, writeText };
}

const doc = () => useDocument.getState().doc;

beforeEach(() => {
  vi.restoreAllMocks();
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('tabs', () => {
  it('has the CM request (editable), the Messenger Send API and the Code tab, the editor loaded lazily', async () => {
    setup();
    const tabs = within(screen.getByRole('tablist', { name: 'Request views' })).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['CM request', 'Messenger Send API', 'Code']);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByLabelText('Mock JSON editor')).toBeInTheDocument();
  });

  it('the Send API tab shows the core’s payloads, read-only', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('tab', { name: 'Messenger Send API' }));
    const body = screen.getByLabelText('Send API body 1 of item 1');
    expect(body.tagName).toBe('PRE');
    expect(JSON.parse(body.textContent!)).toMatchObject({ recipient: { id: 'Recipients PSID' }, message: { text: 'Hi, what can I do for you?' } });
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('shows the editor’s syntax error with line and column, and a click on it asks the editor to go there', async () => {
    const { user } = setup();
    fireEvent.change(await screen.findByLabelText('Mock JSON editor'), { target: { value: '{\n  "a": }' } });
    const banner = screen.getByTestId('json-syntax-error');
    expect(banner).toHaveTextContent('✖ JSON syntax error at line 2, column 8: Value expected');
    expect(banner).toHaveTextContent('The canvas, the checks, Copy JSON, Copy minified and Download keep the last valid design.');
    await user.click(within(banner).getByRole('button', { name: /JSON syntax error at line 2, column 8/ }));
    expect(useJsonEditor.getState()).toMatchObject({ reveal: 1, revealPending: true });
    fireEvent.change(screen.getByLabelText('Mock JSON editor'), { target: { value: '{}' } });
    expect(screen.queryByTestId('json-syntax-error')).not.toBeInTheDocument();
    expect(useJsonEditor.getState()).toMatchObject({ broken: null, revealPending: false });
  });

  it('a click on the banner from another request view brings the editor’s tab back', async () => {
    const { user } = setup();
    fireEvent.change(await screen.findByLabelText('Mock JSON editor'), { target: { value: '{' } });
    await user.click(screen.getByRole('tab', { name: 'Code' }));
    expect(screen.queryByLabelText('Mock JSON editor')).not.toBeInTheDocument();
    await user.click(within(screen.getByTestId('json-syntax-error')).getByRole('button', { name: /JSON syntax error/ }));
    expect(screen.getByRole('tab', { name: 'CM request' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByLabelText('Mock JSON editor')).toBeInTheDocument();
  });
});

describe('code snippets', () => {
  it('hold the placeholder until “Include my product token” is ticked', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('tab', { name: 'Code' }));
    const code = () => screen.getByTestId('snippet').textContent!;
    expect(code()).toContain("curl -X POST 'https://gw.messaging.cm.com/v1.0/message'");
    expect(code()).toContain('X-CM-PRODUCTTOKEN: YOUR_PRODUCT_TOKEN');
    expect(code()).not.toContain(SECRET);
    await user.click(screen.getByRole('checkbox', { name: 'Include my product token' }));
    expect(code()).toContain(`X-CM-PRODUCTTOKEN: ${SECRET}`);
  });

  it('come in cURL, JavaScript fetch, Python requests, C# HttpClient and Java HttpClient, and copy with a confirmation', async () => {
    const { user, writeText } = setup();
    await user.click(screen.getByRole('tab', { name: 'Code' }));
    const group = screen.getByRole('radiogroup', { name: 'Language' });
    expect(within(group).getAllByRole('radio').map((r) => r.parentElement!.textContent)).toEqual([
      'cURL',
      'JavaScript fetch',
      'Python requests',
      'C# HttpClient',
      'Java HttpClient',
    ]);
    await user.click(screen.getByRole('radio', { name: 'Java HttpClient' }));
    expect(screen.getByTestId('snippet')).toHaveTextContent('HttpClient.newHttpClient().send(');
    await user.click(screen.getByRole('radio', { name: 'Python requests' }));
    expect(screen.getByTestId('snippet')).toHaveTextContent('requests.post(');
    await user.click(screen.getByRole('radio', { name: 'C# HttpClient' }));
    expect(screen.getByTestId('snippet')).toHaveTextContent('new HttpClient()');
    await user.click(screen.getByRole('radio', { name: 'JavaScript fetch' }));
    await user.click(screen.getByRole('button', { name: 'Copy snippet' }));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText.mock.calls[0]![0]).toContain('await fetch(');
    expect(writeText.mock.calls[0]![0]).not.toContain(SECRET);
    expect(screen.getByTestId('json-confirmation')).toHaveTextContent('Copied the JavaScript fetch snippet to the clipboard.');
    expect(useUi.getState().announcement).toContain('Copied the JavaScript fetch snippet');
  });

  it('come with the checker for CI: a download of the one file from the app itself, and the command to run it', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('tab', { name: 'Code' }));
    const section = screen.getByRole('region', { name: 'The same checks in your CI' });
    const link = within(section).getByRole('link', { name: 'Download cm-check.mjs' });
    expect(link).toHaveAttribute('href', '/cm-check.mjs');
    expect(link).toHaveAttribute('download', 'cm-check.mjs');
    expect(within(section).getByLabelText('Command that checks requests')).toHaveTextContent('node cm-check.mjs --pretty requests/*.json');
  });
});

describe('“Include my product token”', () => {
  it('holds while the panel is closed and opened again (another bottom tab), for the page’s lifetime', async () => {
    const { user, writeText } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Include my product token' }));
    cleanup();
    render(<JsonPanel />);
    expect(screen.getByRole('checkbox', { name: 'Include my product token' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Copy minified' }));
    expect(writeText.mock.calls[0]![0]).toBe(JSON.stringify(withSecret));
    // Never in storage.
    expect(JSON.stringify({ ...localStorage })).not.toContain('includeToken');
  });
});

describe('copy and download while the text has a syntax error', () => {
  // The text as typed: a syntax error on line 4, and the token typed anew on line 3.
  const BROKEN = `{"messages": {\n  "authentication": {\n    "producttoken": "typed-new-token-5678"\n  },,\n  "msg": []}}`;
  const breakText = async () => {
    fireEvent.change(await screen.findByLabelText('Mock JSON editor'), { target: { value: BROKEN } });
  };

  it('Copy JSON says plainly that it copies the last valid design, not the text', async () => {
    const { user, writeText } = setup();
    await breakText();
    await user.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(writeText.mock.calls[0]![0]).toBe(JSON.stringify(redactToken(withSecret), null, 2) + '\n');
    expect(screen.getByTestId('json-confirmation')).toHaveTextContent(
      'Copied the last valid design (as last valid), not the text with the syntax error, with YOUR_PRODUCT_TOKEN for the token',
    );
    expect(screen.getByRole('button', { name: 'Copy JSON' })).toHaveAccessibleDescription(/keep the last valid design/);
  });

  it('copies the text as typed, with the placeholder for the token unless it is included', async () => {
    const { user, writeText } = setup();
    await breakText();
    await user.click(screen.getByRole('button', { name: 'Copy the text as typed' }));
    expect(writeText.mock.calls[0]![0]).toBe(BROKEN.replace('typed-new-token-5678', TOKEN_PLACEHOLDER));
    expect(screen.getByTestId('json-confirmation')).toHaveTextContent(
      'Copied the text as typed, with its syntax error, with YOUR_PRODUCT_TOKEN for the token to the clipboard.',
    );
    await user.click(screen.getByRole('checkbox', { name: 'Include my product token' }));
    await user.click(screen.getByRole('button', { name: 'Copy the text as typed' }));
    expect(writeText.mock.calls[1]![0]).toBe(BROKEN);
  });

  it('keeps the last valid design’s token out of the text as typed, wherever the break leaves it', async () => {
    const { user, writeText } = setup();
    // No colon after the key, and the token again in a string left open.
    const text = `{"messages": {"authentication": {"producttoken" "${SECRET}"}, "note": "${SECRET} and more`;
    fireEvent.change(await screen.findByLabelText('Mock JSON editor'), { target: { value: text } });
    await user.click(screen.getByRole('button', { name: 'Copy the text as typed' }));
    const copied = writeText.mock.calls[0]![0];
    expect(copied).not.toContain(SECRET);
    expect(copied).toBe(`{"messages": {"authentication": {"producttoken" "${TOKEN_PLACEHOLDER}"}, "note": "${TOKEN_PLACEHOLDER} and more`);
  });

  it('Download says which version it saves, and the text as typed can be downloaded too', async () => {
    const { user } = setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await breakText();
    await user.click(screen.getByRole('button', { name: 'Download .json' }));
    expect(JSON.parse(await blobs[0]!.text())).toEqual(redactToken(withSecret));
    expect(screen.getByTestId('json-confirmation')).toHaveTextContent(
      'Downloaded cm-request.json: the last valid design, not the text with the syntax error, with YOUR_PRODUCT_TOKEN for the token.',
    );
    await user.click(screen.getByRole('button', { name: 'Download the text as typed' }));
    expect(await blobs[1]!.text()).toBe(BROKEN.replace('typed-new-token-5678', TOKEN_PLACEHOLDER));
    expect(screen.getByTestId('json-confirmation')).toHaveTextContent('Downloaded cm-request.json: the text as typed, with its syntax error, with YOUR_PRODUCT_TOKEN for the token.');
  });

  it('once the text is JSON again, the buttons for the text as typed go and Copy JSON says “as shown”', async () => {
    const { user } = setup();
    await breakText();
    fireEvent.change(screen.getByLabelText('Mock JSON editor'), { target: { value: JSON.stringify(withSecret) } });
    expect(screen.queryByRole('button', { name: 'Copy the text as typed' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(screen.getByTestId('json-confirmation')).toHaveTextContent('Copied the request (as shown)');
  });
});

describe('copy and download', () => {
  it('copies the pretty or minified request with the placeholder for the token, and says so', async () => {
    const { user, writeText } = setup();
    await user.click(screen.getByRole('button', { name: 'Copy JSON' }));
    const pretty = writeText.mock.calls[0]![0];
    expect(pretty).toBe(JSON.stringify(applyOp(withSecret, { kind: 'set', path: '/messages/authentication/producttoken', value: 'YOUR_PRODUCT_TOKEN' }), null, 2) + '\n');
    expect(screen.getByTestId('json-confirmation')).toHaveTextContent('Copied the request (as shown), with YOUR_PRODUCT_TOKEN for the token');
    await user.click(screen.getByRole('button', { name: 'Copy minified' }));
    expect(writeText.mock.calls[1]![0]).toBe(JSON.stringify(JSON.parse(pretty)));
    expect(useUi.getState().announcement).toMatch(/Copied the request \(minified\)/);
  });

  it('copies the real token only when asked', async () => {
    const { user, writeText } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Include my product token' }));
    await user.click(screen.getByRole('button', { name: 'Copy minified' }));
    expect(writeText.mock.calls[0]![0]).toBe(JSON.stringify(withSecret));
  });

  it('says so when the browser refuses the clipboard', async () => {
    const { user } = setup();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    document.execCommand = vi.fn(() => false);
    await user.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(screen.getByTestId('json-confirmation')).toHaveTextContent('The browser did not allow copying');
  });

  it('downloads the request as cm-request.json, with the placeholder for the token unless asked', async () => {
    const { user } = setup();
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('cm-request.json');
    });
    await user.click(screen.getByRole('button', { name: 'Download .json' }));
    expect(click).toHaveBeenCalledTimes(1);
    expect(await blob!.text()).not.toContain(tokenOf(withSecret));
    expect(JSON.stringify(JSON.parse(await blob!.text()))).toBe(JSON.stringify(redactToken(withSecret)));
    expect(screen.getByTestId('json-confirmation')).toHaveTextContent(`Downloaded cm-request.json, with ${TOKEN_PLACEHOLDER} for the token.`);
    await user.click(screen.getByRole('checkbox', { name: 'Include my product token' }));
    await user.click(screen.getByRole('button', { name: 'Download .json' }));
    expect(JSON.stringify(JSON.parse(await blob!.text()))).toBe(JSON.stringify(withSecret));
  });
});

describe('import', () => {
  const file = (text: string, name = 'request.json') => new File([text], name, { type: 'application/json' });

  it('loads a picked file as one undoable step, unknown fields and key order kept', async () => {
    const { user } = setup();
    const text = '{"zeta":1,"messages":{"msg":[{"from":"p","to":[{"number":"1"}],"body":{"content":"Hi"},"custom":{"b":1,"a":2}}]}}';
    await user.upload(screen.getByLabelText('Import a JSON file'), file(text));
    await vi.waitFor(() => expect(JSON.stringify(doc())).toBe(text));
    expect(useDocument.getState().source).toBe('load');
    expect(screen.getByTestId('json-confirmation')).toHaveTextContent('Imported request.json.');
    expect(useUi.getState().announcement).toBe('Imported request.json.');
    act(() => undo());
    expect(doc()).toEqual(withSecret);
  });

  it('keeps the design and names line and column when the file is not JSON', async () => {
    const { user } = setup();
    await user.upload(screen.getByLabelText('Import a JSON file'), file('{\n  "messages": {,\n}', 'broken.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/broken\.json is not JSON: .* at line 2, column 16\. The design was kept\./);
    expect(doc()).toEqual(withSecret);
    await user.click(within(alert).getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks before a picked file replaces an edited design: Replace imports it (one undo step), Cancel keeps the design', async () => {
    const { user } = setup();
    useDesigns.setState({ openedDoc: example06 }); // edited since it was opened
    const before = doc();
    const text = JSON.stringify(examples[0]!.request);
    await user.upload(screen.getByLabelText('Import a JSON file'), file(text, 'other.json'));
    const question = await screen.findByRole('alertdialog', { name: 'Replace your design with other.json?' });
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(doc()).toBe(before);
    expect(useUi.getState().announcement).toBe('other.json was not imported; your design is unchanged.');
    await user.upload(screen.getByLabelText('Import a JSON file'), file(text, 'other.json'));
    await user.click(await screen.findByRole('button', { name: 'Replace my design' }));
    await vi.waitFor(() => expect(JSON.stringify(doc())).toBe(text));
    expect(screen.getByTestId('json-confirmation')).toHaveTextContent('Imported other.json.');
    act(() => undo());
    expect(doc()).toEqual(before);
  });

  it('takes a .json file dropped anywhere on the page, and ignores drags without files', async () => {
    setup();
    const text = JSON.stringify(examples[0]!.request);
    const dataTransfer = { types: ['Files'], files: [file(text, 'dropped.json')], dropEffect: 'none' };
    const fire = (type: string, dt: unknown) => {
      const e = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(e, 'dataTransfer', { value: dt });
      act(() => {
        document.body.dispatchEvent(e);
      });
      return e;
    };
    fire('dragenter', dataTransfer);
    expect(document.querySelector('.drop-overlay')).toHaveTextContent('Drop a .json file');
    expect(fire('dragover', dataTransfer).defaultPrevented).toBe(true);
    fire('drop', dataTransfer);
    expect(document.querySelector('.drop-overlay')).toBeNull();
    await vi.waitFor(() => expect(JSON.stringify(doc())).toBe(text));
    // A drag of page content (no files) is not ours.
    expect(fire('dragover', { types: ['text/plain'], files: [] }).defaultPrevented).toBe(false);
  });

  const paste = async (text: string, target: EventTarget = document.body) => {
    const e = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(e, 'clipboardData', { value: { getData: () => text } });
    await act(async () => {
      target.dispatchEvent(e);
      await Promise.resolve();
    });
    return e;
  };

  it('takes a request pasted while no text field has the focus, over a design as opened, and says so on screen', async () => {
    setup();
    useDesigns.setState({ openedDoc: doc() });
    const text = JSON.stringify(examples[3]!.request);
    expect((await paste(text)).defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(JSON.stringify(doc())).toBe(text));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(useUi.getState().announcement).toBe('Imported the pasted request; Undo brings the design before it back.');
    expect(within(screen.getByRole('region', { name: 'Notices' })).getByText('Imported the pasted request; Undo brings the design before it back.')).toBeVisible();
    // Plain text is not an import; neither is pasting into a field.
    expect((await paste('hello')).defaultPrevented).toBe(false);
    const input = document.createElement('input');
    document.body.appendChild(input);
    expect((await paste(JSON.stringify(examples[0]!.request), input)).defaultPrevented).toBe(false);
    input.remove();
    expect(JSON.stringify(doc())).toBe(text);
  });

  it('asks before a pasted request replaces an edited design: Cancel keeps it', async () => {
    const { user } = setup();
    useDesigns.setState({ openedDoc: example06 }); // The token was typed since: the design has edits.
    await paste(JSON.stringify(examples[3]!.request));
    const question = await screen.findByRole('alertdialog', { name: 'Replace your design with the pasted request?' });
    expect(question).toHaveAccessibleDescription(/Your design has edits\. Replace it with the pasted request \(Undo brings your design back\)/);
    expect(within(question).getByRole('button', { name: 'Open as new design' })).toHaveFocus();
    expect(doc()).toEqual(withSecret);
    await user.click(within(question).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(doc()).toEqual(withSecret);
    expect(useUi.getState().announcement).toBe('The pasted request was not imported; your design is unchanged.');
  });

  it('asks too when the design is as opened but the JSON editor holds typed text that is not JSON yet', async () => {
    setup();
    useDesigns.setState({ openedDoc: doc() });
    fireEvent.change(await screen.findByLabelText('Mock JSON editor'), { target: { value: '{"messages": ' } });
    screen.getByLabelText('Mock JSON editor').blur();
    await paste(JSON.stringify(examples[3]!.request));
    expect(await screen.findByRole('alertdialog', { name: 'Replace your design with the pasted request?' })).toBeInTheDocument();
    expect(doc()).toEqual(withSecret);
  });

  it('“Replace my design” replaces it as one undoable step, with a visible notice', async () => {
    const { user } = setup();
    useDesigns.setState({ openedDoc: example06 });
    const text = JSON.stringify(examples[3]!.request);
    await paste(text);
    await user.click(await screen.findByRole('button', { name: 'Replace my design' }));
    await vi.waitFor(() => expect(JSON.stringify(doc())).toBe(text));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Notices' })).getByText(/Imported the pasted request; Undo brings the design before it back\./)).toBeVisible();
    act(() => undo());
    expect(doc()).toEqual(withSecret);
  });

  it('“Open as new design” keeps the edited design and opens the request as a design of its own', async () => {
    const { user } = setup();
    useDesigns.setState({ openedDoc: example06, designs: [], currentId: null });
    const text = JSON.stringify(examples[3]!.request);
    await paste(text);
    await user.click(await screen.findByRole('button', { name: 'Open as new design' }));
    expect(JSON.stringify(doc())).toBe(text);
    const { designs, currentId } = useDesigns.getState();
    expect(designs.find((d) => d.id === currentId)?.name).toBe('Pasted request');
    expect(within(screen.getByRole('region', { name: 'Notices' })).getByText(/Opened the pasted request as a new design, “Pasted request”/)).toBeVisible();
  });
});
