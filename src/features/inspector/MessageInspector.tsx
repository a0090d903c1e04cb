import { useId } from 'react';
import { getAt, isObject, MESSENGER_CHANNEL } from '../../core';
import { useDocument } from '../../state/document';
import { setRememberToken, useDesigns } from '../../state/designs';
import { InlineDiagnostics } from '../canvas/InlineDiagnostics';
import { SecretField, setValue, TextField, useFieldDiagnostics, useFieldPath } from './fields';

const CHANNELS = [MESSENGER_CHANNEL, 'WhatsApp', 'SMS', 'RCS', 'Instagram', 'Apple Messages for Business', 'Viber', 'Telegram'];

const inspector = { source: 'inspector', history: 'record' } as const;

function Recipients({ msgPath }: { msgPath: string }) {
  const toPath = useFieldPath(msgPath, ['to']);
  // The shape of the list (how many, which are objects), not its values: typing a number re-renders that field alone.
  const shape = useDocument((s) => list(getAt(s.doc, toPath)).map((r) => (isObject(r) ? 'o' : 'x')).join(''));
  const diags = useFieldDiagnostics(toPath);
  const dispatch = useDocument.getState().dispatch;
  return (
    <fieldset className="field-group">
      <legend>Recipients</legend>
      {[...shape].map((kind, i) => (
        <div className="recipient" key={i}>
          <TextField objPath={`${toPath}/${i}`} name="number" label={`Recipient ${i + 1} (PSID or notification token)`} />
          {shape.length > 1 && (
            <button
              type="button"
              className="icon-button icon-button--danger"
              aria-label={`Remove recipient ${i + 1}`}
              onClick={() => dispatch({ kind: 'remove', path: `${toPath}/${i}` }, inspector)}
            >
              ✕
            </button>
          )}
          {kind === 'x' && <p className="field__hint">This entry is not an object.</p>}
        </div>
      ))}
      <InlineDiagnostics list={diags.filter((d) => d.path === toPath || d.path === msgPath)} />
      <button
        type="button"
        className="text-button"
        onClick={() => dispatch({ kind: 'insert', path: toPath, index: shape.length, value: { number: '' } }, inspector)}
      >
        + Add recipient
      </button>
    </fieldset>
  );
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function Channels({ msgPath }: { msgPath: string }) {
  const path = useFieldPath(msgPath, ['allowedChannels']);
  // The list as text: a stable value while the channels are the same.
  const joined = useDocument((s) => JSON.stringify(list(getAt(s.doc, path))));
  const channels = JSON.parse(joined) as unknown[];
  const strings = channels.filter((c): c is string => typeof c === 'string');
  const extra = strings.filter((c) => !CHANNELS.some((k) => k.toLowerCase() === c.toLowerCase()));
  const diags = useFieldDiagnostics(path);
  const id = useId();
  const toggle = (name: string, on: boolean) =>
    setValue(path, on ? [...channels, name] : channels.filter((c) => !(typeof c === 'string' && c.toLowerCase() === name.toLowerCase())));
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
      <InlineDiagnostics list={diags} />
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

/** The message envelope: Page ID, recipients, product token, fallback text, reference, channels. */
export function MessageInspector({ path }: { path: string }) {
  const messagesPath = useFieldPath('', ['messages']);
  const authPath = useFieldPath(messagesPath, ['authentication']);
  const bodyPath = useFieldPath(path, ['body']);
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
        hint="Sent as the text message when there is no rich content; otherwise used by other channels."
      />
      <TextField
        objPath={path}
        name="reference"
        label="Reference"
        optional
        hint="CM.com returns it in the message’s status reports."
      />
      <Channels msgPath={path} />
    </>
  );
}
