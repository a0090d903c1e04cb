// Tapping a quick reply or a postback button shows the inbound webhook payload the integration
// receives; the delivery notification of the last message can be shown (WEBHOOKS.md).
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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

/** The JSON the panel shows under this label, parsed back. */
function shownJson<T>(label: RegExp): T {
  return JSON.parse(within(panel()).getByLabelText(label).textContent ?? '') as T;
}
const inbound = () => shownJson<Inbound>(/inbound message webhook json/i);

describe('inbound message webhook', () => {
  it('shows the payload of a tapped postback button, with its postbackData', async () => {
    const user = userEvent.setup();
    renderPreview(exampleRequest('08-direct-message-with-button-rich-card'));
    expect(within(panel()).queryByLabelText(/json/i)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Give me more info' }));
    const body = inbound();
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
    const body = inbound();
    expect(body.message.custom.suggestions).toEqual([{ action: 'Reply', postbackData: 'EMAIL' }]);
    expect(body.message.text).toBe('Email me');
    await user.click(screen.getByRole('button', { name: 'Send me an sms' }));
    expect(inbound().message.custom.suggestions[0]?.postbackData).toBe('SMS');
  });

  it('uses a placeholder for the PSID when the message went to a notification token', async () => {
    const user = userEvent.setup();
    renderPreview(requestWith([{ text: 'Sale!', tag: 'NOTIFICATION_MESSAGE', suggestions: [reply('Show me', 'SHOW')] }], 'token-123'));
    await user.click(screen.getByRole('button', { name: 'Show me' }));
    const body = inbound();
    expect(body.from.number).toBe("<end user's PSID>");
    expect(body.message.custom.suggestions[0]?.postbackData).toBe('SHOW');
  });

  it('shows the opt-in event when the opt-in request is accepted', async () => {
    const user = userEvent.setup();
    renderPreview(exampleRequest('13-marketing-optin-request'));
    await user.click(screen.getByRole('button', { name: 'Get messages' }));
    const body = shownJson<OptInEvent>(/inbound event webhook json/i);
    expect(body.event.type).toBe('OptInSubscribed');
    expect(body.event.custom).toHaveProperty('notificationToken');
  });

  it('says that a call button sends nothing back', async () => {
    const user = userEvent.setup();
    renderPreview(requestWith([{ header: 'Call', suggestions: [{ action: 'Dial', label: 'Call us', dial: { phoneNumber: '+31612345678' } }] }]));
    await user.click(screen.getByRole('button', { name: 'Call us' }));
    expect(panel()).toHaveTextContent(/no webhook/i);
    expect(panel()).toHaveTextContent('+31612345678');
    expect(screen.queryByRole('link', { name: /call us/i })).not.toBeInTheDocument();
  });

  it('can be cleared', async () => {
    const user = userEvent.setup();
    renderPreview(exampleRequest('06-direct-message-with-quick-reply-suggestions'));
    await user.click(screen.getByRole('button', { name: 'Call me' }));
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(within(panel()).queryByLabelText(/json/i)).not.toBeInTheDocument();
  });
});

describe('delivery notification', () => {
  it('shows the status report of the last message and marks it delivered', async () => {
    const user = userEvent.setup();
    renderPreview(exampleRequest('02-direct-message-with-text-and-image'));
    const toggle = screen.getByRole('button', { name: 'Delivery notification' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const body = shownJson<StatusReport>(/status report webhook json/i);
    expect(body.messages.msg.to).toBe(PSID);
    expect(body.messages.msg.status).toHaveProperty('code');
    const rows = document.querySelectorAll('.pv-turn');
    expect(rows[rows.length - 1]).toHaveTextContent('Delivered to Messenger');
    expect(rows[0]).not.toHaveTextContent('Delivered');
    await user.click(toggle);
    expect(screen.queryByText('Delivered to Messenger')).not.toBeInTheDocument();
  });
});
