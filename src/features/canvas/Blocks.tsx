import { horizontalListSortingStrategy, SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useMemo, type ReactNode } from 'react';
import { worstSeverity, type Diagnostic, type MediaFamily, type SuggestionDelivery } from '../../core';
import { useDerived, useModel } from '../../state/hooks';
import type { CardModel, ElementKey, FieldModel, ItemModel, SuggestionModel } from '../../state/model';
import { useUi } from '../../state/ui';
import { actionTitle, dropAt, runAction } from '../designer/actions';
import { suggestionCaption, valueUnder } from '../elements/registry';
import { DropArea, SortableEntry, usePaletteDrag, type VirtualPlace } from './dnd';
import { VIRTUAL_CARDS_FROM, VirtualCards } from './LongList';

/** A card's width on the canvas and the gap after it (designer.css: .sortable-card, .conv-cards). */
const CARD_WIDTH = 220;
const CARD_GAP = 8;
import { InlineDiagnostics } from './InlineDiagnostics';
import { OutcomeBadge } from './OutcomeBadge';

function severityClass(list: readonly Diagnostic[] | undefined): string {
  const s = worstSeverity(list);
  return s ? ` has-${s}` : '';
}

/** The diagnostics of one element, the same list while unchanged. */
const useDiags = (key: ElementKey) => useDerived((d) => d.diagnostics.get(key));
const useSelected = (key: ElementKey) => useUi((s) => s.selection === key);

/** A selectable leaf block: a field, a media, a tag or a suggestion. */
function Block({
  elementKey,
  path,
  kind,
  label,
  children,
}: {
  elementKey: ElementKey;
  path: string;
  kind: string;
  label: string;
  children: ReactNode;
}) {
  const selected = useSelected(elementKey);
  const diags = useDiags(elementKey);
  return (
    <div className={`block block--${kind}${selected ? ' is-selected' : ''}${severityClass(diags)}`}>
      <button
        type="button"
        className="block__select"
        aria-pressed={selected}
        aria-label={label}
        data-path={path}
        data-key={elementKey}
        onClick={(e) => {
          useUi.getState().select(elementKey);
          // A click (not Enter or Space: e.detail is 0 then) puts the focus in the field, to type at once;
          // keyboard users stay on the canvas and press F2 to edit.
          if (e.detail > 0) useUi.getState().edit();
        }}
      >
        {children}
      </button>
      <InlineDiagnostics list={diags} />
    </div>
  );
}

const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

// Blocks are memoized: the model keeps an element's model object while its JSON and place are unchanged.
const FieldBlock = memo(function FieldBlock({ field, name }: { field: FieldModel; name: string }) {
  // null (how SDKs write an unset field) is drawn as an empty field is, named: its error says what to do.
  const value = field.value === null ? '' : text(field.value);
  const shown = value || (field.value === null ? 'null' : 'empty');
  return (
    <Block elementKey={field.key} path={field.path} kind={field.type} label={`${name}: ${shown}`}>
      <span className="block__kind">{name}</span>
      <span className={`block__value${value ? '' : ' is-empty'}`}>{shown}</span>
    </Block>
  );
});

/** How many characters of a long name stay at its end when the middle is cut (its extension and a few more). */
const TAIL = 9;

/**
 * A file name cut in its middle when it does not fit ("summer-campaig…banner.png"):
 * its start shrinks with an ellipsis, its end (the extension) always shows. The
 * whole name is in the tooltip and the chip's label.
 */
function MiddleEllipsis({ text: value }: { text: string }) {
  const chars = Array.from(value);
  const cut = chars.length > TAIL + 3 ? chars.length - TAIL : chars.length;
  return (
    <span className="block__value mid-ellipsis" title={value}>
      <span className="mid-ellipsis__start">{chars.slice(0, cut).join('')}</span>
      <span className="mid-ellipsis__end">{chars.slice(cut).join('')}</span>
    </span>
  );
}

const MEDIA_ICON: Record<MediaFamily, string> = { image: '▣', video: '▶', audio: '♪', file: '❏' };

const MediaBlock = memo(function MediaBlock({ field }: { field: FieldModel }) {
  // What it is sent as is the core's to say (mimeType, else the name's or the URL's extension).
  const family = useDerived((d) => d.mediaFamilies.get(field.path));
  const get = (k: string) => {
    const v = valueUnder(field.value, [k]);
    return v === undefined ? '' : text(v);
  };
  const mime = get('mimeType');
  const name = get('mediaName') || get('mediaUri') || 'media';
  return (
    <Block elementKey={field.key} path={field.path} kind="media" label={`Media: ${name}`}>
      <span className="block__kind">
        <span aria-hidden="true">{MEDIA_ICON[family ?? 'file']}</span> Media
      </span>
      <MiddleEllipsis text={name} />
      {mime && <span className="block__meta">{mime}</span>}
    </Block>
  );
});

/** How a suggestion goes out, in words, as its chip says it. */
const DELIVERY_WORDS: Record<SuggestionDelivery, string> = {
  button: 'button',
  quick_reply: 'quick reply',
  product: 'product',
  optin: 'opt-in',
  not_sent: 'not sent',
};

/**
 * A suggestion's chip, drawn as it goes out (the core's delivery): a button, a
 * quick reply (a round chip), a product, an opt-in, or struck out when it is not sent.
 */
const SuggestionBlock = memo(function SuggestionBlock({ s, owner, container }: { s: SuggestionModel; owner: string; container: string }) {
  const { action, caption } = suggestionCaption(s.value);
  // Message-level suggestions belong to no item: they are not sent.
  const as = useDerived((d) => d.deliveries.get(s.path)) ?? 'not_sent';
  const words = DELIVERY_WORDS[as];
  return (
    <SortableEntry id={s.key} container={container} className={`sortable-suggestion chip--${as}`} handleLabel={`Reorder suggestion ${s.index + 1} of ${owner}`}>
      <Block elementKey={s.key} path={s.path} kind="suggestion" label={`Suggestion ${s.index + 1}: ${action} ${caption}, ${as === 'not_sent' ? 'not sent' : `sent as ${words}`}`}>
        <span className="chip__action">{action}</span>
        <span className="chip__caption">{caption}</span>
        <span className="chip__as" data-delivery={as}>
          {words}
        </span>
      </Block>
    </SortableEntry>
  );
});

/** The keys of a list, the same array while they are the same: a new array re-renders every entry of a SortableContext. */
export function useKeys(list: readonly { key: ElementKey }[]): ElementKey[] {
  const joined = list.map((x) => x.key).join('\u0000');
  return useMemo(() => (joined ? joined.split('\u0000') : []), [joined]);
}

export const Suggestions = memo(function Suggestions({
  list,
  owner,
  container,
  className,
}: {
  list: SuggestionModel[];
  owner: string;
  container: string;
  className?: string;
}) {
  const ids = useKeys(list);
  if (list.length === 0) return null;
  return (
    <SortableContext items={ids} strategy={verticalListSortingStrategy}>
      <ol className={`suggestions${className ? ` ${className}` : ''}`} aria-label={`Suggestions of ${owner}`}>
        {list.map((s) => (
          <SuggestionBlock key={s.key} s={s} owner={owner} container={container} />
        ))}
      </ol>
    </SortableContext>
  );
});

/** A container's bar: a select button with its name; the container itself is a group. */
function SelectBar({ elementKey, path, name, children }: { elementKey: ElementKey; path: string; name: string; children?: ReactNode }) {
  const selected = useSelected(elementKey);
  return (
    <div className="bar">
      <button
        type="button"
        className="bar__select"
        aria-pressed={selected}
        data-path={path}
        data-key={elementKey}
        onClick={() => useUi.getState().select(elementKey)}
      >
        {name}
      </button>
      {children}
    </div>
  );
}

const CardBlock = memo(function CardBlock({ card, itemIndex, container }: { card: CardModel; itemIndex: number; container: string }) {
  const selected = useSelected(card.key);
  const diags = useDiags(card.key);
  const name = `Card ${card.index + 1}`;
  const owner = `card ${card.index + 1} of item ${itemIndex + 1}`;
  return (
    <SortableEntry id={card.key} container={container} className="sortable-card" handleLabel={`Reorder card ${card.index + 1} of item ${itemIndex + 1}`}>
      <CardGap path={card.path} />
      <DropArea target={{ slot: 'card', path: card.path }} className={`conv-card${selected ? ' is-selected' : ''}${severityClass(diags)}`}>
        <div role="group" aria-label={`${name} of item ${itemIndex + 1}`}>
          <SelectBar elementKey={card.key} path={card.path} name={name} />
          {card.header && <FieldBlock field={card.header} name="Header" />}
          {card.text && <FieldBlock field={card.text} name="Text" />}
          {card.media && <MediaBlock field={card.media} />}
          <Suggestions list={card.suggestions} owner={owner} container={`${card.key}:suggestions`} />
          {!card.header && !card.text && !card.media && card.suggestions.length === 0 && (
            <p className="empty-hint">Empty card: drop a header, text, media or suggestions here.</p>
          )}
          <InlineDiagnostics list={diags} />
        </div>
      </DropArea>
    </SortableEntry>
  );
});

/** The gap in front of a card, where a Card from the palette is put in (only there while one is dragged). */
function CardGap({ path }: { path: string }) {
  if (usePaletteDrag() !== 'card') return null;
  return (
    <DropArea target={{ slot: 'card', path, before: true }} className="card-gap">
      <span className="card-gap__line" aria-hidden="true" />
    </DropArea>
  );
}

/** Duplicate and delete buttons of an item, from the action list. */
const ItemActions = memo(function ItemActions({ elementKey, index }: { elementKey: ElementKey; index: number }) {
  return (
    <span className="bar__actions">
      <button
        type="button"
        className="icon-button"
        aria-label={`Duplicate item ${index + 1}`}
        title={actionTitle('duplicate')}
        onClick={() => runAction('duplicate', elementKey)}
      >
        ❐
      </button>
      <button
        type="button"
        className="icon-button icon-button--danger"
        aria-label={`Delete item ${index + 1}`}
        title={actionTitle('delete')}
        onClick={() => runAction('delete', elementKey)}
      >
        ✕
      </button>
    </span>
  );
});

/** The outcome badge of an item: re-renders only when the item's report changes. */
const ItemBadge = memo(function ItemBadge({ elementKey }: { elementKey: ElementKey }) {
  const report = useDerived((d) => d.items.get(elementKey));
  return report ? <OutcomeBadge report={report} /> : null;
});

/** One conversation item with its outcome badge, fields, cards and suggestions; it selects its own model. */
export const ItemBlock = memo(function ItemBlock({ elementKey, container, place }: { elementKey: ElementKey; container: string; place?: VirtualPlace }) {
  const item = useModel<ItemModel>(elementKey);
  const selected = useSelected(elementKey);
  const diags = useDiags(elementKey);
  const cardIds = useKeys(item?.cards ?? []);
  if (!item) return null;
  const name = `Item ${item.index + 1}`;
  return (
    <SortableEntry id={item.key} container={container} className="sortable-item" handleLabel={`Reorder item ${item.index + 1}`} place={place}>
      <DropArea target={{ slot: 'item', path: item.path }} className={`conv-item${selected ? ' is-selected' : ''}${severityClass(diags)}`}>
        <article aria-label={`Conversation item ${item.index + 1}`}>
          <SelectBar elementKey={item.key} path={item.path} name={name}>
            <ItemActions elementKey={item.key} index={item.index} />
          </SelectBar>
          <ItemBadge elementKey={item.key} />
          <div className="conv-item__fields">
            {item.header && <FieldBlock field={item.header} name="Header" />}
            {item.text && <FieldBlock field={item.text} name="Text" />}
            {item.media && <MediaBlock field={item.media} />}
            {item.tag && <FieldBlock field={item.tag} name="Tag" />}
          </div>
          {item.cards.length > 0 && (
            <SortableContext items={cardIds} strategy={horizontalListSortingStrategy}>
              {item.cards.length >= VIRTUAL_CARDS_FROM ? (
                <VirtualCards
                  keys={cardIds}
                  width={CARD_WIDTH + CARD_GAP}
                  label={`Cards of item ${item.index + 1}`}
                  render={(key, k) => <CardBlock key={key} card={item.cards[k]!} itemIndex={item.index} container={`${item.key}:cards`} />}
                />
              ) : (
                <ol className="conv-cards" aria-label={`Cards of item ${item.index + 1}`}>
                  {item.cards.map((c) => (
                    <CardBlock key={c.key} card={c} itemIndex={item.index} container={`${item.key}:cards`} />
                  ))}
                </ol>
              )}
            </SortableContext>
          )}
          {item.cards.length > 0 && (
            <button
              type="button"
              className="text-button add-card"
              aria-label={`Add card to item ${item.index + 1}`}
              onClick={(e) => {
                // The new card is selected at the end of the row: scroll the row to it.
                const row = e.currentTarget.previousElementSibling;
                if (dropAt('card', { slot: 'item', path: item.path })) requestAnimationFrame(() => row?.scrollTo({ left: row.scrollWidth }));
              }}
            >
              + Add card
            </button>
          )}
          <Suggestions list={item.suggestions} owner={`item ${item.index + 1}`} container={`${item.key}:suggestions`} />
          {!item.text && !item.header && !item.media && item.cards.length === 0 && item.suggestions.length === 0 && (
            <p className="empty-hint">Empty item: drop text, a header, media, suggestions or a card here.</p>
          )}
          <InlineDiagnostics list={diags} />
        </article>
      </DropArea>
    </SortableEntry>
  );
});
