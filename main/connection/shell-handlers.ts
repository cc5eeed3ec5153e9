import type { HandlersFor } from '../ipc/channel.ts';
import type { SecretVault } from '../settings/secret-vault.ts';
import type { SettingsRepository } from '../settings/settings-repository.ts';
import type { ConnectionService } from './connection-service.ts';
import type { shellChannels } from './shell-channels.ts';

/**
 * What the shell's handlers use of the app's FeatureContext (main/core), spelled out here: the
 * context is built on the connection, so this folder cannot import it without a loop.
 */
export interface ShellContext {
  connection: ConnectionService;
  settings: SettingsRepository;
  vault: Pick<SecretVault, 'protection'>;
  version: string;
  osLocale: string;
}

/** The shell's channels: app info, the language setting, the connection and the quota meter. */
export function createShellHandlers(services: ShellContext): HandlersFor<typeof shellChannels> {
  const { connection, settings } = services;
  return {
    'app:info': async () => ({
      version: services.version,
      osLocale: services.osLocale,
      secretProtection: await services.vault.protection(),
    }),
    'settings:get': () => ({ language: settings.get().language }),
    'settings:set-language': ({ language }) => ({
      language: settings.update((current) => ({ ...current, language })).language,
    }),
    'connection:get': () => connection.view(),
    'connection:test': (input) => connection.test(input),
    'connection:save': (input) => connection.save(input),
    'connection:choose-outlet': (input) => connection.chooseOutlet(input),
    'connection:start-demo': () => connection.startDemo(),
    'connection:disconnect': () => connection.disconnect(),
    'outlets:list': () => connection.client().outlets.list(),
    'quota:get': () => connection.quota(),
  };
}
