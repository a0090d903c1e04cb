// An imported file names a design that still has an automatic name (its file name without
// .json); pasted text does not rename it. Either way the import is the design's new start.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFile, importText } from '../../src/features/json-editor/importing';
import { currentDesign, flushSave, initDesigns, isEdited, renameDesign, useDesigns } from '../../src/state/designs';
import { MemoryStorage } from './storage';

const REQUEST = JSON.stringify({ messages: { authentication: { producttoken: '' }, msg: [{ from: 'p', to: [{ number: 'r' }], body: { content: 'Hi' } }] } });
const file = (name: string) => new File([REQUEST], name, { type: 'application/json' });

beforeEach(async () => {
  vi.useFakeTimers();
  await initDesigns(new MemoryStorage());
  useDesigns.setState({ notices: [] });
});
afterEach(() => {
  flushSave();
  vi.useRealTimers();
});

describe('importing names the design', () => {
  it('after the file, while its name is automatic', async () => {
    expect(currentDesign()!.name).toBe('My design');
    expect((await importFile(file('Spring sale.JSON'))).ok).toBe(true);
    expect(currentDesign()!.name).toBe('Spring sale');
    expect(isEdited()).toBe(false);
    await importFile(file('autumn.json'));
    expect(currentDesign()!.name).toBe('autumn');
  });

  it('never over a name the user gave; pasted text names nothing', async () => {
    await importText(REQUEST);
    expect(currentDesign()!.name).toBe('My design');
    renameDesign(currentDesign()!.id, 'Campaign');
    await importFile(file('other.json'));
    expect(currentDesign()!.name).toBe('Campaign');
  });
});
