import type { ConnectionService } from '../connection/connection-service.ts';
import type { SecretVault } from '../settings/secret-vault.ts';
import type { SettingsBacking, SettingsRepository } from '../settings/settings-repository.ts';

/**
 * What every feature's handlers get from the app, built once by `createAppServices` from its
 * options (defaults filled in): the connection (its DealPOS client and governor), the settings,
 * a clock, a named JSON store per feature that survives restarts (electron-store in the app,
 * memory in tests). A feature that needs more says so in its own type (labels: the printer;
 * customers: the photo downloads), and main/app-handlers.ts hands every feature the one context.
 */
export interface FeatureContext {
  connection: ConnectionService;
  settings: SettingsRepository;
  vault: SecretVault;
  version: string;
  osLocale: string;
  /** Epoch ms. */
  now(): number;
  /** A store for one feature's own state; read() gives what was last written (undefined at first). */
  openStore(name: string): SettingsBacking<unknown>;
  /** Log lines for the app log. Never pass a secret, a token or a PIN. */
  log(message: string): void;
}
