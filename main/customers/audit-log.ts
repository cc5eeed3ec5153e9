import { z } from 'zod';
import { CappedLog } from '../settings/capped-log.ts';
import type { SettingsBacking } from '../settings/settings-repository.ts';
import type { AuditEntry } from './customer-channels.ts';

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
  /** Who approved a clear (issue #12); older logs have none. */
  approvedBy: z.string().optional(),
});
/**
 * The PIN check log: when, which outlet, which customer, what came of it. It never holds a PIN,
 * typed or stored: `AuditEntry` has no field for one.
 */
export class AuditLog extends CappedLog<AuditEntry> {
  constructor(backing: SettingsBacking<unknown>) {
    super(backing, entrySchema, auditCapacity);
  }
}
