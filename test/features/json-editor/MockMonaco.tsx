import { parseJson } from '../../../src/core';
import { setEditorText } from '../../../src/state/jsonEditor';

/** Monaco does not run in jsdom: a textarea that tells the JSON editor's state what it holds, as the real editor does. */
export default function MockEditor() {
  return (
    <textarea
      aria-label="Mock JSON editor"
      onChange={(e) => {
        const r = parseJson(e.target.value);
        setEditorText(e.target.value, r.ok ? null : r.error);
      }}
    />
  );
}
