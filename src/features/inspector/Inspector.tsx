import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import {
  ACTION_NAMES,
  findKey,
  getAt,
  isObject,
  joinPointer,
  limitFor,
  SUPPORTED_MIME_TYPES,
  TAGS,
  type ItemReport,
} from '../../core';
import { useDocument } from '../../state/document';
import { useReport } from '../../state/report';
import { useUi } from '../../state/ui';
import { elementType, messagePaths, parentElement } from '../canvas/model';
import { MessageInspector } from './MessageInspector';
import { removeField, SelectField, TextField, useObjectField } from './fields';
import { elementKind } from '../elements/registry';
import { OptinFields } from './OptinFields';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="inspector__section" aria-label={title}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** The report of the conversation item that holds a pointer. */
function useItemReport(path: string): ItemReport | undefined {
  const report = useReport();
  for (const m of report.messages)
    for (const it of m.items) if (path === it.path || path.startsWith(it.path + '/')) return it;
  return undefined;
}

const TAG_OPTIONS = Object.entries(TAGS).map(([name, t]) => ({
  value: name,
  label: `${name}${t.status === 'retired' ? ' (retired by Meta)' : ''}`,
}));

function ItemOrCardFields({ path, isCard }: { path: string; isCard: boolean }) {
  // The core's report says what the item became and how many cards it has.
  const report = useItemReport(path);
  // A card of a carousel is a generic template element, whatever else its item has.
  const effective = isCard && report && report.cards >= 2 ? 'generic_template' : report?.outcome;
  const cardCount = isCard ? 0 : (report?.cards ?? 0);
  const doc = useDocument((s) => s.doc);
  const item = getAt(doc, path);
  const tag = useObjectField(path, 'tag');
  const tagName = typeof tag.value === 'string' ? tag.value.trim().toUpperCase() : '';
  const tagInfo = tagName in TAGS ? TAGS[tagName as keyof typeof TAGS] : undefined;
  const own = (name: string) => isObject(item) && Object.prototype.hasOwnProperty.call(item, findKey(item, name));
  return (
    <>
      {cardCount > 0 && (
        <p className="field__hint">
          {cardCount === 1
            ? 'This item is a rich card: select the card to edit its header, text, media and buttons.'
            : `This item is a carousel of ${cardCount} cards: select a card to edit it. Item-level text, header and media are not sent beside a carousel; item-level suggestions go out as quick replies.`}
        </p>
      )}
      {(cardCount === 0 || own('header')) && (
      <TextField
        objPath={path}
        name="header"
        label="Header"
        max={limitFor('header', { outcome: effective })?.max}
        optional
        hint={effective === 'button_template' ? 'The text of the button template.' : 'The title of the generic template.'}
      />
      )}
      {(cardCount === 0 || own('text')) && (
      <TextField
        objPath={path}
        name="text"
        label="Text"
        multiline
        max={limitFor('text', { outcome: effective })?.max}
        optional
        hint={effective === 'generic_template' ? 'The subtitle of the generic template.' : 'The text message.'}
      />
      )}
      {!isCard && (
        <SelectField
          objPath={path}
          name="tag"
          label="Message tag"
          options={TAG_OPTIONS}
          emptyLabel="No tag (within the 24-hour window)"
          hint={
            tagInfo
              ? `${tagInfo.allows}${tagInfo.status === 'retired' ? ' Retired by Meta: Messenger answers error 100.' : ' Active.'}`
              : 'Tags send outside the standard 24-hour messaging window.'
          }
        />
      )}
    </>
  );
}

const MIME_OPTIONS = SUPPORTED_MIME_TYPES.map((m) => ({ value: m, label: m }));

function MediaFields({ path }: { path: string }) {
  return (
    <>
      <TextField objPath={path} name="mediaName" label="File name" hint="Ends in the extension of its type, e.g. logo.png." />
      <TextField objPath={path} name="mediaUri" label="URL" type="url" hint="An absolute https:// URL of the file." />
      <SelectField objPath={path} name="mimeType" label="MIME type" options={MIME_OPTIONS} emptyLabel="(none: judged from the name)" />
    </>
  );
}

const ACTION_OPTIONS = Object.values(ACTION_NAMES).map((a) => ({ value: a, label: a === 'optin' ? 'optin (opt-in request)' : a }));

function SuggestionFields({ path }: { path: string }) {
  const action = useObjectField(path, 'action');
  const a = typeof action.value === 'string' ? action.value.trim().toLowerCase() : '';
  const doc = useDocument((s) => s.doc);
  const s = getAt(doc, path);
  const dialPath = joinPointer(path, findKey(s, 'dial'));
  const productPath = joinPointer(path, findKey(s, 'product'));
  const mediaPath = joinPointer(path, findKey(s, 'media'));
  const hasMedia = isObject(s) && isObject(s[findKey(s, 'media')]);
  return (
    <>
      <SelectField objPath={path} name="action" label="Action" options={ACTION_OPTIONS} />
      {(a === 'reply' || a === 'openurl' || a === 'dial' || a === 'optin') && (
        <TextField
          objPath={path}
          name="label"
          label={a === 'optin' ? 'Title' : 'Label'}
          max={limitFor('label', { action: action.value })?.max}
        />
      )}
      {(a === 'login' || a === 'logout') && (
        <p className="field__hint">{ACTION_NAMES[a]} buttons are sent without text.</p>
      )}
      {(a === 'reply' || a === 'optin') && (
        <TextField
          objPath={path}
          name="postbackdata"
          label={a === 'optin' ? 'Payload (your opt-in reference)' : 'Postback data'}
          max={limitFor('postbackdata', { action: action.value })?.max}
          hint="What your webhook receives when the user taps it."
        />
      )}
      {(a === 'openurl' || a === 'login') && (
        <TextField objPath={path} name="url" label="URL" type="url" hint={a === 'login' ? 'An https:// URL.' : 'An absolute http(s) URL.'} />
      )}
      {a === 'dial' && (
        <TextField objPath={dialPath} name="phoneNumber" label="Phone number" type="tel" hint="+ followed by 7 to 15 digits." />
      )}
      {a === 'viewproduct' && <TextField objPath={productPath} name="id" label="Product id" hint="The id in the Page’s Facebook catalog." />}
      {a === 'optin' && <OptinFields path={path} />}
      {(a === 'reply' || a === 'optin') &&
        (hasMedia ? (
          <Section title={a === 'reply' ? 'Quick-reply thumbnail' : 'Opt-in image'}>
            <MediaFields path={mediaPath} />
            <button type="button" className="text-button text-button--danger" onClick={() => removeField(mediaPath)}>
              Remove {a === 'reply' ? 'thumbnail' : 'image'}
            </button>
          </Section>
        ) : (
          <button
            type="button"
            className="text-button"
            onClick={() =>
              useDocument
                .getState()
                .dispatch({ kind: 'set', path: mediaPath, value: elementKind('image').create() }, 'inspector')
            }
          >
            + Add {a === 'reply' ? 'a thumbnail (shown when sent as a quick reply)' : 'an image'}
          </button>
        ))}
    </>
  );
}

/** The property sheet of the selected element; the message envelope when nothing is selected. */
export function Inspector() {
  const selection = useUi((s) => s.selection);
  const msgIndex = useUi((s) => s.msgIndex);
  const doc = useDocument((s) => s.doc);
  const headingId = useId();
  const editTick = useUi((s) => s.editTick);
  const bodyRef = useRef<HTMLDivElement>(null);
  const msgPath = messagePaths(doc)[msgIndex];

  const view = useMemo(() => {
    if (!selection || getAt(doc, selection) === undefined || (msgPath && !selection.startsWith(msgPath + '/'))) return null;
    const type = elementType(selection);
    if (type === 'text' || type === 'header' || type === 'tag') {
      const parent = parentElement(selection);
      return { type: elementType(parent), path: parent, focus: type as string };
    }
    return { type, path: selection, focus: null };
  }, [selection, doc, msgPath]);

  let title = 'Message';
  let body: ReactNode = msgPath ? <MessageInspector path={msgPath} /> : <p>No message.</p>;
  if (view) {
    switch (view.type) {
      case 'item':
        title = `Item ${Number(view.path.split('/').pop()) + 1}`;
        body = <ItemOrCardFields key={view.path} path={view.path} isCard={false} />;
        break;
      case 'card':
        title = `Card ${Number(view.path.split('/').pop()) + 1}`;
        body = <ItemOrCardFields key={view.path} path={view.path} isCard />;
        break;
      case 'suggestion':
        title = `Suggestion ${Number(view.path.split('/').pop()) + 1}`;
        body = <SuggestionFields key={view.path} path={view.path} />;
        break;
      case 'media':
        title = 'Media';
        body = <MediaFields key={view.path} path={view.path} />;
        break;
    }
  }
  // F2 or a double-click on the canvas: focus the selected field (or the first one).
  const focusField = view?.focus ?? null;
  const handledTick = useRef(editTick);
  useEffect(() => {
    if (editTick === handledTick.current) return; // a new selection alone never moves focus
    handledTick.current = editTick;
    const body = bodyRef.current;
    const target =
      (focusField && body?.querySelector<HTMLElement>(`[data-field="${focusField}"]`)) ||
      body?.querySelector<HTMLElement>('input, textarea, select');
    target?.focus();
  }, [editTick, focusField]);
  return (
    <aside className="inspector" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Inspector <span className="inspector__what">{title}</span>
      </h2>
      <div className="inspector__body" data-path={view?.path ?? msgPath} ref={bodyRef}>
        {body}
      </div>
    </aside>
  );
}
