import { z } from 'zod';
import { channel, none } from '../ipc/channel.ts';

// The manager passcode (issue #12): set while connecting, changed in Settings with the old one,
// asked for by the page before a guarded action. The passcode travels page -> main only.

/** At least 4 characters (digits or letters), at most 64. */
export const newPasscodeInput = z.string().min(4, 'A passcode has at least 4 characters.').max(64);

export const setPasscodeInput = z
  .object({
    /** The passcode now; needed once one is set. */
    current: z.string().min(1).max(64).optional(),
    next: newPasscodeInput,
    /**
     * The connected store's DealPOS Client Secret: the proof an admin gives to set the FIRST
     * passcode on a counter that is already connected (otherwise anyone at it could set one and
     * then clear PIN locks).
     */
    clientSecret: z.string().min(1).max(500).optional(),
  })
  .strict();
export type SetPasscodeInput = z.input<typeof setPasscodeInput>;

/** Where the manager passcode stands; never the passcode or its hash. */
export interface ManagerStatus {
  passcodeSet: boolean;
  /** Epoch ms while wrong tries have locked the passcode, else null. */
  lockedUntil: number | null;
  /** Wrong passcodes still allowed before the lock. */
  triesLeft: number;
}

export const managerChannels = {
  'manager:status': channel<ManagerStatus>()(none),
  /** Sets the first passcode, or changes it given the current one (a wrong one counts as a try). */
  'manager:set-passcode': channel<ManagerStatus>()(setPasscodeInput),
} as const;

// biome-ignore lint/complexity/noBannedTypes: no events
export type ManagerEvents = {};
