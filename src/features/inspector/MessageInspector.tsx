import { useId } from 'react';
import { findKey, getAt, isObject, joinPointer, limitFor, MESSENGER_CHANNEL } from '../../core';
import { useDocument } from '../../state/document';
import { setRememberToken, useDesigns } from '../../state/designs';
import { InlineDiagnostics } from '../canvas/InlineDiagnostics';
import { SecretField, TextField, useFieldDiagnostics } from './fields';

const CHANNELS = [MESSENGER_CHANNEL, 'WhatsApp', 'SMS', 'RCS', 'Instagram', 'Apple Messages for Business', 'Viber', 'Telegram'];

function Recipients({ msgPath }: { msgPath: string }) {
  const doc = useDocument((s) => s.doc);
  const msg = getAt(doc, msgPath);
  const toPath = joinPointer(msgPath, findKey(msg, 'to'));
  const to = getAt(doc, toPath);
  const list = Array.isArray(to) ? to : [];
  const diags = useFieldDiagnostics(msgPath, 'to', toPath);
  const dispatch = useDocument((s) => s.dispatch);
  return (
    <fieldset className="field-group">
      <legend>Recipients</legend>
      {list.map((r, i) => (
        <div className="recipient" key={i}>
          <TextField
            objPath={joinPointer(toPath, i)}
            name="number"
            label={`Recipient ${i + 1} (PSID or notification token)`}
          />
          {list.length > 1 && (
            <button
              type="button"
              className="icon-button icon-button--danger"
              aria-label={`Remove recipient ${i + 1}`}
              onClick={() => dispatch({ kind: 'remove', path: joinPointer(toPath, i) }, 'inspector')}
            >
              ✕
            </button>
          )}
          {!isObject(r) && <p className="field__hint">This entry is not an object.</p>}
        </div>
      ))}
      <InlineDiagnostics list={diags.filter((d) => d.path === toPath || d.path === msgPath)} />
      <button
        type="button"
        className="text-button"
        onClick={() => dispatch({ kind: 'insert', path: toPath, index: list.length, value: { number: '' } }, 'inspector')}
      >
        + Add recipient
      </button>
    </fieldset>
  );
}

function Channels({ msgPath }: { msgPath: string }) {
  const doc = useDocument((s) => s.doc);
  const dispatch = useDocument((s) => s.dispatch);
  const msg = getAt(doc, msgPath);
  const path = joinPointer(msgPath, findKey(msg, 'allowedChannels'));
  const value = getAt(doc, path);
  const list = Array.isArray(value) ? value : [];
  const strings = list.filter((c): c is string => typeof c === 'string');
  const extra = strings.filter((c) => !CHANNELS.some((k) => k.toLowerCase() === c.toLowerCase()));
  const diags = useFieldDiagnostics(msgPath, 'allowedChannels', path);
  const id = useId();
  const toggle = (name: string, on: boolean) => {
    const next = on
      ? [...list, name]
      : list.filter((c) => !(typeof c === 'string' && c.toLowerCase() === name.toLowerCase()));
    dispatch({ kind: 'set', path, value: next }, 'inspector');
  };
  return (
    <fieldset className="field-group" aria-describedby={id}>
      <legend>Allowed channels</legend>
      <p className="field__hint" id={id}>
        The channels CM may route this message through.
      </p>
      <div className="checks">
        {[...CHANNELS, ...extra].map((name) => (
          <label key={name} className="check">
            <input
              type="checkbox"
              checked={strings.some((c) => c.toLowerCase() === name.toLowerCase())}
              onChange={(e) => toggle(name, e.target.checked)}
            />{' '}
            {name}
          </label>
        ))}
      </div>
      <InlineDiagnostics list={diags.concat()} />
    </fieldset>
  );
}

function RememberToken() {
  const remember = useDesigns((s) => s.rememberToken);
  return (
    <label className="check remember-token">
      <input type="checkbox" checked={remember} onChange={(e) => setRememberToken(e.target.checked)} /> Remember the product
      token on this device
    </label>
  );
}

/** The message envelope: Page ID, recipients, product token, fallback text, channels. */
export function MessageInspector({ path }: { path: string }) {
  const doc = useDocument((s) => s.doc);
  const messagesPath = joinPointer('', findKey(doc, 'messages'));
  const messages = getAt(doc, messagesPath);
  const authPath = joinPointer(messagesPath, findKey(messages, 'authentication'));
  const msg = getAt(doc, path);
  const bodyPath = joinPointer(path, findKey(msg, 'body'));
  return (
    <>
      <TextField objPath={path} name="from" label="Page ID (from)" hint="The last part of your Facebook Page URL." />
      <Recipients msgPath={path} />
      <SecretField
        objPath={authPath}
        name="producttoken"
        label="Product token"
        hint="A secret: it never goes into share links, and saving it is your choice. It may also travel in the X-CM-PRODUCTTOKEN header."
      />
      <RememberToken />
      <TextField
        objPath={bodyPath}
        name="content"
        label="Fallback body text"
        multiline
        max={limitFor('body')?.max}
        hint="Sent as the text message when there is no rich content; otherwise used by other channels."
      />
      <Channels msgPath={path} />
    </>
  );
}
