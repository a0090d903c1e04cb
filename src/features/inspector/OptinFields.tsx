import { useId, useMemo } from 'react';
import { findKey, getAt, joinPointer } from '../../core';
import { useDocument } from '../../state/document';
import { SelectField, TextField, useFieldDiagnostics, useObjectField } from './fields';
import { InlineDiagnostics } from '../canvas/InlineDiagnostics';

/** Time zones the browser knows (IANA names); UTC first. */
function timeZones(): string[] {
  try {
    const list = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
    return ['UTC', ...list.filter((z) => z !== 'UTC')];
  } catch {
    return ['UTC'];
  }
}

/** Opt-in settings: frequency, re-opt-in and a time-zone picker. */
export function OptinFields({ path }: { path: string }) {
  const doc = useDocument((s) => s.doc);
  const optinPath = joinPointer(path, findKey(getAt(doc, path), 'optin'));
  const reoptin = useObjectField(optinPath, 'reoptin');
  const reoptinDiags = useFieldDiagnostics(optinPath, 'reoptin', reoptin.path);
  const zones = useMemo(() => timeZones(), []);
  const listId = useId();
  const reoptinId = useId();
  const value = reoptin.value === true ? 'true' : reoptin.value === false ? 'false' : '';
  return (
    <>
      <SelectField objPath={optinPath} name="frequency" label="Frequency" options={[{ value: 'DAILY', label: 'DAILY' }]} emptyLabel="(not set)" />
      <div className="field">
        <label htmlFor={reoptinId}>Re-opt-in</label>
        <select
          id={reoptinId}
          value={value}
          onChange={(e) => {
            const v = e.target.value;
            const dispatch = useDocument.getState().dispatch;
            if (v === '') dispatch({ kind: 'remove', path: reoptin.path }, 'inspector');
            else dispatch({ kind: 'set', path: reoptin.path, value: v === 'true' }, 'inspector');
          }}
        >
          <option value="">(not set)</option>
          <option value="true">Enabled</option>
          <option value="false">Disabled</option>
        </select>
        <InlineDiagnostics list={reoptinDiags} />
      </div>
      <TextField
        objPath={optinPath}
        name="timezone"
        label="Time zone"
        hint="An IANA time zone; UTC when not set."
        placeholder="UTC"
        list={listId}
        optional
      />
      <datalist id={listId}>
        {zones.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </>
  );
}
