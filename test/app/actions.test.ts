/**
 * One action list (features/designer/actions.ts) feeds the shortcuts, the item
 * buttons, the toolbar and the README's table of keys.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { getAt } from '../../src/core';
import { ACTIONS, keysTable, runAction, type KeyPress } from '../../src/features/designer/actions';
import { derivedOf } from '../../src/state/derived';
import { clearHistory, useDocument } from '../../src/state/document';
import { useUi } from '../../src/state/ui';

const conv = '/messages/msg/0/richContent/conversation';
const doc = () => useDocument.getState().doc;
const keyOf = (path: string) => derivedOf(doc()).model.byPath.get(path)!;
const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

beforeEach(() => {
  useDocument.setState({
    doc: { messages: { msg: [{ from: 'p', to: [{ number: '1' }], body: {}, richContent: { conversation: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] } }] } },
  });
  clearHistory();
  useUi.setState({ msgIndex: 0, selection: null });
});

describe('the action list', () => {
  it('is the README’s table of keys', () => {
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const table = /<!-- keys:[^\n]*-->\n([\s\S]*?)\n<!-- \/keys -->/.exec(readme)?.[1];
    expect(table, 'README: the table between <!-- keys --> and <!-- /keys --> must be keysTable()').toBe(keysTable());
  });

  it('gives each key press to one action at most', () => {
    const presses = [press('z', { ctrlKey: true }), press('z', { ctrlKey: true, shiftKey: true }), press('y', { metaKey: true }), press('Delete'), press('d', { ctrlKey: true }), press('ArrowUp', { altKey: true }), press('ArrowRight', { altKey: true }), press('F2')];
    for (const p of presses) expect(ACTIONS.filter((a) => a.keyTest?.(p)).length, JSON.stringify(p)).toBe(1);
    expect(ACTIONS.filter((a) => a.keyTest?.(press('x'))).length).toBe(0);
  });

  it('moves, duplicates and deletes the selected element, one undo step each, the selection kept on its element', () => {
    const b = keyOf(`${conv}/1`);
    useUi.getState().select(b);
    expect(runAction('moveUp')).toBe(true);
    expect(getAt(doc(), `${conv}/0/text`)).toBe('b');
    expect(useUi.getState().selection).toBe(b);
    expect(runAction('moveUp')).toBe(false); // already first: it does not apply
    runAction('duplicate');
    expect(getAt(doc(), conv)).toEqual([{ text: 'b' }, { text: 'b' }, { text: 'a' }, { text: 'c' }]);
    expect(useUi.getState().selection).toBe(keyOf(`${conv}/1`));
    runAction('delete');
    expect(getAt(doc(), conv)).toEqual([{ text: 'b' }, { text: 'a' }, { text: 'c' }]);
    expect(useUi.getState().selection).toBeNull();
    runAction('undo');
    runAction('undo');
    runAction('undo');
    expect(getAt(doc(), conv)).toEqual([{ text: 'a' }, { text: 'b' }, { text: 'c' }]);
    expect(useUi.getState().selection).toBe(b);
  });

  it('acts on the element whose button was pressed, whatever is selected', () => {
    useUi.getState().select(keyOf(`${conv}/0`));
    runAction('delete', keyOf(`${conv}/2`));
    expect(getAt(doc(), conv)).toEqual([{ text: 'a' }, { text: 'b' }]);
  });
});
