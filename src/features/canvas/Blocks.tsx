import { horizontalListSortingStrategy, SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useMemo, type ReactNode } from 'react';
import { ACTION_NAMES, isObject, type Action, type Diagnostic } from '../../core';
import { useUi } from '../../state/ui';
import { deleteSelection, duplicateSelection } from '../designer/actions';
import { useElementDiagnostics as useDiags } from './diagnosticsStore';
import { DropArea, SortableEntry } from './dnd';
import { InlineDiagnostics, worstSeverity } from './InlineDiagnostics';
import type { CardModel, FieldModel, ItemModel, SuggestionModel } from './model';
import { OutcomeBadge } from './OutcomeBadge';

function severityClass(list: Diagnostic[] | undefined): string {
  const s = worstSeverity(list);
  return s ? ` has-${s}` : '';
}

/**
 * The ids of a sortable list, the same array while the ids are the same: a new
 * array makes dnd-kit's SortableContext re-render every entry of the list.
 */
export function useStableIds(list: readonly { path: string }[]): string[] {
  const key = list.map((x) => x.path).join('\u0000');
  return useMemo(() => (key ? key.split('\u0000') : []), [key]);
}

/** A selectable leaf block: a field, a media, a tag or a suggestion. */
function Block({
  path,
  kind,
  label,
  children,
  className,
}: {
  path: string;
  kind: string;
  label: string;
  children: ReactNode;
  className?: string;
}) {
  const selected = useUi((s) => s.selection === path);
  const select = useUi((s) => s.select);
  const diags = useDiags(path);
  return (
    <div className={`block block--${kind}${selected ? ' is-selected' : ''}${severityClass(diags)} ${className ?? ''}`}>
      <button
        type="button"
        className="block__select"
        aria-pressed={selected}
        aria-label={label}
        data-path={path}
        onClick={() => select(path)}
        onDoubleClick={() => useUi.getState().edit()}
      >
        {children}
      </button>
      <InlineDiagnostics list={diags} />
    </div>
  );
}

const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

// Blocks are memoized: the canvas model keeps an element's model object while its JSON is unchanged.
const FieldBlock = memo(function FieldBlock({ field, kind, name }: { field: FieldModel; kind: 'text' | 'header' | 'tag'; name: string }) {
  const value = text(field.value);
  return (
    <Block path={field.path} kind={kind} label={`${name}: ${value || 'empty'}`}>
      <span className="block__kind">{name}</span>
      <span className={`block__value${value ? '' : ' is-empty'}`}>{value || 'empty'}</span>
    </Block>
  );
});

const MediaBlock = memo(function MediaBlock({ field }: { field: FieldModel }) {
  const m = isObject(field.value) ? field.value : {};
  const get = (k: string) => {
    const key = Object.keys(m).find((x) => x.toLowerCase() === k.toLowerCase());
    return key ? text(m[key]) : '';
  };
  const mime = get('mimeType');
  const family = mime.split('/')[0] ?? '';
  const icon = family === 'image' ? '▣' : family === 'video' ? '▶' : family === 'audio' ? '♪' : '❏';
  const name = get('mediaName') || get('mediaUri') || 'media';
  return (
    <Block path={field.path} kind="media" label={`Media: ${name}`}>
      <span className="block__kind">
        <span aria-hidden="true">{icon}</span> Media
      </span>
      <span className="block__value">{name}</span>
      {mime && <span className="block__meta">{mime}</span>}
    </Block>
  );
});

/** The words on a suggestion chip: its label, or what it is when it has none. */
export function suggestionCaption(v: unknown): { action: string; caption: string } {
  if (!isObject(v)) return { action: '?', caption: 'not an object' };
  const get = (k: string) => {
    const key = Object.keys(v).find((x) => x.toLowerCase() === k.toLowerCase());
    return key ? v[key] : undefined;
  };
  const raw = get('action');
  const lower = typeof raw === 'string' ? raw.toLowerCase() : '';
  const action = lower in ACTION_NAMES ? ACTION_NAMES[lower as Action] : typeof raw === 'string' ? raw : 'no action';
  const label = get('label');
  if (typeof label === 'string' && label) return { action, caption: label };
  if (lower === 'viewproduct') {
    const p = get('product');
    const id = isObject(p) ? Object.entries(p).find(([k]) => k.toLowerCase() === 'id')?.[1] : undefined;
    return { action, caption: typeof id === 'string' && id ? `Product ${id}` : 'Product (no id)' };
  }
  if (lower === 'login') return { action, caption: 'Log in' };
  if (lower === 'logout') return { action, caption: 'Log out' };
  return { action, caption: 'no label' };
}

const SuggestionBlock = memo(function SuggestionBlock({ s, owner }: { s: SuggestionModel; owner: string }) {
  const { action, caption } = suggestionCaption(s.value);
  return (
    <SortableEntry
      id={s.path}
      container={s.listPath}
      index={s.index}
      className="sortable-suggestion"
      handleLabel={`Reorder suggestion ${s.index + 1} of ${owner}`}
    >
      <Block path={s.path} kind="suggestion" label={`Suggestion ${s.index + 1}: ${action} ${caption}`}>
        <span className="chip__action">{action}</span>
        <span className="chip__caption">{caption}</span>
      </Block>
    </SortableEntry>
  );
});

const Suggestions = memo(function Suggestions({ list, owner }: { list: SuggestionModel[]; owner: string }) {
  const ids = useStableIds(list);
  if (list.length === 0) return null;
  return (
    <SortableContext items={ids} strategy={verticalListSortingStrategy}>
      <ol className="suggestions" aria-label={`Suggestions of ${owner}`}>
        {list.map((s) => (
          <SuggestionBlock key={s.path} s={s} owner={owner} />
        ))}
      </ol>
    </SortableContext>
  );
});

/** A container's bar: a select button with its name; the container itself is a group. */
function SelectBar({ path, name, children }: { path: string; name: string; children?: ReactNode }) {
  const selected = useUi((s) => s.selection === path);
  const select = useUi((s) => s.select);
  return (
    <div className="bar">
      <button type="button" className="bar__select" aria-pressed={selected} data-path={path} onClick={() => select(path)}>
        {name}
      </button>
      {children}
    </div>
  );
}

const CardBlock = memo(function CardBlock({ card, itemIndex }: { card: CardModel; itemIndex: number }) {
  const selected = useUi((s) => s.selection === card.path);
  const diags = useDiags(card.path);
  const name = `Card ${card.index + 1}`;
  const owner = `card ${card.index + 1} of item ${itemIndex + 1}`;
  return (
    <SortableEntry
      id={card.path}
      container={card.path.slice(0, card.path.lastIndexOf('/'))}
      index={card.index}
      className="sortable-card"
      handleLabel={`Reorder card ${card.index + 1} of item ${itemIndex + 1}`}
    >
      <DropArea
        target={{ slot: 'card', path: card.path }}
        className={`conv-card${selected ? ' is-selected' : ''}${severityClass(diags)}`}
      >
        <div role="group" aria-label={`${name} of item ${itemIndex + 1}`}>
          <SelectBar path={card.path} name={name} />
          {card.header && <FieldBlock field={card.header} kind="header" name="Header" />}
          {card.text && <FieldBlock field={card.text} kind="text" name="Text" />}
          {card.media && <MediaBlock field={card.media} />}
          <Suggestions list={card.suggestions} owner={owner} />
          {!card.header && !card.text && !card.media && card.suggestions.length === 0 && (
            <p className="empty-hint">Empty card: drop a header, text, media or suggestions here.</p>
          )}
          <InlineDiagnostics list={diags} />
        </div>
      </DropArea>
    </SortableEntry>
  );
});

/** Duplicate and delete buttons of an item. */
const ItemActions = memo(function ItemActions({ path, index }: { path: string; index: number }) {
  const select = useUi((s) => s.select);
  return (
    <span className="bar__actions">
      <button
        type="button"
        className="icon-button"
        aria-label={`Duplicate item ${index + 1}`}
        title="Duplicate (Ctrl+D)"
        onClick={() => {
          select(path);
          duplicateSelection();
        }}
      >
        ❐
      </button>
      <button
        type="button"
        className="icon-button icon-button--danger"
        aria-label={`Delete item ${index + 1}`}
        title="Delete (Delete key)"
        onClick={() => {
          select(path);
          deleteSelection();
        }}
      >
        ✕
      </button>
    </span>
  );
});

/** One conversation item with its outcome badge, fields, cards and suggestions. */
export const ItemBlock = memo(function ItemBlock({ item }: { item: ItemModel }) {
  const selected = useUi((s) => s.selection === item.path);
  const diags = useDiags(item.path);
  const name = `Item ${item.index + 1}`;
  const cardIds = useStableIds(item.cards);
  return (
    <SortableEntry
      id={item.path}
      container={item.path.slice(0, item.path.lastIndexOf('/'))}
      index={item.index}
      className="sortable-item"
      handleLabel={`Reorder item ${item.index + 1}`}
    >
      <DropArea
        target={{ slot: 'item', path: item.path }}
        className={`conv-item${selected ? ' is-selected' : ''}${severityClass(diags)}`}
      >
        <article aria-label={`Conversation item ${item.index + 1}`}>
          <SelectBar path={item.path} name={name}>
            <ItemActions path={item.path} index={item.index} />
          </SelectBar>
          {item.report && <OutcomeBadge report={item.report} />}
          <div className="conv-item__fields">
            {item.header && <FieldBlock field={item.header} kind="header" name="Header" />}
            {item.text && <FieldBlock field={item.text} kind="text" name="Text" />}
            {item.media && <MediaBlock field={item.media} />}
            {item.tag && <FieldBlock field={item.tag} kind="tag" name="Tag" />}
          </div>
          {item.cards.length > 0 && (
            <SortableContext items={cardIds} strategy={horizontalListSortingStrategy}>
              <ol className="conv-cards" aria-label={`Cards of item ${item.index + 1}`}>
                {item.cards.map((c) => (
                  <CardBlock key={c.path} card={c} itemIndex={item.index} />
                ))}
              </ol>
            </SortableContext>
          )}
          <Suggestions list={item.suggestions} owner={`item ${item.index + 1}`} />
          {!item.text && !item.header && !item.media && item.cards.length === 0 && item.suggestions.length === 0 && (
            <p className="empty-hint">Empty item: drop text, a header, media, suggestions or a card here.</p>
          )}
          <InlineDiagnostics list={diags} />
        </article>
      </DropArea>
    </SortableEntry>
  );
});
