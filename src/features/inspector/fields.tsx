import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { findKey, getAt, joinPointer, type Diagnostic, type FieldFact } from '../../core';
import { useDocument } from '../../state/document';
import { useDerived, useDerivedShallow } from '../../state/hooks';
import { ownerOf } from '../../state/model';
import { exactIntegers } from '../../state/text';
import { InlineDiagnostics } from '../canvas/InlineDiagnostics';

/**
 * The inspector's fields. Each selects only its own value, its own diagnostics
 * and the core's facts about it (its limit where it stands, its length): typing
 * in one field re-renders that field alone.
 */

/** The pointer of a field under an object (keys matched in any letter case, as the API does); stable while it is the same. */
export function useFieldPath(objPath: string, at: readonly string[]): string {
  return useDocument((s) => {
    let path = objPath;
    for (const k of at) path = joinPointer(path, findKey(getAt(s.doc, path), k));
    return path;
  });
}

/** The value at a pointer of the document. */
export const useValueAt = (path: string): unknown => useDocument((s) => getAt(s.doc, path));

/**
 * The diagnostics of one field: those at its pointer or under it, and those the
 * core anchors on an object above it for this missing field (the `field` it names).
 */
export function useFieldDiagnostics(fieldPath: string): Diagnostic[] {
  return useDerivedShallow((d) => {
    const own = d.diagnostics.get(ownerOf(d.model, fieldPath) ?? '') ?? [];
    const parent = d.diagnostics.get(ownerOf(d.model, fieldPath.slice(0, fieldPath.lastIndexOf('/'))) ?? '') ?? [];
    const out: Diagnostic[] = [];
    const lower = fieldPath.toLowerCase();
    for (const list of parent === own ? [own] : [own, parent])
      for (const x of list)
        if (x.path === fieldPath || x.path.startsWith(fieldPath + '/') || (x.field !== undefined && `${x.path}/${x.field}`.toLowerCase() === lower))
          out.push(x);
    return out;
  });
}

/** The core's facts about a field: its limit where it stands and its length (in code points), when it counts. */
export const useFieldFact = (path: string): FieldFact | undefined => useDerived((d) => d.fieldFacts.get(path));

/** Writes a field; typing in one field is one undo step. */
export function setField(path: string, value: unknown): void {
  useDocument.getState().dispatch({ kind: 'set', path, value }, { source: 'inspector', history: { coalesce: path } });
}

export function removeField(path: string): void {
  useDocument.getState().dispatch({ kind: 'remove', path }, { source: 'inspector', history: 'record' });
}

/** Sets a value as one undo step (a select, a checkbox, a button). */
export function setValue(path: string, value: unknown): void {
  useDocument.getState().dispatch({ kind: 'set', path, value }, { source: 'inspector', history: 'record' });
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

/** The `18/20` counter of a field, from the core's facts. */
function Counter({ fact, name }: { fact: FieldFact | undefined; name: string }) {
  if (!fact || !fact.limit) return null;
  const over = fact.length > fact.limit.max;
  return (
    <span className={`counter${over ? ' counter--over' : ''}`} aria-live="polite" data-testid={`counter-${name}`}>
      {fact.length}/{fact.limit.max}
    </span>
  );
}

/** A text field bound to a pointer, with a counter where the core gives the field a limit. */
export function TextField({
  objPath,
  name,
  at,
  label,
  multiline,
  hint,
  placeholder,
  type = 'text',
  optional,
  list,
}: {
  objPath: string;
  /** The field's key under the object (also what `data-field` says). */
  name: string;
  /** The keys under the object when the field is deeper (e.g. dial, phoneNumber). */
  at?: readonly string[];
  label: string;
  multiline?: boolean;
  hint?: ReactNode;
  placeholder?: string;
  type?: 'text' | 'url' | 'tel' | 'password';
  optional?: boolean;
  list?: string;
}) {
  const id = useId();
  const keys = at ?? [name];
  const path = useFieldPath(objPath, keys);
  const value = useValueAt(path);
  const diags = useFieldDiagnostics(path);
  const fact = useFieldFact(path);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const exact = useExactDigits(path, value);
  const str = exact.digits ?? (typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value));
  const common = {
    id,
    ref,
    value: str,
    // Until the exact digits are there (a moment), the rounded number is not offered for editing.
    readOnly: exact.loading || undefined,
    // null (how SDKs write an unset property) shows as an empty field, named in grey; typing replaces it.
    placeholder: value === null ? 'null' : placeholder,
    'data-field': name,
    'aria-invalid': diags.some((d) => d.severity === 'error') || undefined,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onChange: (e: { target: { value: string } }) => setField(path, e.target.value),
    onBlur: () => useDocument.getState().endBurst(),
    spellCheck: type === 'text',
  };
  return (
    <Row id={id} label={label} hint={hint} diags={diags} counter={<Counter fact={fact} name={name} />}>
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

type ExactDigits = typeof import('../../core/exactIntegers');
let exactDigits: ExactDigits | undefined;

/**
 * The digits the request's text has for an integer too long for a JavaScript number (a 17-digit PSID written as
 * a number), which the field shows and edits instead of the rounded number (an edit would write that); the code
 * that finds them loads the first time one is met.
 */
function useExactDigits(path: string, value: unknown): { digits?: string; loading: boolean } {
  const unsafe = typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value);
  const [loaded, setLoaded] = useState(exactDigits);
  useEffect(() => {
    if (unsafe && !loaded) void import('../../core/exactIntegers').then((m) => setLoaded((exactDigits = m)));
  }, [unsafe, loaded]);
  if (!unsafe) return { loading: false };
  if (!loaded) return { loading: true };
  return { digits: exactIntegers(useDocument.getState().doc, loaded.inexactIntegers).get(path), loading: false };
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
  const path = useFieldPath(objPath, [name]);
  const value = useValueAt(path);
  const diags = useFieldDiagnostics(path);
  const str = typeof value === 'string' ? value : '';
  // Match the user's casing to an option without rewriting it.
  const match = options.find((o) => o.value.toLowerCase() === str.toLowerCase());
  const current = match ? match.value : str;
  return (
    <Row id={id} label={label} hint={hint} diags={diags}>
      <select
        id={id}
        data-field={name}
        value={current}
        onChange={(e) => {
          if (e.target.value === '' && emptyLabel) removeField(path);
          else setValue(path, e.target.value);
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
  const path = useFieldPath(objPath, [name]);
  const value = useValueAt(path);
  const diags = useFieldDiagnostics(path);
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
