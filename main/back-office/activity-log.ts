import { z } from 'zod';
import type { ActivityEntry, ActivityPage } from '../ipc/channels/back-office.ts';
import type { SettingsBacking } from '../settings/settings-repository.ts';

/** The log keeps the newest entries only, so its file stays well under a megabyte. */
export const activityCapacity = 5_000;

const entrySchema = z.object({
  at: z.number(),
  counterOutlet: z.string().nullable(),
  action: z.enum([
    'invoice-void',
    'invoice-restore',
    'invoice-erase',
    'order-reference',
    'variant-update',
    'variant-add',
    'variant-delete',
  ]),
  outlet: z.string().nullable(),
  document: z.string(),
  detail: z.string(),
  result: z.enum(['done', 'refused', 'uncertain']),
  message: z.string(),
});
const fileSchema = z.object({ version: z.literal(1), entries: z.array(z.unknown()) });

/**
 * Every write made from this counter: when, what, which document, how it ended. Kept in the
 * feature's own store so it survives a restart; oldest first in the store.
 */
export class ActivityLog {
  readonly #backing: SettingsBacking<unknown>;
  readonly #entries: ActivityEntry[];

  constructor(backing: SettingsBacking<unknown>) {
    this.#backing = backing;
    const parsed = fileSchema.safeParse(backing.read());
    // One unreadable line is dropped; the rest of the log is kept.
    this.#entries = parsed.success
      ? parsed.data.entries.flatMap((entry) => {
          const one = entrySchema.safeParse(entry);
          return one.success ? [one.data] : [];
        })
      : [];
  }

  append(entry: ActivityEntry): void {
    // Copied field by field: nothing else a caller's object carries reaches the file.
    this.#entries.push(entrySchema.parse(entry));
    if (this.#entries.length > activityCapacity) {
      this.#entries.splice(0, this.#entries.length - activityCapacity);
    }
    this.#backing.write({ version: 1, entries: this.#entries });
  }

  /** The newest `limit` entries, newest first. */
  latest(limit: number): ActivityPage {
    return { entries: this.#entries.slice(-limit).reverse(), total: this.#entries.length };
  }

  /** Every entry, oldest first. */
  all(): readonly ActivityEntry[] {
    return this.#entries;
  }
}
