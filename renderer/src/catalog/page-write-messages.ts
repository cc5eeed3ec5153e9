import type { SyncProgress } from './catalog-db.ts';

/** The page asks the write worker to store a page of rows, packed, and the sync's place with its last transaction (page-store.ts). */
export interface PageWriteRequest {
  kind: 'write';
  id: number;
  /** The catalog database's name (opened at its current version, which the page's Dexie set up). */
  database: string;
  /** The pack store of the slot being filled, and the meta store the progress row goes to. */
  packs: string;
  meta: string;
  /** What the page's packs' keys start with (catalog-packs.ts `pagePrefix`). */
  page: string;
  /** The page's rows as main sent them, JSON: the worker parses and packs them, so the page's thread only passes text on. */
  rowsJson: string;
  progress: SyncProgress;
}

/**
 * The page tells the worker a scan began or its lookup started (`foreground`: it holds its next
 * transaction until scans pause), or the lookup was answered (give-way.ts).
 */
export interface ForegroundNote {
  kind: 'foreground' | 'answered';
}

export type PageWorkerMessage = PageWriteRequest | ForegroundNote;

/** The span of a page's write transactions, first opened to last committed, as the worker saw it, in epoch ms (`timeOrigin + now()`): worker and page clocks differ in origin. */
export interface WriteSpan {
  stores: string[];
  start: number;
  end: number;
}

export type PageWriteReply =
  | { id: number; ok: true; transaction: WriteSpan }
  | { id: number; ok: false; message: string };
