import { useId, useRef, useState, type ReactNode } from 'react';
import { codePoints, findKey, getAt, joinPointer, type Diagnostic } from '../../core';
import { useDocument } from '../../state/document';
import { useReport } from '../../state/report';
import { InlineDiagnostics } from '../canvas/InlineDiagnostics';

/** Which field a "missing" diagnostic (anchored on the object) is about. */
const FIELD_OF_CODE: Record<string, string> = {
  'suggestion/label-missing': 'label',
  'suggestion/postback-missing': 'postbackdata',
  'suggestion/url-missing': 'url',
  'suggestion/phone-missing': 'phoneNumber',
  'product/id-missing': 'id',
  'optin/label-missing': 'label',
  'optin/postback-missing': 'postbackdata',
  'optin/frequency-invalid': 'frequency',
  'media/uri-missing': 'mediaUri',
  'media/mime-missing': 'mimeType',
  'card/header-missing': 'header',
  'text/empty': 'content',
};

/** The diagnostics of one field: at its path, or "missing" ones on its object. */
export function useFieldDiagnostics(objPath: string, name: string, fieldPath: string): Diagnostic[] {
  const report = useReport();
  return report.diagnostics.filter(
    (d) =>
      d.path === fieldPath ||
      d.path.startsWith(fieldPath + '/') ||
      (d.path === objPath && FIELD_OF_CODE[d.code]?.toLowerCase() === name.toLowerCase()),
  );
}

/** The value and pointer of a field of an object, in the user's key spelling. */
export function useObjectField(objPath: string, name: string): { path: string; value: unknown } {
  const doc = useDocument((s) => s.doc);
  const obj = getAt(doc, objPath);
  const key = findKey(obj, name);
  return { path: joinPointer(objPath, key), value: getAt(doc, joinPointer(objPath, key)) };
}

/** Writes a field; typing in one field is one undo step. */
export function setField(path: string, value: unknown): void {
  useDocument.getState().dispatch({ kind: 'set', path, value }, 'inspector', { coalesce: path });
}

export function removeField(path: string): void {
  useDocument.getState().dispatch({ kind: 'remove', path }, 'inspector');
}

function Row({ id, label, children, hint, diags, counter }: {
  id: string;
  label: string;
  children: ReactNode;
  hint?: ReactNode;
  diags: Diagnostic[];
  counter?: ReactNode;
}) {
  const sev = diags.some((d) => d.severity === 'error') ? 'error' : diags.some((d) => d.severity === 'warning') ? 'warning' : diags.length ? 'info' : '';
  return (
    <div className={`field${sev ? ` field--${sev}` : ''}`}>
      <div className="field__label-row">
        <label htmlFor={id}>{label}</label>
        {counter}
      </div>
      {children}
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <InlineDiagnostics list={diags} />
    </div>
  );
}

/** A text field bound to a pointer, with an `18/20` counter read from the core's limits. */
export function TextField({
  objPath,
  name,
  label,
  max,
  multiline,
  hint,
  placeholder,
  type = 'text',
  optional,
  list,
}: {
  objPath: string;
  name: string;
  label: string;
  max?: number | null;
  multiline?: boolean;
  hint?: ReactNode;
  placeholder?: string;
  type?: 'text' | 'url' | 'tel' | 'password';
  optional?: boolean;
  list?: string;
}) {
  const id = useId();
  const { path, value } = useObjectField(objPath, name);
  const diags = useFieldDiagnostics(objPath, name, path);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const str = typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value);
  const n = codePoints(str);
  const over = max != null && n > max;
  const counter =
    max != null ? (
      <span className={`counter${over ? ' counter--over' : ''}`} aria-live="polite" data-testid={`counter-${name}`}>
        {n}/{max}
      </span>
    ) : null;
  const common = {
    id,
    ref,
    value: str,
    placeholder,
    'data-field': name,
    'aria-invalid': diags.some((d) => d.severity === 'error') || undefined,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onChange: (e: { target: { value: string } }) => setField(path, e.target.value),
    onBlur: () => useDocument.getState().endBurst(),
    spellCheck: type === 'text',
  };
  return (
    <Row id={id} label={label} hint={hint} diags={diags} counter={counter}>
      <div className="field__control">
        {multiline ? <textarea rows={3} {...common} /> : <input type={type} autoComplete="off" list={list} {...common} />}
        {optional && value !== undefined && (
          <button type="button" className="icon-button" aria-label={`Remove ${label}`} onClick={() => removeField(path)}>
            ✕
          </button>
        )}
      </div>
    </Row>
  );
}

/** A select bound to a pointer; keeps a value it does not list as its own option. */
export function SelectField({
  objPath,
  name,
  label,
  options,
  hint,
  emptyLabel,
}: {
  objPath: string;
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  hint?: ReactNode;
  emptyLabel?: string;
}) {
  const id = useId();
  const { path, value } = useObjectField(objPath, name);
  const diags = useFieldDiagnostics(objPath, name, path);
  const ref = useRef<HTMLSelectElement>(null);
  const str = typeof value === 'string' ? value : '';
  // Match the user's casing to an option without rewriting it.
  const match = options.find((o) => o.value.toLowerCase() === str.toLowerCase());
  const current = match ? match.value : str;
  return (
    <Row id={id} label={label} hint={hint} diags={diags}>
      <select
        id={id}
        ref={ref}
        data-field={name}
        value={current}
        onChange={(e) => {
          if (e.target.value === '' && emptyLabel) removeField(path);
          else useDocument.getState().dispatch({ kind: 'set', path, value: e.target.value }, 'inspector');
        }}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {!match && str && <option value={str}>{str} (as written)</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Row>
  );
}

/** A password-style field with a show/hide toggle. */
export function SecretField({ objPath, name, label, hint }: { objPath: string; name: string; label: string; hint?: ReactNode }) {
  const [shown, setShown] = useState(false);
  const id = useId();
  const { path, value } = useObjectField(objPath, name);
  const diags = useFieldDiagnostics(objPath, name, path);
  return (
    <Row id={id} label={label} hint={hint} diags={diags}>
      <div className="field__control">
        <input
          id={id}
          type={shown ? 'text' : 'password'}
          autoComplete="off"
          spellCheck={false}
          value={typeof value === 'string' ? value : ''}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => setField(path, e.target.value)}
          onBlur={() => useDocument.getState().endBurst()}
        />
        <button type="button" className="text-button" aria-pressed={shown} onClick={() => setShown(!shown)}>
          {shown ? 'Hide' : 'Show'}
        </button>
      </div>
    </Row>
  );
}
