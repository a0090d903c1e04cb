/**
 * What a batch is made of (src/features/batch/collect.ts): a dropped folder walked through the
 * File and Directory Entries API (webkitGetAsEntry), as Chromium gives it (readEntries in
 * pieces until an empty one); picked files and folders; pasted NDJSON.
 */
import { describe, expect, it } from 'vitest';
import { dropEntries, entriesFromDrop, entriesFromFileList, entriesFromNdjson, type EntryLike } from '../../../src/features/batch/collect';

const file = (fullPath: string, fail = false): EntryLike => ({
  isFile: true,
  isDirectory: false,
  name: fullPath.split('/').pop()!,
  fullPath,
  file: (ok, ko) => (fail ? ko?.(new Error('NotReadableError')) : ok(new File([`{"at":"${fullPath}"}`], fullPath.split('/').pop()!))),
});

/** A folder whose reader hands out its entries `piece` at a time, then an empty list (as Chromium does, 100 at a time). */
const folder = (fullPath: string, children: EntryLike[], piece = 2): EntryLike => ({
  isFile: false,
  isDirectory: true,
  name: fullPath.split('/').pop()!,
  fullPath,
  createReader: () => {
    let at = 0;
    return {
      readEntries: (ok) => {
        const next = children.slice(at, at + piece);
        at += piece;
        setTimeout(() => ok(next), 0);
      },
    };
  },
});

describe('a dropped folder', () => {
  it('gives every .json file in it and its sub-folders, named by its path, sorted; other files are left out', async () => {
    const dropped = folder('/requests', [
      file('/requests/b.json'),
      file('/requests/README.md'),
      folder('/requests/nested', [file('/requests/nested/c.JSON'), file('/requests/nested/image.png')]),
      file('/requests/a.json'),
      file('/requests/Z.json'),
    ]);
    const { entries, skipped } = await entriesFromDrop([dropped]);
    expect(entries.map((e) => e.name)).toEqual(['requests/Z.json', 'requests/a.json', 'requests/b.json', 'requests/nested/c.JSON']);
    expect(skipped).toEqual([]);
    const first = entries[1]!;
    expect('file' in first && (await first.file.text())).toBe('{"at":"/requests/a.json"}');
  });

  it('reads a folder of more entries than one readEntries call gives (250, in pieces of 100)', async () => {
    const many = Array.from({ length: 250 }, (_, i) => file(`/big/${String(i).padStart(3, '0')}.json`));
    const { entries } = await entriesFromDrop([folder('/big', many, 100)]);
    expect(entries).toHaveLength(250);
    expect(entries[249]!.name).toBe('big/249.json');
  });

  it('a file dropped on its own is taken whatever its name; one that cannot be read is named in skipped, and the others go on', async () => {
    const { entries, skipped } = await entriesFromDrop([file('/notes.txt'), null, file('/gone.json', true), file('/ok.json')]);
    expect(entries.map((e) => e.name)).toEqual(['notes.txt', 'ok.json']);
    expect(skipped).toEqual(['gone.json']);
  });

  it('dropEntries takes the entries of a drop while it lasts (webkitGetAsEntry), or null where the browser has none', () => {
    const entry = file('/a.json');
    const withEntries = { items: [{ kind: 'file', webkitGetAsEntry: () => entry }, { kind: 'string', webkitGetAsEntry: () => null }] } as unknown as DataTransfer;
    expect(dropEntries(withEntries)).toEqual([entry]);
    const without = { items: [{ kind: 'file' }] } as unknown as DataTransfer;
    expect(dropEntries(without)).toBeNull();
    const scripted = { items: [{ kind: 'file', webkitGetAsEntry: () => null }] } as unknown as DataTransfer;
    expect(dropEntries(scripted)).toBeNull();
  });
});

describe('picked files', () => {
  const picked = (path: string) => Object.defineProperty(new File(['{}'], path.split('/').pop()!), 'webkitRelativePath', { value: path });
  it('a folder picked: its .json files by their path in it, sorted', () => {
    const list = [picked('req/b.json'), picked('req/notes.txt'), picked('req/sub/a.json')];
    expect(entriesFromFileList(list, true).map((e) => e.name)).toEqual(['req/b.json', 'req/sub/a.json']);
  });
  it('files picked one by one: all of them, by name', () => {
    const list = [new File(['x'], 'z.txt'), new File(['{}'], 'a.json')];
    expect(entriesFromFileList(list, false).map((e) => e.name)).toEqual(['a.json', 'z.txt']);
  });
});

describe('pasted NDJSON', () => {
  it('a request per line that is not blank, named by its line; CRLF too', () => {
    expect(entriesFromNdjson('{"a":1}\r\n\n  \n{"b":\n')).toEqual([
      { name: 'pasted line 1', text: '{"a":1}' },
      { name: 'pasted line 4', text: '{"b":' },
    ]);
  });
});
