import { lazy, memo, Suspense, useMemo, type ReactNode } from 'react';
import type { Diagnostic, ItemReport } from '../../core';
import { Avatar } from './Avatar';
import { BellOffIcon, BlockedIcon, CheckIcon } from './Icons';
import { isCarousel, Message } from './Message';
// What shows for an item (or a whole message) Messenger cannot take loads when one first appears.
const NotSupported = lazy(() => import('./NotSupported').then((m) => ({ default: m.NotSupported })));
const EmptyState = lazy(() => import('./NotSupported').then((m) => ({ default: m.EmptyState })));
import { QuickReplies } from './QuickReplies';
import { readSend } from './sendModel';
import { PREVIEW_ITEMS_MAX, within, type ConversationSource } from './source';
import { TagMarker } from './TagMarker';
import type { OnTap, Tap } from './taps';

/** A tap, with whether the tapped message went to a notification token (then the PSID is unknown). */
export type OnConversationTap = (tap: Tap, toNotificationToken: boolean) => void;

interface Props {
  source: ConversationSource;
  pageId: string;
  delivered: boolean;
  onTap: OnConversationTap;
  onSelectItem?: ((key: string) => void) | undefined;
  /** Drawn after the Page's messages: what the end user sent. */
  children?: ReactNode;
}

type Position = 'single' | 'first' | 'middle' | 'last';

function position(index: number, count: number): Position {
  if (count === 1) return 'single';
  if (index === 0) return 'first';
  return index === count - 1 ? 'last' : 'middle';
}

const OUTCOME_LABEL: Record<ItemReport['outcome'], string> = {
  text: 'text',
  media: 'media',
  text_and_media: 'text and media',
  generic_template: 'generic template',
  button_template: 'button template',
  media_template: 'media template',
  product_template: 'product template',
  optin_request: 'opt-in request',
  not_supported: 'not supported',
};

interface ItemProps {
  source: ConversationSource;
  itemKey: string;
  index: number;
  /** Items in the conversation. */
  count: number;
  /** Index of the item's first send in the whole conversation, and the number of sends in it. */
  first: number;
  total: number;
  pageId: string;
  delivered: boolean;
  taps: { token: OnTap; psid: OnTap };
  onSelectItem?: ((key: string) => void) | undefined;
}

/**
 * What Messenger rejects of an item: its errors, each on the card it is about (its
 * pointer, or the elements it names, within that card of a carousel) or on the whole message.
 */
function rejections(item: ItemReport | undefined, errors: readonly Diagnostic[]): { message: Diagnostic[]; cards: (Diagnostic | undefined)[] } {
  const cards: (Diagnostic | undefined)[] = [];
  const message: Diagnostic[] = [];
  const elements = item && item.cards >= 2 ? item.elementPaths : [];
  for (const d of errors) {
    const places = d.related ?? [d.path];
    let onCard = false;
    elements.forEach((p, k) => {
      if (places.some((x) => within(x, p))) {
        cards[k] ??= d;
        onCard = true;
      }
    });
    if (!onCard) message.push(d);
  }
  return { message, cards };
}

/** Says that Messenger rejects a message, and why (the first error; the others are in Problems). */
export function RejectMarker({ error, more }: { error: Diagnostic; more: number }) {
  return (
    <p className="pv-reject" role="note">
      <BlockedIcon size={14} /> <strong>Messenger rejects this message:</strong> {error.message}
      {more > 0 && ` (and ${more} more problem${more === 1 ? '' : 's'})`} <code>{error.code}</code>
    </p>
  );
}

/** One item's messages: selects its own report, so an edit redraws the item it touched alone. */
const PreviewItem = memo(function PreviewItem({ source, itemKey, index, count, first, total, pageId, delivered, taps, onSelectItem }: ItemProps) {
  const item = source.useItem(itemKey);
  const errors = source.useErrors(itemKey);
  const models = useMemo(() => (item ? item.sends.map(readSend) : []), [item]);
  const rejected = useMemo(() => rejections(item, errors), [item, errors]);
  const cardErrors = useMemo(() => rejected.cards.map((d) => d?.message), [rejected]);
  if (!item) return null;
  const label = count > 1 ? `item ${index + 1}` : undefined;
  const toToken = item.sends.some((s) => 'notification_messages_token' in s.recipient);
  const tap = toToken ? taps.token : taps.psid;
  return (
    <div
      className={`pv-item${onSelectItem ? ' pv-item--selectable' : ''}`}
      data-path={item.path}
      data-outcome={item.outcome}
      onClick={onSelectItem ? () => onSelectItem(itemKey) : undefined}
    >
      {onSelectItem && (
        <button type="button" className="pv-select" onClick={() => onSelectItem(itemKey)}>
          Select item {index + 1} ({OUTCOME_LABEL[item.outcome]}) in the designer
        </button>
      )}
      {models[0] && <TagMarker tag={models[0].tag} />}
      {item.outcome === 'not_supported' && (
        <Suspense fallback={null}>
          <NotSupported reason={item.reason} label={label} />
        </Suspense>
      )}
      {item.outcome !== 'not_supported' && rejected.message[0] && <RejectMarker error={rejected.message[0]} more={rejected.message.length - 1} />}
      {item.notDelivered && (
        <p className="pv-undelivered" role="note">
          <BellOffIcon size={14} /> {item.notDelivered}
        </p>
      )}
      {models.map((model, j) => {
        const at = first + j;
        const isLast = at === total - 1;
        return (
          <div key={j} className="pv-turn">
            <div className="pv-row" data-pos={position(at, total)} data-kind={model.message.kind}>
              <div className="pv-row__avatar">{isLast && <Avatar name={pageId} />}</div>
              <div className={`pv-row__content${isCarousel(model.message) ? ' pv-row__content--carousel' : ''}`}>
                <Message message={model.message} onTap={tap} rejected={j === 0 ? cardErrors : undefined} />
              </div>
            </div>
            {model.quickReplies.length > 0 &&
              (isLast ? (
                <QuickReplies replies={model.quickReplies} onTap={tap} />
              ) : (
                <p className="pv-annotation pv-annotation--indented">
                  {model.quickReplies.length} quick {model.quickReplies.length === 1 ? 'reply' : 'replies'} not shown: Messenger hides them once the
                  next message arrives.
                </p>
              ))}
            {isLast && delivered && (
              <p className="pv-delivered">
                <CheckIcon size={12} /> Delivered to Messenger
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
});

/**
 * The conversation as the end user sees it: every Send API body of every item, in order,
 * from the Page on the left; quick replies under the very last message. It lays out the
 * items (their keys and send counts); each item draws itself.
 */
export function Conversation({ source, pageId, delivered, onTap, onSelectItem, children }: Props) {
  // Two stable handlers, so memoized items and cards keep theirs across edits.
  const taps = useMemo(() => ({ token: (t: Tap) => onTap(t, true), psid: (t: Tap) => onTap(t, false) }), [onTap]);
  const { entries, count, sends: total } = source.useLayout();
  let before = 0;
  const firsts = entries.map((e) => {
    const at = before;
    before += e.sends;
    return at;
  });
  return (
    <div className="pv-log" role="log" aria-label={`Conversation with ${pageId || 'the Page'}, as the end user sees it`}>
      <div className="pv-log__spacer" />
      {total === 0 ? (
        <Suspense fallback={null}>
          <EmptyState source={source} keys={entries.map((e) => e.key)} more={count - entries.length} />
        </Suspense>
      ) : (
        entries.map((e, i) => (
          <PreviewItem
            key={e.key}
            source={source}
            itemKey={e.key}
            index={i}
            count={count}
            first={firsts[i]!}
            total={total}
            pageId={pageId}
            // Only the item with the last message shows the delivery: the others keep their props.
            delivered={delivered && firsts[i]! + e.sends === total && e.sends > 0}
            taps={taps}
            onSelectItem={onSelectItem}
          />
        ))
      )}
      {total > 0 && count > entries.length && (
        <p className="pv-annotation" role="note">
          {count - entries.length} more conversation items ({total - before} Send API messages) are not drawn: the preview draws the first{' '}
          {PREVIEW_ITEMS_MAX}. Every item is checked, and the Problems list and the JSON show them all.
        </p>
      )}
      {children}
    </div>
  );
}
