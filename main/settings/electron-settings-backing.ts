import { z } from 'zod';
import { type Settings, type SettingsBacking, settingsSchema } from './settings-repository.ts';

/** One JSON Schema per top-level key: the shape electron-store's `schema` option takes. */
export type StoreSchema = Record<string, Record<string, unknown>>;

/** What the backing needs of electron-store (it is conf's `store` property: the whole file). */
export interface SettingsStore {
  store: Record<string, unknown>;
}

export interface SettingsStoreOptions {
  name: string;
  schema: StoreSchema;
  clearInvalidConfig: boolean;
  /** The file's mode: the owner's only (conf applies it with chmod on every write). */
  configFileMode: number;
}

/**
 * Settings and feature files are the owner's alone: on a shared shop PC another OS user must not
 * read the encrypted secret, the PIN-check log or the lockouts (the default would be 0644).
 */
export const settingsFileMode = 0o600;

/**
 * The settings file's JSON Schema, made from the same zod schema the repository parses with, so
 * the two cannot drift apart. The input shape is used: keys with a default may be missing in a
 * file written by an older version, and electron-store fills them in.
 */
export function settingsStoreSchema(): StoreSchema {
  const { properties } = z.toJSONSchema(settingsSchema, { io: 'input' });
  return structuredClone(properties ?? {}) as StoreSchema;
}

/**
 * Settings kept in `settings.json` in the app's userData folder, through electron-store. `open`
 * is `(options) => new Store(options)`; a test gives it conf, which electron-store extends.
 *
 * A file the schema refuses (hand-edited, half-written, from a newer version) is cleared rather
 * than crashing the app at start: it starts unconfigured, as SettingsRepository does with one.
 */
export function createElectronSettingsBacking(
  open: (options: SettingsStoreOptions) => SettingsStore,
): SettingsBacking {
  const store = open({
    name: 'settings',
    schema: settingsStoreSchema(),
    clearInvalidConfig: true,
    configFileMode: settingsFileMode,
  });
  return {
    read: () => store.store,
    write: (settings: Settings) => {
      store.store = settings;
    },
  };
}

/**
 * Opens a feature's own file (`feature-<name>.json` in userData): lockouts, the audit log, label
 * profiles. The feature parses what it reads with its own zod schema, so the file's schema only
 * says there is one `value`.
 */
export function createFeatureStoreOpener(
  open: (options: SettingsStoreOptions) => SettingsStore,
): (name: string) => SettingsBacking<unknown> {
  const opened = new Map<string, SettingsStore>();
  return (name) => {
    if (!/^[a-z][a-z0-9-]{0,40}$/.test(name)) throw new Error(`Not a store name: ${name}`);
    let store = opened.get(name);
    if (!store) {
      store = open({
        name: `feature-${name}`,
        schema: { value: {} },
        clearInvalidConfig: true,
        configFileMode: settingsFileMode,
      });
      opened.set(name, store);
    }
    const file = store;
    return {
      read: () => file.store.value,
      write: (value: unknown) => {
        file.store = { value };
      },
    };
  };
}
