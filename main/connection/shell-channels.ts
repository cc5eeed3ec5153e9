import { z } from 'zod';
import type { GovernorState } from '../dealpos/rate-governor.ts';
import type { Outlet } from '../dealpos/schemas/store.ts';
import { approvalField } from '../ipc/approval.ts';
import { channel, none, text } from '../ipc/channel.ts';
import type { SecretProtection } from '../settings/secret-vault.ts';
import { type Language, languageSchema } from '../settings/settings-repository.ts';

// The shell: app info, settings, the DealPOS connection and the quota meter.

export type { SecretProtection } from '../settings/secret-vault.ts';
export { type Language, languageSchema } from '../settings/settings-repository.ts';

/** What the Connect screen sends. The secret travels page -> main only, never back. */
export const credentialsInput = z
  .object({
    host: text(200),
    clientId: text(100),
    clientSecret: text(200),
  })
  .strict();
export type CredentialsInput = z.infer<typeof credentialsInput>;

export const saveConnectionInput = credentialsInput
  .extend({
    /** The admin agreed to keep the secret where the OS offers no real encryption (Linux without a keyring). */
    allowWeakEncryption: z.boolean().optional(),
    /** A manager's approval, needed when it replaces a working connection (issue #12). */
    ...approvalField,
  })
  .strict();
export type SaveConnectionInput = z.infer<typeof saveConnectionInput>;

export const chooseOutletInput = z.object({ outletId: text(100), outletName: text(200) }).strict();
export type ChooseOutletInput = z.infer<typeof chooseOutletInput>;

/** Forgetting a working connection needs a manager's approval (issue #12). */
export const disconnectInput = z.object(approvalField).strict().optional();

export const setLanguageInput = z.object({ language: languageSchema }).strict();

export interface AppInfo {
  version: string;
  /** The OS locale, e.g. "id-ID", used when no language was chosen. */
  osLocale: string;
  secretProtection: SecretProtection;
}

export interface SettingsView {
  /** The language the user chose, or null to follow the OS. */
  language: Language | null;
}

export type ConnectionMode = 'none' | 'live' | 'demo';

/** What the page may know about the connection: never the secret, only whether one is set. */
export interface ConnectionView {
  mode: ConnectionMode;
  host: string | null;
  clientId: string | null;
  secretSet: boolean;
  outlet: { id: string; name: string } | null;
  /** False after the last DealPOS request failed for want of a network. */
  online: boolean;
  /** Why the app started not connected when something was saved; absent otherwise. */
  startProblem?: ConnectionStartProblem;
}

/**
 * `settings-unreadable`: the settings file could not be read or did not fit; `saved-connection-unusable`:
 * the saved store address is one the app refuses (or the demo store would not start).
 */
export type ConnectionStartProblem = 'settings-unreadable' | 'saved-connection-unusable';

export interface ConnectionTestResult {
  outlets: Outlet[];
}

export const shellChannels = {
  'app:info': channel<AppInfo>()(none),
  'settings:get': channel<SettingsView>()(none),
  'settings:set-language': channel<SettingsView>()(setLanguageInput),
  'connection:get': channel<ConnectionView>()(none),
  'connection:test': channel<ConnectionTestResult>()(credentialsInput),
  'connection:save': channel<ConnectionView>()(saveConnectionInput),
  'connection:choose-outlet': channel<ConnectionView>()(chooseOutletInput),
  'connection:start-demo': channel<ConnectionView>()(none),
  'connection:disconnect': channel<ConnectionView>()(disconnectInput),
  'outlets:list': channel<Outlet[]>()(none),
  'quota:get': channel<GovernorState>()(none),
} as const;

export interface ShellEvents {
  'quota:changed': GovernorState;
  'connection:changed': ConnectionView;
}
