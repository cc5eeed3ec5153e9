import { z } from 'zod';
import type { AuditEntry, AuditPage } from '../ipc/channels/customers.ts';
import type { SettingsBacking } from '../settings/settings-repository.ts';

/** The log keeps the newest entries only, so its file stays around a megabyte. */
export const auditCapacity = 10_000;

const entrySchema = z.object({
  at: z.number(),
  outlet: z.string().nullable(),
  customerCode: z.string(),
  result: z.enum([
    'verified',
    'wrong',
    'locked-out',
    'locked',
    'refused',
    'no-pin',
    'offline',
    'error',
    'lockout-cleared',
  ]),
});
const fileSchema = z.object({ version: z.literal(1), entries: z.array(z.unknown()) });

/**
 * The PIN check log: when, which outlet, which customer, what came of it. It never holds a PIN,
 * typed or stored: `AuditEntry` has no field for one. Oldest first in the store.
 */
export class AuditLog {
  readonly #backing: SettingsBacking<unknown>;
  readonly #entries: AuditEntry[];

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

  append(entry: AuditEntry): void {
    this.#entries.push({
      at: entry.at,
      outlet: entry.outlet,
      customerCode: entry.customerCode,
      result: entry.result,
    });
    if (this.#entries.length > auditCapacity) this.#entries.splice(0, this.#entries.length - auditCapacity);
    this.#backing.write({ version: 1, entries: this.#entries });
  }

  /** The newest `limit` entries, newest first. */
  latest(limit: number): AuditPage {
    return { entries: this.#entries.slice(-limit).reverse(), total: this.#entries.length };
  }

  /** Every entry, oldest first. */
  all(): readonly AuditEntry[] {
    return this.#entries;
  }
}
