import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { ChatHeader } from './ChatHeader';
import { Composer } from './Composer';
import { Conversation, type OnConversationTap } from './Conversation';
import type { ConversationSource } from './source';
import type * as PanelEvents from './panelEvents';
import { Toolbar, type Theme, type Width } from './Toolbar';
import { WebhookPanel } from './WebhookPanel';
import type { Tap } from './taps';
import './preview.css';

/**
 * The webhook payloads are needed only once something is tapped: they load after the
 * preview first shows (a chunk of their own), which keeps the first load within its budget.
 */
let events: typeof PanelEvents | undefined;
let eventsLoading: Promise<unknown> | undefined;
/** Loads the webhook payloads' chunk (the preview does so when it first shows; tests may before). */
export const loadEvents = () => (eventsLoading ??= import('./panelEvents').then((m) => (events = m)));

// Loaded when Desktop width is first chosen.
const WideDialog = lazy(() => import('./WideDialog').then((m) => ({ default: m.WideDialog })));

export interface PreviewProps {
  /** Where the message's items come from (the core's report of one message): see source.ts. */
  source: ConversationSource;
  /** The Page (the request's `from`), shown as the sender. */
  pageId: string;
  /** The first recipient (`to[0].number`): the end user's PSID or notification token. */
  recipient: string;
  /** Called with an item's key when the user picks that item in the preview. */
  onSelectItem?: (key: string) => void;
  /**
   * Which design (and message) is shown: when it changes (another design opened, an
   * import, a gallery template), the webhook panel forgets what was tapped in the last one.
   */
  design?: unknown;
}

type Shown = { kind: 'tap'; tap: Tap; toToken: boolean; at: Date } | { kind: 'delivery'; at: Date } | null;

function prefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)').matches
    : false;
}

/**
 * The live Messenger preview: draws the core's Send API bodies (what will actually be sent),
 * not what the user typed. It re-renders from its props on every edit, with no debounce
 * (media URLs wait for typing to pause: typing.ts). Desktop width opens in a wide dialog.
 */
export function Preview({ source, pageId, recipient, onSelectItem, design }: PreviewProps) {
  const [theme, setTheme] = useState<Theme>(() => (prefersDark() ? 'dark' : 'light'));
  const [width, setWidth] = useState<Width>('phone');
  const [shown, setShown] = useState<Shown>(null);
  const [shownFor, setShownFor] = useState(design);
  if (shownFor !== design) {
    // Another design: a tap (or delivery) of the last one does not belong to it.
    setShownFor(design);
    setShown(null);
  }

  const anythingSent = source.useLayout().sends > 0;

  // Stable: the cards of the conversation are memoized; the event is derived on render from the current props.
  const onTap: OnConversationTap = useCallback(
    (tap, toNotificationToken) => setShown({ kind: 'tap', tap, toToken: toNotificationToken, at: new Date() }),
    [],
  );

  const [, setEventsLoaded] = useState(events !== undefined);
  useEffect(() => {
    if (!events) void loadEvents().then(() => setEventsLoaded(true));
  }, []);

  // The delivery report is derived on render, so it follows edits of the recipient.
  const event = !events
    ? null
    : shown?.kind === 'tap'
      ? events.eventForTap(shown.tap, { pageId, psid: shown.toToken ? undefined : recipient }, shown.at)
      : shown?.kind === 'delivery' && anythingSent
        ? events.deliveryEvent(recipient, shown.at)
        : null;
  const deliveryShown = shown?.kind === 'delivery' && anythingSent;

  const toolbar = <Toolbar theme={theme} width={width} onTheme={setTheme} onWidth={setWidth} />;
  const body = (
    <>
      <div className="pv-stage">
        <div className="pv-device">
          <ChatHeader pageId={pageId} />
          <Conversation
            source={source}
            pageId={pageId}
            delivered={deliveryShown}
            onTap={onTap}
            onSelectItem={onSelectItem}
          />
          <Composer />
        </div>
      </div>
      <WebhookPanel
        event={event}
        canDeliver={anythingSent}
        deliveryShown={deliveryShown}
        onShowDelivery={() => setShown(deliveryShown ? null : { kind: 'delivery', at: new Date() })}
        onClear={() => setShown(null)}
      />
    </>
  );

  return (
    <div className="preview" data-theme={theme} data-width={width}>
      {toolbar}
      {width === 'desktop' ? (
        <>
          <p className="pv-wide-note">
            The preview is open at desktop width in a wide window.{' '}
            <button type="button" className="pv-tool-button" onClick={() => setWidth('phone')}>
              Back to phone width
            </button>
          </p>
          <Suspense fallback={null}>
            <WideDialog onClose={() => setWidth('phone')}>
              {toolbar}
              {body}
            </WideDialog>
          </Suspense>
        </>
      ) : (
        body
      )}
    </div>
  );
}
