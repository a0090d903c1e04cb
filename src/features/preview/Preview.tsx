import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import { ChatHeader } from './ChatHeader';
import { Composer } from './Composer';
import { Conversation, type OnConversationTap } from './Conversation';
import type { ConversationSource } from './source';
import type * as PanelEvents from './panelEvents';
import { Toolbar, type Theme, type Width } from './Toolbar';
import { useFirstLoadDone } from '../../state/firstLoad';
import './preview.css';

/**
 * The webhook payloads are needed only once something is tapped, typed or sent: they load
 * after the preview first shows (a chunk of their own), as do the Webhooks panel and the end
 * user's composer, which keeps the first load within its budget.
 */
let eventsLoading: Promise<typeof PanelEvents> | undefined;
/** Loads the webhook payloads' chunk (the preview does so when it first shows; tests may before). */
export const loadEvents = () => (eventsLoading ??= import('./panelEvents'));

// Loaded when Desktop width is first chosen.
const WideDialog = lazy(() => import('./WideDialog').then((m) => ({ default: m.WideDialog })));
// Loaded after the preview shows (the composer shows its decoration until then).
const WebhookPanel = lazy(() => import('./WebhookPanel').then((m) => ({ default: m.WebhookPanel })));
const composer = () => import('./EndUserComposer');
const EndUserComposer = lazy(() => composer().then((m) => ({ default: m.EndUserComposer })));
const UserMessages = lazy(() => composer().then((m) => ({ default: m.UserMessages })));

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
   * import, a gallery template), the webhook panel forgets the conversation of the last one.
   */
  design?: unknown;
  /**
   * The msg entry as it stands, for "Simulate sending": its report, the request's diagnostics
   * and its reference (read when the button is pressed). Without it there is no simulated send.
   */
  sendInput?: PanelEvents.TalkContext['sendInput'];
}

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
export function Preview({ source, pageId, recipient, onSelectItem, design, sendInput }: PreviewProps) {
  const [theme, setTheme] = useState<Theme>(() => (prefersDark() ? 'dark' : 'light'));
  const [width, setWidth] = useState<Width>('phone');
  const [talk, setTalk] = useState<PanelEvents.Talk | null>(null);
  const [talkFor, setTalkFor] = useState(design);
  const headingId = useId();
  if (talkFor !== design) {
    // Another design: the conversation of the last one does not belong to it.
    setTalkFor(design);
    setTalk(null);
  }
  // The latest props, read when the end user acts: the handlers stay stable (the conversation's cards are memoized).
  const latest = useRef<PanelEvents.TalkContext>({ pageId, recipient, sendInput });
  useEffect(() => {
    latest.current = { pageId, recipient, sendInput };
  });

  const anythingSent = source.useLayout().sends > 0;

  const onTap: OnConversationTap = useCallback(
    (tap, toToken) =>
      void loadEvents().then((ev) =>
        setTalk((t) => ev.tapTalk(t, tap, { pageId: latest.current.pageId, psid: toToken ? undefined : latest.current.recipient }, new Date())),
      ),
    [],
  );

  // The payloads, the composer and the Webhooks panel load once the designer accepts input.
  const loaded = useFirstLoadDone();
  useEffect(() => {
    if (loaded) void loadEvents();
  }, [loaded]);

  const delivered = talk?.lastDelivered === true && anythingSent;

  const toolbar = <Toolbar theme={theme} width={width} onTheme={setTheme} onWidth={setWidth} />;
  const body = (
    <>
      <div className="pv-stage">
        <div className="pv-device">
          <ChatHeader pageId={pageId} />
          <Conversation source={source} pageId={pageId} delivered={delivered} onTap={onTap} onSelectItem={onSelectItem}>
            {talk && (
              <Suspense fallback={null}>
                <UserMessages messages={talk.user} />
              </Suspense>
            )}
          </Conversation>
          {loaded ? (
            <Suspense fallback={<Composer />}>
              <EndUserComposer setTalk={setTalk} latest={latest} />
            </Suspense>
          ) : (
            <Composer />
          )}
        </div>
      </div>
      <section className="pv-webhook" aria-labelledby={headingId}>
        <h3 id={headingId} className="pv-webhook__heading">
          Webhooks
        </h3>
        {loaded && (
          <Suspense fallback={null}>
            <WebhookPanel talk={talk} setTalk={setTalk} latest={latest} canSimulate={!!sendInput} canSend={anythingSent} />
          </Suspense>
        )}
      </section>
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
