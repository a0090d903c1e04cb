import { useId, useMemo } from 'react';
import { OPTIN_FREQUENCY } from '../../core';
import { InlineDiagnostics } from '../canvas/InlineDiagnostics';
import { removeField, SelectField, setValue, TextField, useFieldDiagnostics, useFieldPath, useValueAt } from './fields';

const FREQUENCY_OPTIONS = [{ value: OPTIN_FREQUENCY, label: OPTIN_FREQUENCY }];

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
  const optinPath = useFieldPath(path, ['optin']);
  const reoptinPath = useFieldPath(optinPath, ['reoptin']);
  const reoptin = useValueAt(reoptinPath);
  const reoptinDiags = useFieldDiagnostics(reoptinPath);
  const zones = useMemo(() => timeZones(), []);
  const listId = useId();
  const reoptinId = useId();
  const value = reoptin === true ? 'true' : reoptin === false ? 'false' : '';
  return (
    <>
      <SelectField objPath={optinPath} name="frequency" label="Frequency" options={FREQUENCY_OPTIONS} emptyLabel="(not set)" />
      <div className="field">
        <label htmlFor={reoptinId}>Re-opt-in</label>
        <select
          id={reoptinId}
          value={value}
          onChange={(e) => {
            const v = e.target.value;
            if (v === '') removeField(reoptinPath);
            else setValue(reoptinPath, v === 'true');
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
