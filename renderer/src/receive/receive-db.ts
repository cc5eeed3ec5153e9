import Dexie, { type Table } from 'dexie';
import type { ReceiveCount } from './receive-count.ts';

/** Where counts in progress are kept, so a reload, a crash or a closed app loses no scan. */
export interface CountSaver {
  put(count: ReceiveCount): Promise<void>;
  remove(id: string): Promise<void>;
  get(id: string): Promise<ReceiveCount | undefined>;
  /** Every count in progress, the most recently touched first. */
  all(): Promise<ReceiveCount[]>;
}

/**
 * The counts on this PC, in IndexedDB of their own (not the catalog's database, which a sync
 * replaces): the page writes there without main, so a count goes on with no connection at all.
 */
export class ReceiveDb extends Dexie {
  counts!: Table<ReceiveCount, string>;

  constructor(name = 'dealpos-receive', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ counts: 'id, updatedAt' });
  }
}

export function dexieCountSaver(db: ReceiveDb): CountSaver {
  return {
    async put(count) {
      await db.counts.put(count);
    },
    async remove(id) {
      await db.counts.delete(id);
    },
    get: (id) => db.counts.get(id),
    all: () => db.counts.orderBy('updatedAt').reverse().toArray(),
  };
}
