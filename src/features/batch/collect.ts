/**
 * What a batch is made of: files picked one by one, a folder picked or dropped (walked
 * through DataTransferItem.webkitGetAsEntry, every .json file in it and its sub-folders),
 * or pasted NDJSON (a request per line). Each entry is named as `npm run check` would name
 * it when run in the folder above: its path inside what was dropped ("requests/a.json").
 */

/** A file to check, before it is read: a File (read in the worker), or pasted text. */
export type BatchEntry = { name: string; file: File } | { name: string; text: string };

/** The parts of the File and Directory Entries API used here (a folder dropped in Chromium, Firefox, Safari). */
export interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
  file?(success: (f: File) => void, failure?: (e: unknown) => void): void;
  createReader?(): { readEntries(success: (entries: EntryLike[]) => void, failure?: (e: unknown) => void): void };
}

const isJsonName = (name: string) => /\.json$/i.test(name);

/** Sorted by name, code unit by code unit (as a shell glob sorts in the C locale): a batch's order never depends on how it came. */
export function byName<T extends { name: string }>(entries: T[]): T[] {
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Files from a file picker: with a folder picked (webkitdirectory), each file's path in it, and only its .json files. */
export function entriesFromFileList(files: ArrayLike<File>, folder: boolean): BatchEntry[] {
  const out: BatchEntry[] = [];
  for (const file of Array.from(files)) {
    const path = file.webkitRelativePath || file.name;
    if (folder && !isJsonName(path)) continue;
    out.push({ name: path, file });
  }
  return byName(out);
}

function readAll(reader: NonNullable<ReturnType<NonNullable<EntryLike['createReader']>>>): Promise<EntryLike[]> {
  // readEntries gives a folder's entries in pieces (100 at a time in Chromium) until it gives none.
  return new Promise((resolve, reject) => {
    const all: EntryLike[] = [];
    const next = () =>
      reader.readEntries((entries) => {
        if (entries.length === 0) resolve(all);
        else {
          all.push(...entries);
          next();
        }
      }, reject);
    next();
  });
}

const fileOf = (entry: EntryLike) => new Promise<File>((resolve, reject) => entry.file!(resolve, reject));

/**
 * Walks dropped entries: a file dropped on its own is taken whatever its name; in a folder,
 * its .json files, sub-folders included. A file or folder that cannot be read is left out
 * and named in `skipped`.
 */
export async function entriesFromDrop(entries: readonly (EntryLike | null)[]): Promise<{ entries: BatchEntry[]; skipped: string[] }> {
  const out: BatchEntry[] = [];
  const skipped: string[] = [];
  const name = (e: EntryLike) => e.fullPath.replace(/^\/+/, '') || e.name;
  const walk = async (entry: EntryLike, top: boolean): Promise<void> => {
    try {
      if (entry.isFile && entry.file) {
        if (top || isJsonName(entry.name)) out.push({ name: name(entry), file: await fileOf(entry) });
      } else if (entry.isDirectory && entry.createReader) {
        for (const child of await readAll(entry.createReader())) await walk(child, false);
      }
    } catch {
      skipped.push(name(entry));
    }
  };
  for (const entry of entries) if (entry) await walk(entry, true);
  return { entries: byName(out), skipped };
}

/** What a drop carries: its entries when the browser gives them (folders), else its plain files. */
export function dropEntries(data: DataTransfer): (EntryLike | null)[] | null {
  const items = Array.from(data.items ?? []).filter((i) => i.kind === 'file');
  if (items.length === 0 || typeof items[0]!.webkitGetAsEntry !== 'function') return null;
  const entries = items.map((i) => i.webkitGetAsEntry() as EntryLike | null);
  // A drop made by a script (a DataTransfer built in the page) has files but no entries.
  return entries.some((e) => e !== null) ? entries : null;
}

/** Pasted NDJSON: a request per line that is not blank, named by its line ("pasted line 3"). */
export function entriesFromNdjson(text: string): BatchEntry[] {
  return text
    .split(/\r\n|\r|\n/)
    .flatMap((line, i) => (line.trim() === '' ? [] : [{ name: `pasted line ${i + 1}`, text: line }]));
}
