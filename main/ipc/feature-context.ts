import type { ConnectionService } from '../connection/connection-service.ts';
import type { SettingsBacking, SettingsRepository } from '../settings/settings-repository.ts';

/**
 * What a feature's handlers get from the app: the connection (its DealPOS client and governor),
 * the settings, a clock, and a named JSON store of their own that survives restarts
 * (electron-store in the app, memory in tests).
 */
export interface FeatureContext {
  connection: ConnectionService;
  settings: SettingsRepository;
  /** Epoch ms. */
  now(): number;
  /** A store for one feature's own state; read() gives what was last written (undefined at first). */
  openStore(name: string): SettingsBacking<unknown>;
  /** Log lines for the app log. Never pass a secret, a token or a PIN. */
  log(message: string): void;
}
