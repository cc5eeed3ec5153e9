import { z } from 'zod';
import { CappedLog } from '../settings/capped-log.ts';
import type { SettingsBacking } from '../settings/settings-repository.ts';
import type { ActivityEntry } from './back-office-channels.ts';

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
/**
 * Every write made from this counter: when, what, which document, how it ended. Kept in the
 * feature's own store so it survives a restart.
 */
export class ActivityLog extends CappedLog<ActivityEntry> {
  constructor(backing: SettingsBacking<unknown>) {
    super(backing, entrySchema, activityCapacity);
  }
}
