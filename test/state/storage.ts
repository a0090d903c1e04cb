import type { StorageLike } from '../../src/state/persist';

/** Storage in memory, as localStorage behaves with room to spare; counts its writes. */
export class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  writes = 0;
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.writes++;
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

/** Storage with room for about 5 MB, as browsers give a page. */
export class SmallStorage extends MemoryStorage {
  constructor(readonly room = 5_200_000) {
    super();
  }
  override setItem(k: string, v: string) {
    let used = k.length + v.length;
    for (const [key, value] of this.map) if (key !== k) used += key.length + value.length;
    if (used > this.room) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    super.setItem(k, v);
  }
}
