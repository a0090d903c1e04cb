import { lazy, Suspense, useEffect, useId, useRef, type ReactNode } from 'react';
import { findKey, getAt, isObject, SUPPORTED_MIME_TYPES, TAGS, type LimitName } from '../../core';
import { useDocument } from '../../state/document';
import { useDerived, useEntry, useSelectedEntry } from '../../state/hooks';
import type { ElementEntry } from '../../state/model';
import { useUi } from '../../state/ui';
import { ACTION_OPTIONS, elementKind, MEDIA_FIELDS, suggestionKind, TAG_OPTIONS, type FieldSpec } from '../elements/registry';
import { MessageInspector } from './MessageInspector';
import { removeField, SelectField, setValue, TextField, useFieldFact, useFieldPath, useValueAt } from './fields';
// An opt-in request's own fields load when one is first inspected.
const OptinFields = lazy(() => import('./OptinFields').then((m) => ({ default: m.OptinFields })));

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="inspector__section" aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** What a text or header is, said from the limit the core gives it where it stands. */
const ROLE_OF_LIMIT: Partial<Record<LimitName, string>> = {
  genericTitleMax: 'The title of the generic template.',
  buttonTemplateTextMax: 'The text of the button template.',
  genericSubtitleMax: 'The subtitle of the generic template.',
  textMax: 'The text message.',
};

/** Whether an object of the document has a field (any letter case). */
const useHas = (objPath: string, name: string) =>
  useDocument((s) => {
    const obj = getAt(s.doc, objPath);
    return isObject(obj) && Object.prototype.hasOwnProperty.call(obj, findKey(obj, name));
  });

/** A text or header field of an item or card, with its role where it stands. */
function ContentField({ objPath, name }: { objPath: string; name: 'text' | 'header' }) {
  const path = useFieldPath(objPath, [name]);
  const limit = useFieldFact(path)?.limit;
  const hint = (limit && ROLE_OF_LIMIT[limit.name]) ?? elementKind(name).description;
  return (
    <TextField objPath={objPath} name={name} label={name === 'text' ? 'Text' : 'Header'} multiline={name === 'text'} optional hint={hint} />
  );
}

function TagField({ objPath }: { objPath: string }) {
  const path = useFieldPath(objPath, ['tag']);
  const value = useValueAt(path);
  const name = typeof value === 'string' ? value.trim().toUpperCase() : '';
  const info = name in TAGS ? TAGS[name as keyof typeof TAGS] : undefined;
  return (
    <SelectField
      objPath={objPath}
      name="tag"
      label="Message tag"
      options={TAG_OPTIONS}
      emptyLabel="No tag (within the 24-hour window)"
      hint={
        info
          ? `${info.allows}${info.status === 'retired' ? ' Retired by Meta: Messenger answers error 100.' : ' Active.'}`
          : 'Tags send outside the standard 24-hour messaging window.'
      }
    />
  );
}

function ItemOrCardFields({ entry, isCard }: { entry: ElementEntry; isCard: boolean }) {
  // The core's report says how many cards the item has.
  const cardCount = useDerived((d) => (isCard ? 0 : (d.items.get(entry.key)?.cards ?? 0)));
  const hasHeader = useHas(entry.path, 'header');
  const hasText = useHas(entry.path, 'text');
  return (
    <>
      {cardCount > 0 && (
        <p className="field__hint">
          {cardCount === 1
            ? 'This item is a rich card: select the card to edit its header, text, media and buttons.'
            : `This item is a carousel of ${cardCount} cards: select a card to edit it. Item-level text, header and media are not sent beside a carousel; item-level suggestions go out as quick replies.`}
        </p>
      )}
      {(cardCount === 0 || hasHeader) && <ContentField objPath={entry.path} name="header" />}
      {(cardCount === 0 || hasText) && <ContentField objPath={entry.path} name="text" />}
      {!isCard && <TagField objPath={entry.path} />}
    </>
  );
}

const MIME_OPTIONS = SUPPORTED_MIME_TYPES.map((m) => ({ value: m, label: m }));

/** A field of the registry's description, bound under an element. */
function SpecField({ objPath, spec }: { objPath: string; spec: FieldSpec }) {
  const name = spec.at[spec.at.length - 1]!;
  if (spec.input === 'select')
    return <SelectField objPath={objPath} name={name} label={spec.label} options={spec.options ?? []} emptyLabel={spec.empty} hint={spec.hint} />;
  return (
    <TextField
      objPath={objPath}
      name={name}
      at={spec.at}
      label={spec.label}
      hint={spec.hint}
      multiline={spec.input === 'multiline'}
      type={spec.input === 'multiline' ? 'text' : spec.input}
      optional={spec.removable}
      placeholder={spec.placeholder}
    />
  );
}

function MediaFields({ path }: { path: string }) {
  return (
    <>
      {MEDIA_FIELDS.map((spec) => (
        <SpecField key={spec.at.join('/')} objPath={path} spec={spec} />
      ))}
      <SelectField objPath={path} name="mimeType" label="MIME type" options={MIME_OPTIONS} emptyLabel="(none: judged from the name)" />
    </>
  );
}

function SuggestionFields({ path }: { path: string }) {
  const actionPath = useFieldPath(path, ['action']);
  const action = useValueAt(actionPath);
  const kind = suggestionKind({ action });
  const mediaPath = useFieldPath(path, ['media']);
  const hasMedia = useDocument((s) => isObject(getAt(s.doc, mediaPath)));
  return (
    <>
      <SelectField objPath={path} name="action" label="Action" options={ACTION_OPTIONS} />
      {kind?.fields?.map((spec) => <SpecField key={spec.at.join('/')} objPath={path} spec={spec} />)}
      {kind?.note && <p className="field__hint">{kind.note}</p>}
      {kind?.id === 'optin' && (
        <Suspense fallback={<p role="status">Loading the opt-in fields…</p>}>
          <OptinFields path={path} />
        </Suspense>
      )}
      {kind?.media &&
        (hasMedia ? (
          <Section title={kind.media.section}>
            <MediaFields path={mediaPath} />
            <button type="button" className="text-button text-button--danger" onClick={() => removeField(mediaPath)}>
              {kind.media.remove}
            </button>
          </Section>
        ) : (
          <button type="button" className="text-button" onClick={() => setValue(mediaPath, elementKind('image').create())}>
            {kind.media.add}
          </button>
        ))}
    </>
  );
}

/** The element the inspector edits for a selection: a field's item or card (with the field to focus), or the element itself. */
function useInspected(): { entry: ElementEntry; focus: string | null } | null {
  const selected = useSelectedEntry();
  const isField = selected?.type === 'text' || selected?.type === 'header' || selected?.type === 'tag';
  const parent = useEntry(isField ? selected.parent : null);
  if (!selected) return null;
  if (isField) return parent ? { entry: parent, focus: selected.type } : null;
  return { entry: selected, focus: null };
}

/** The property sheet of the selected element; the message envelope when nothing is selected. */
export function Inspector() {
  const inspected = useInspected();
  const msgIndex = useUi((s) => s.msgIndex);
  const msgPath = useDerived((d) => d.model.messages[msgIndex]?.path);
  const headingId = useId();
  const editTick = useUi((s) => s.editTick);
  const bodyRef = useRef<HTMLDivElement>(null);

  let title = 'Message';
  let body: ReactNode = msgPath ? <MessageInspector path={msgPath} /> : <p>No message.</p>;
  const entry = inspected?.entry;
  if (entry) {
    const n = (entry.index ?? 0) + 1;
    switch (entry.type) {
      case 'item':
        title = `Item ${n}`;
        body = <ItemOrCardFields key={entry.key} entry={entry} isCard={false} />;
        break;
      case 'card':
        title = `Card ${n}`;
        body = <ItemOrCardFields key={entry.key} entry={entry} isCard />;
        break;
      case 'suggestion':
        title = `Suggestion ${n}`;
        body = <SuggestionFields key={entry.key} path={entry.path} />;
        break;
      case 'media':
        title = 'Media';
        body = <MediaFields key={entry.key} path={entry.path} />;
        break;
    }
  }
  // F2 or a click on a canvas chip: focus the selected field (or the first one to type in: a suggestion's label, not its action).
  const focusField = inspected?.focus ?? null;
  const handledTick = useRef(editTick);
  useEffect(() => {
    if (editTick === handledTick.current) return; // a new selection alone never moves focus
    handledTick.current = editTick;
    const el = bodyRef.current;
    const target =
      (focusField && el?.querySelector<HTMLElement>(`[data-field="${focusField}"]`)) ||
      el?.querySelector<HTMLElement>('input:not([type=checkbox]):not([type=radio]), textarea') ||
      el?.querySelector<HTMLElement>('input, textarea, select');
    target?.focus();
    // The caret at the end of the value, to go on typing.
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) {
      const end = target.value.length;
      try {
        target.setSelectionRange(end, end);
      } catch {
        // An input type without a caret.
      }
    }
  }, [editTick, focusField]);
  return (
    <aside className="inspector" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Inspector <span className="inspector__what">{title}</span>
      </h2>
      <div className="inspector__body" data-path={entry?.path ?? msgPath} ref={bodyRef}>
        {body}
      </div>
    </aside>
  );
}
