import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createElectronSettingsBacking,
  createFeatureStoreOpener,
  type SettingsStoreOptions,
  settingsStoreSchema,
} from '../../main/settings/electron-settings-backing.ts';
import {
  type Settings,
  SettingsRepository,
  settingsSchema,
} from '../../main/settings/settings-repository.ts';

// electron-store is conf with Electron's userData folder as the place; the folder needs the
// Electron binary, so the test opens conf itself, in a temporary folder, with the exact options
// the backing gives electron-store. Validation (ajv) and clearing are conf's real code.

let dir: string;
const file = () => join(dir, 'settings.json');
const open = (options: SettingsStoreOptions) =>
  new Conf<Record<string, unknown>>({
    cwd: dir,
    configName: options.name,
    schema: options.schema,
    clearInvalidConfig: options.clearInvalidConfig,
  });
const repository = () => new SettingsRepository(createElectronSettingsBacking(open));

const connected: Settings = {
  language: 'id',
  connection: {
    mode: 'live',
    host: 'acme',
    clientId: 'kasir-1',
    secret: { protection: 'os', data: 'AQIDBA==' },
  },
  outlet: { id: 'OUT-1', name: 'Toko Pusat' },
};

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dealpos-settings-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('settings kept in settings.json', () => {
  it('the store is given a schema for every setting, made from the zod schema', () => {
    expect(Object.keys(settingsStoreSchema()).sort()).toEqual(Object.keys(settingsSchema.shape).sort());
  });

  it('a new PC starts unconfigured', () => {
    expect(repository().get()).toEqual(settingsSchema.parse({}));
  });

  it('what is saved is there after a restart', () => {
    repository().update(() => connected);
    expect(repository().get()).toEqual(connected);
  });

  it('the file holds the encrypted secret only', async () => {
    repository().update(() => connected);
    const text = await readFile(file(), 'utf8');
    expect(JSON.parse(text).connection.secret).toEqual({ protection: 'os', data: 'AQIDBA==' });
    expect(text).not.toMatch(/clientSecret/);
  });

  it('a file from an older version without some settings gets their defaults', async () => {
    await writeFile(file(), JSON.stringify({ language: 'en' }));
    expect(repository().get()).toEqual({ language: 'en', connection: { mode: 'none' }, outlet: null });
  });

  it('a hand-edited file the schema refuses is cleared, and the app starts unconfigured', async () => {
    await writeFile(file(), JSON.stringify({ ...connected, language: 'fr' }));
    expect(repository().get()).toEqual(settingsSchema.parse({}));
    expect(await readFile(file(), 'utf8')).not.toContain('kasir-1');
  });

  it('a file that is not JSON (a write cut off by a power cut) is cleared too', async () => {
    await writeFile(file(), '{"language": "id", "conn');
    expect(repository().get()).toEqual(settingsSchema.parse({}));
  });

  it('the store itself refuses to write settings outside the schema', () => {
    const backing = createElectronSettingsBacking(open);
    expect(() => backing.write({ ...connected, outlet: { id: '', name: 'x' } })).toThrow(/schema/i);
  });
});

describe("a feature's own store", () => {
  it('keeps what the feature wrote in its own file across a reopen', async () => {
    const lockouts = { HW001: { failures: 5, lockedUntil: 1_700_000_000_000 } };
    createFeatureStoreOpener(open)('customer-lockouts').write(lockouts);
    expect(JSON.parse(await readFile(join(dir, 'feature-customer-lockouts.json'), 'utf8'))).toEqual({
      value: lockouts,
    });
    expect(createFeatureStoreOpener(open)('customer-lockouts').read()).toEqual(lockouts);
    expect(createFeatureStoreOpener(open)('label-profiles').read()).toBeUndefined();
  });

  it('refuses a store name that could escape the settings folder', () => {
    expect(() => createFeatureStoreOpener(open)('../settings')).toThrow(/Not a store name/);
  });
});

describe('who may read the files on a shared PC', () => {
  it('settings and feature files are written readable by their owner only (0600)', async () => {
    const given: SettingsStoreOptions[] = [];
    // Every option the backing gives electron-store, straight to conf (electron-store's base).
    const passThrough = (options: SettingsStoreOptions) => {
      given.push(options);
      const { name, ...rest } = options;
      return new Conf<Record<string, unknown>>({ cwd: dir, configName: name, ...rest });
    };
    new SettingsRepository(createElectronSettingsBacking(passThrough)).update(() => connected);
    createFeatureStoreOpener(passThrough)('customer-lockouts').write({ HW001: { failures: 1 } });

    expect(given.map((options) => options.configFileMode)).toEqual([0o600, 0o600]);
    // Only where the OS keeps POSIX modes (Windows reports 0666 whatever is set).
    if (process.platform !== 'win32') {
      for (const name of ['settings.json', 'feature-customer-lockouts.json']) {
        expect(((await stat(join(dir, name))).mode & 0o777).toString(8), name).toBe('600');
      }
    }
  });
});
