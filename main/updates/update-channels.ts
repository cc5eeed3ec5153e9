import { z } from 'zod';
import { approvalField } from '../ipc/approval.ts';
import { channel, none, text } from '../ipc/channel.ts';
import type { UpdateView } from './update-scheduler.ts';

export type { BusyReason, UpdatePhase } from './update-policy.ts';
export type { UpdateView } from './update-scheduler.ts';

// Updates (issue #16): electron-updater behind a policy in main; the page shows the state, lets
// an admin point the counter at another feed, and tells main when a restart would hurt.

export const setBusyInput = z
  .object({ reason: z.enum(['count', 'print', 'receive']), busy: z.boolean() })
  .strict();

/** An admin's feed address (https), or null to go back to the one built into the app. */
export const setFeedInput = z.object({ feedUrl: text(500).nullable(), ...approvalField }).strict();

export interface UpdateSettingsView extends UpdateView {
  current: string;
  /** The admin's feed address, null when the built-in one is used. */
  feedUrl: string | null;
}

export const updateChannels = {
  'updates:state': channel<UpdateSettingsView>()(none),
  /** Looks for a new version now; answers when the check is done. */
  'updates:check': channel<UpdateSettingsView>()(none),
  /** Restarts into the downloaded version; refused while a count or print is busy. */
  'updates:restart': channel<null>()(none),
  /** The page says a count (or a print, or receiving goods) started or ended. */
  'updates:set-busy': channel<null>()(setBusyInput),
  /** Admin only (manager approval): where this counter looks for updates. */
  'updates:set-feed': channel<UpdateSettingsView>()(setFeedInput),
} as const;

// biome-ignore lint/complexity/noBannedTypes: no events
export type UpdateEvents = {};
