// Shared helpers of the preview's component tests: a request goes through the core's check(),
// and the preview gets the first message's items, as the app gives them.
import { render } from '@testing-library/react';
import { check } from '../../../src/core';
import type { ItemReport } from '../../../src/core/types';
import { findExample } from '../../../src/examples';
import { Preview, staticSource } from '../../../src/features/preview';
import { loadEvents } from '../../../src/features/preview/Preview';

// The webhook panel's payloads are a chunk the preview loads when it first shows: here, before any test.
await loadEvents();

export const PAGE_ID = 'Your Page ID';
export const PSID = 'Recipients PSID';

/** The items of the first message of a request, as check() resolves them. */
export function itemsOf(request: unknown): ItemReport[] {
  return check(request).messages[0]?.items ?? [];
}

/** A request with one message to a PSID holding these conversation items. */
export function requestWith(conversation: unknown[], to = PSID): unknown {
  return {
    messages: {
      authentication: { producttoken: 'token' },
      msg: [
        {
          from: PAGE_ID,
          to: [{ number: to }],
          body: { content: '' },
          allowedChannels: ['Facebook Messenger'],
          richContent: { conversation },
        },
      ],
    },
  };
}

export function exampleRequest(id: string): unknown {
  const example = findExample(id);
  if (!example) throw new Error(`no example ${id}`);
  return example.request;
}

export function renderPreview(request: unknown, onSelectItem?: (path: string) => void) {
  const report = check(request);
  const items = report.messages[0]?.items ?? [];
  const entry = (request as { messages?: { msg?: Array<{ reference?: unknown }> } }).messages?.msg?.[0];
  // What "Simulate sending" reads, as the app gives it: the first msg entry's report, the diagnostics, its reference.
  const sendInput = () => {
    const message = report.messages[0];
    return message ? { message, diagnostics: report.diagnostics, reference: typeof entry?.reference === 'string' ? entry.reference : '' } : null;
  };
  const utils = render(
    <Preview source={staticSource(items)} pageId={PAGE_ID} recipient={PSID} onSelectItem={onSelectItem} sendInput={sendInput} />,
  );
  return { ...utils, items };
}

/** The kinds of the rows of the conversation, in order (text, attachment, generic_template, ...). */
export function rowKinds(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.pv-row')].map((row) => row.getAttribute('data-kind') ?? '');
}

export const reply = (label: string, postbackdata: string, mediaUri?: string) => ({
  action: 'Reply',
  label,
  postbackdata,
  ...(mediaUri === undefined ? {} : { media: { mediaName: 'thumb.png', mediaUri, mimeType: 'image/png' } }),
});

export const image = (mediaUri: string) => ({ mediaName: 'cm.png', mediaUri, mimeType: 'image/png' });
