// The Webhooks panel (docs/WEBHOOKS.md): a tap on a quick reply or a postback button, a text or a
// file the end user sends from the composer, and a simulated send's status reports, as a timeline
// of payloads; and the fixtures file made of it.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exampleRequest, PAGE_ID, PSID, renderPreview, reply, requestWith } from './render';

const panel = () => screen.getByRole('region', { name: 'Webhooks' });

interface Inbound {
  from: { number: string };
  to: { number: string };
  message: { text: string; custom: { suggestions: Array<{ action: string; postbackData: string }> } };
  channel: string;
  timeUtc: string;
}
interface OptInEvent {
  event: { type: string; custom: Record<string, string> };
}
interface StatusReport {
  messages: { msg: { to: string; status: Record<string, string> } };
}

/** The JSON the panel shows under this label (the latest entry with it), parsed back. */
async function shownJson<T>(label: RegExp): Promise<T> {
  const all = await within(panel()).findAllByLabelText(label);
  return JSON.parse(all[all.length - 1]!.textContent ?? '') as T;
}
const inbound = () => shownJson<Inbound>(/inbound message webhook json/i);

describe('inbound message webhook', () => {
  it('shows the payload of a tapped postback button, with its postbackData', async () => {
    const user = userEvent.setup();
    renderPreview(exampleRequest('08-direct-message-with-button-rich-card'));
    expect(within(panel()).queryByLabelText(/webhook json/i)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Give me more info' }));
    const body = await inbound();
    expect(body.message.custom.suggestions).toEqual([{ action: 'Reply', postbackData: 'INFO' }]);
    expect(body.message.text).toBe('Give me more info');
    expect(body.from.number).toBe(PSID);
    expect(body.to.number).toBe(PAGE_ID);
    expect(body.channel).toBe('Facebook Messenger');
    expect(body.timeUtc).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it('shows the payload of a tapped quick reply, with its postbackData', async () => {
    const user = userEvent.setup();
    renderPreview(exampleRequest('06-direct-message-with-quick-reply-suggestions'));
    await user.click(screen.getByRole('button', { name: 'Email me' }));
    const body = await inbound();
    expect(body.message.custom.suggestions).toEqual([{ action: 'Reply', postbackData: 'EMAIL' }]);
    expect(body.message.text).toBe('Email me');
    await user.click(screen.getByRole('button', { name: 'Send me an sms' }));
    await waitFor(async () => expect((await inbound()).message.custom.suggestions[0]?.postbackData).toBe('SMS'));
  });

  it('uses a placeholder for the PSID when the message went to a notification token', async () => {
    const user = userEvent.setup();
    renderPreview(requestWith([{ text: 'Sale!', tag: 'NOTIFICATION_MESSAGE', suggestions: [reply('Show me', 'SHOW')] }], 'token-123'));
    await user.click(screen.getByRole('button', { name: 'Show me' }));
    const body = await inbound();
    expect(body.from.number).toBe("<end user's PSID>");
    expect(body.message.custom.suggestions[0]?.postbackData).toBe('SHOW');
  });

  it('shows the opt-in event when the opt-in request is accepted', async () => {
    const user = userEvent.setup();
    renderPreview(exampleRequest('13-marketing-optin-request'));
    await user.click(screen.getByRole('button', { name: 'Get messages' }));
    const body = await shownJson<OptInEvent>(/inbound event webhook json/i);
    expect(body.event.type).toBe('OptInSubscribed');
    expect(body.event.custom).toHaveProperty('notificationToken');
  });

  it('says that a call button sends nothing back', async () => {
    const user = userEvent.setup();
    renderPreview(requestWith([{ header: 'Call', suggestions: [{ action: 'Dial', label: 'Call us', dial: { phoneNumber: '+31612345678' } }] }]));
    await user.click(screen.getByRole('button', { name: 'Call us' }));
    await waitFor(() => expect(panel()).toHaveTextContent(/no webhook/i));
    expect(panel()).toHaveTextContent('+31612345678');
    expect(screen.queryByRole('link', { name: /call us/i })).not.toBeInTheDocument();
  });

  it('can be cleared', async () => {
    const user = userEvent.setup();
    renderPreview(exampleRequest('06-direct-message-with-quick-reply-suggestions'));
    await user.click(screen.getByRole('button', { name: 'Call me' }));
    await user.click(await within(panel()).findByRole('button', { name: 'Clear' }));
    expect(within(panel()).queryByLabelText(/webhook json/i)).not.toBeInTheDocument();
  });
});

interface Inbound2 {
  message: { text?: string; media?: { mediaUri: string; contentType: string; title: string } };
  from: { number: string };
}

describe('the end user’s composer', () => {
  it('sends a typed text: the user’s bubble, and the inbound payload with that text', async () => {
    const user = userEvent.setup();
    renderPreview(exampleRequest('02-direct-message-with-text-and-image'));
    const field = await screen.findByRole('textbox', { name: 'Message as the end user' });
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toBeDisabled();
    await user.type(field, 'Call me later{Enter}');
    expect(field).toHaveValue('');
    expect(await screen.findByText('Call me later', { selector: '.pv-bubble--user' })).toBeInTheDocument();
    const body = await shownJson<Inbound2>(/inbound message webhook json/i);
    expect(body.message).toEqual({ text: 'Call me later' });
    expect(body.from.number).toBe(PSID);
  });

  it('attaches a document by URL: its bubble, and the inbound media payload with URL and content type', async () => {
    const user = userEvent.setup();
    renderPreview(exampleRequest('02-direct-message-with-text-and-image'));
    await user.click(await screen.findByRole('button', { name: 'Attach an image, video or document by URL' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'document');
    const url = screen.getByRole('textbox', { name: 'File URL' });
    await user.type(url, 'not a url');
    await user.click(screen.getByRole('button', { name: 'Send file' }));
    expect(screen.getByRole('alert')).toHaveTextContent(/absolute http\(s\) URL/);
    expect(within(panel()).queryByLabelText(/webhook json/i)).not.toBeInTheDocument();
    await user.clear(url);
    await user.type(url, 'https://example.com/files/terms.pdf');
    await user.click(screen.getByRole('button', { name: 'Send file' }));
    expect(await screen.findByText('terms.pdf')).toBeInTheDocument();
    const body = await shownJson<Inbound2>(/inbound message webhook json/i);
    expect(body.message.media).toEqual({ mediaUri: 'https://example.com/files/terms.pdf', contentType: 'application/pdf', title: 'terms.pdf' });
    expect(screen.queryByRole('textbox', { name: 'File URL' })).not.toBeInTheDocument();
  });
});

describe('simulated sending', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives one status report per Send API message, in order, with the reference, and marks the last delivered', async () => {
    const user = userEvent.setup();
    const request = requestWith([{ text: 'Hello' }, { text: 'Look', media: { mediaName: 'a.png', mediaUri: 'https://example.com/a.png', mimeType: 'image/png' } }]);
    (request as { messages: { msg: Array<Record<string, unknown>> } }).messages.msg[0]!.reference = 'order-42';
    renderPreview(request);
    await user.click(await screen.findByRole('button', { name: 'Simulate sending' }));
    const list = await within(panel()).findByRole('list', { name: 'Webhook timeline' });
    const kinds = [...list.querySelectorAll('li')].map((li) => li.getAttribute('data-kind'));
    expect(kinds).toEqual(['outbound.send', 'status.delivered', 'outbound.send', 'status.delivered', 'outbound.send', 'status.delivered']);
    const report = await shownJson<StatusReport & { messages: { msg: { reference: string } } }>(/status report 3 of 3: delivered json/i);
    expect(report.messages.msg.reference).toBe('order-42');
    expect(report.messages.msg.to).toBe(PSID);
    const rows = document.querySelectorAll('.pv-turn');
    expect(rows[rows.length - 1]).toHaveTextContent('Delivered to Messenger');
    // XML: the same reports in CM's XML format.
    await user.click(within(panel()).getByRole('radio', { name: 'XML' }));
    expect(within(panel()).getByLabelText(/status report 3 of 3: delivered xml/i)).toHaveTextContent('<REFERENCE>order-42</REFERENCE>');
  });

  it('fails the report of a message with a retired tag, naming tag/retired-by-meta', async () => {
    const user = userEvent.setup();
    renderPreview(requestWith([{ text: 'Shipped', tag: 'POST_PURCHASE_UPDATE' }]));
    await user.click(await screen.findByRole('button', { name: 'Simulate sending' }));
    const report = await shownJson<StatusReport>(/status report 1 of 1: failed json/i);
    expect(report.messages.msg.status.errorDescription).toMatch(/^tag\/retired-by-meta: /);
    expect(screen.queryByText('Delivered to Messenger')).not.toBeInTheDocument();
  });

  it('downloads every timeline entry as fixtures, labelled by kind', async () => {
    const user = userEvent.setup();
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      saved = b as Blob;
      return 'blob:fixtures';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPreview(exampleRequest('06-direct-message-with-quick-reply-suggestions'));
    const download = await within(panel()).findByRole('button', { name: 'Download fixtures' });
    expect(download).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Simulate sending' }));
    await user.click(screen.getByRole('button', { name: 'Email me' }));
    await user.type(screen.getByRole('textbox', { name: 'Message as the end user' }), 'Thanks{Enter}');
    await waitFor(() => expect(within(panel()).getAllByRole('listitem')).toHaveLength(4));
    fireEvent.click(download);
    const file = JSON.parse(await saved!.text()) as { entries: Array<{ kind: string; payload: unknown }> };
    expect(file.entries.map((e) => e.kind)).toEqual(['outbound.send', 'status.delivered', 'inbound.suggestion', 'inbound.text']);
  });
});
