import { useMemo } from 'react';
import type { ItemReport } from '../../core/types';
import { Avatar } from './Avatar';
import { CheckIcon } from './Icons';
import { isCarousel, Message } from './Message';
import { EmptyState, NotSupported } from './NotSupported';
import { QuickReplies } from './QuickReplies';
import { readSend, type SendModel } from './sendModel';
import { TagMarker } from './TagMarker';
import type { Tap } from './taps';

/** A tap, with whether the tapped message went to a notification token (then the PSID is unknown). */
export type OnConversationTap = (tap: Tap, toNotificationToken: boolean) => void;

interface Props {
  items: ItemReport[];
  pageId: string;
  delivered: boolean;
  onTap: OnConversationTap;
  onSelectItem?: ((path: string) => void) | undefined;
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

/**
 * The conversation as the end user sees it: every Send API body of every item, in order,
 * from the Page on the left; quick replies under the very last message.
 */
export function Conversation({ items, pageId, delivered, onTap, onSelectItem }: Props) {
  // Two stable handlers, so memoized cards keep theirs across edits.
  const taps = useMemo(() => ({ token: (t: Tap) => onTap(t, true), psid: (t: Tap) => onTap(t, false) }), [onTap]);
  const sends: SendModel[][] = items.map((item) => item.sends.map(readSend));
  // Index of each item's first send in the whole conversation.
  const offsets = sends.map((_, i) => sends.slice(0, i).reduce((n, s) => n + s.length, 0));
  const total = sends.reduce((n, s) => n + s.length, 0);

  return (
    <div className="pv-log" role="log" aria-label={`Conversation with ${pageId || 'the Page'}, as the end user sees it`}>
      <div className="pv-log__spacer" />
      {total === 0 ? (
        <EmptyState items={items} />
      ) : (
        items.map((item, i) => {
          const models = sends[i]!;
          const label = items.length > 1 ? `item ${i + 1}` : undefined;
          const toToken = item.sends.some((s) => 'notification_messages_token' in s.recipient);
          const tap = toToken ? taps.token : taps.psid;
          return (
            <div
              key={item.path}
              className={`pv-item${onSelectItem ? ' pv-item--selectable' : ''}`}
              data-path={item.path}
              data-outcome={item.outcome}
              onClick={onSelectItem ? () => onSelectItem(item.path) : undefined}
            >
              {onSelectItem && (
                <button type="button" className="pv-select" onClick={() => onSelectItem(item.path)}>
                  Select item {i + 1} ({OUTCOME_LABEL[item.outcome]}) in the designer
                </button>
              )}
              {models[0] && <TagMarker tag={models[0].tag} />}
              {item.outcome === 'not_supported' && <NotSupported reason={item.reason} label={label} />}
              {models.map((model, j) => {
                const index = offsets[i]! + j;
                const isLast = index === total - 1;
                return (
                  <div key={j} className="pv-turn">
                    <div className="pv-row" data-pos={position(index, total)} data-kind={model.message.kind}>
                      <div className="pv-row__avatar">{isLast && <Avatar name={pageId} />}</div>
                      <div className={`pv-row__content${isCarousel(model.message) ? ' pv-row__content--carousel' : ''}`}>
                        <Message message={model.message} onTap={tap} />
                      </div>
                    </div>
                    {model.quickReplies.length > 0 &&
                      (isLast ? (
                        <QuickReplies replies={model.quickReplies} onTap={tap} />
                      ) : (
                        <p className="pv-annotation pv-annotation--indented">
                          {model.quickReplies.length} quick {model.quickReplies.length === 1 ? 'reply' : 'replies'} not
                          shown: Messenger hides them once the next message arrives.
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
        })
      )}
    </div>
  );
}
