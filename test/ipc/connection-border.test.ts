import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectionView, IpcError, IpcResult } from '../../main/app-contract.ts';
import { type AppServices, createAppServices } from '../../main/app-services.ts';
import { ConnectionService } from '../../main/connection/connection-service.ts';
import { RateGovernor } from '../../main/dealpos/rate-governor.ts';
import {
  createElectronSettingsBacking,
  type SettingsStoreOptions,
} from '../../main/settings/electron-settings-backing.ts';
import { openSettingsFile } from '../../main/settings/settings-file.ts';
import {
  memoryBacking,
  type SettingsBacking,
  SettingsRepository,
} from '../../main/settings/settings-repository.ts';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';
import { type LocalServer, startLocalServer } from '../support/local-server.ts';
import { standInVault } from '../support/stand-in-vault.ts';

// The connection channels through the real dispatcher and services, against real servers on
// this PC: the simulator (allowed as a local store, as a developer's DEALPOS_SIM_URL would be)
// and plain HTTP servers standing for whatever a page might try to make main talk to.

const appUrl = 'app://dealpos/index.html';
let sim: RunningSimulator;
const running: AppServices[] = [];
const servers: LocalServer[] = [];

beforeAll(async () => {
  sim = await startSimulator({ variants: 50, quiet: true });
});
afterAll(() => sim.close());
afterEach(async () => {
  await Promise.all(running.splice(0).map((services) => services.close()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function boot(backing: SettingsBacking = memoryBacking(), localStores: string[] = [sim.baseUrl]) {
  const services = await createAppServices({
    settingsBacking: backing,
    vault: standInVault(),
    startDemo: () => Promise.reject(new Error('no demo in this test')),
    isTrustedSender: (url) => url === appUrl,
    version: 'test',
    osLocale: 'en-US',
    localStores,
  });
  running.push(services);
  return <T>(channel: string, payload?: unknown) =>
    services.dispatch(channel, appUrl, payload) as Promise<IpcResult<T>>;
}

const errorOf = (result: IpcResult<unknown>): IpcError => {
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
};

async function server(answer?: Parameters<typeof startLocalServer>[0]) {
  const started = await startLocalServer(answer);
  servers.push(started);
  return started;
}

describe('which stores the connect form may reach', () => {
  it('an address outside DealPOS is refused before main sends it anything', async () => {
    const call = await boot();
    const elsewhere = await server();
    for (const host of [elsewhere.origin, `${elsewhere.origin}/api/v3/`, 'https://evil.example.com']) {
      const tested = errorOf(
        await call('connection:test', { host, clientId: 'a', clientSecret: 'the-secret' }),
      );
      expect(tested.kind, host).toBe('config');
      expect(errorOf(await call('connection:save', { host, clientId: 'a', clientSecret: 'b' })).kind).toBe(
        'config',
      );
    }
    expect(elsewhere.connections).toBe(0);
  });
});

describe('a connection that cannot be used never stops the app from starting', () => {
  it('a refused address is not saved, and the app still starts next time', async () => {
    const backing = memoryBacking();
    const call = await boot(backing);
    const saved = await call('connection:save', {
      host: 'https://acme.dealpos.net/admin',
      clientId: 'a',
      clientSecret: 'b',
    });
    expect(errorOf(saved).kind).toBe('config');
    expect(backing.current).toEqual({});
    const again = await boot(backing);
    expect(await again<ConnectionView>('connection:get')).toMatchObject({
      ok: true,
      value: { mode: 'none' },
    });
  });

  it('a saved address the app now refuses starts it not connected, saying why', async () => {
    const vault = standInVault();
    const backing = memoryBacking({
      connection: {
        mode: 'live',
        host: 'http://192.168.1.20:8080',
        clientId: 'kasir-1',
        secret: { protection: 'os', data: await vault.encrypt('s3cret') },
      },
    });
    const call = await boot(backing);
    const view = await call<ConnectionView>('connection:get');
    expect(view).toEqual({
      ok: true,
      value: expect.objectContaining({ mode: 'none', startProblem: 'saved-connection-unusable' }),
    });
    expect(errorOf(await call('outlets:list')).kind).toBe('not-connected');

    // Connecting again clears the notice.
    const saved = await call<ConnectionView>('connection:save', {
      host: sim.baseUrl,
      ...sim.credentials.full,
    });
    expect(saved.ok && saved.value.mode).toBe('live');
    expect(saved.ok && 'startProblem' in saved.value).toBe(false);
  });

  describe('a settings file the app cannot use', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'dealpos-settings-file-'));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });
    // electron-store is conf in Electron's userData folder: conf itself, in a temporary folder,
    // with the options the app gives electron-store.
    const open = (options: SettingsStoreOptions) =>
      new Conf<Record<string, unknown>>({
        cwd: dir,
        configName: options.name,
        schema: options.schema,
        clearInvalidConfig: options.clearInvalidConfig,
      });
    const file = () => join(dir, 'settings.json');

    it.each([
      ['half-written', '{"connection": {"mode": "live", "host": "acm'],
      ['refused by the schema', '{"connection": {"mode": "live"}, "language": 42}'],
    ])('one %s starts the app not connected, saying why, and connecting again works', async (_case, text) => {
      await writeFile(file(), text);
      const call = await boot(openSettingsFile(open));
      expect(await call('connection:get')).toEqual({
        ok: true,
        value: expect.objectContaining({ mode: 'none', startProblem: 'settings-unreadable' }),
      });
      const saved = await call<ConnectionView>('connection:save', {
        host: sim.baseUrl,
        ...sim.credentials.full,
      });
      expect(saved.ok && saved.value.mode).toBe('live');
      expect(JSON.parse(await readFile(file(), 'utf8'))).toMatchObject({ connection: { host: sim.baseUrl } });
    });

    it('one the app may not open at all starts it not connected, saying why', async () => {
      // A folder where settings.json should be: conf cannot read it (EISDIR), as with a file the
      // user may not open, and electron-store would throw while the app starts.
      await mkdir(file());
      expect(() => createElectronSettingsBacking(open)).toThrow();
      const call = await boot(openSettingsFile(open));
      expect(await call('connection:get')).toEqual({
        ok: true,
        value: expect.objectContaining({ mode: 'none', startProblem: 'settings-unreadable' }),
      });
    });

    it('a good one raises no notice', async () => {
      const call = await boot(openSettingsFile(open));
      const view = await call<ConnectionView>('connection:get');
      expect(view.ok && 'startProblem' in view.value).toBe(false);
    });
  });
});

describe('what a failed connection test gives the page', () => {
  it('a huge error body reaches the page as a short, clean text', async () => {
    const garbage = `Refused\u0000\u001b[31m\u202Eevil\r\n${'x'.repeat(1024 * 1024)}`;
    const store = await server((request, response) => {
      if (request.url?.endsWith('/Token/OAuth2')) {
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"access_token":"t"}');
      } else {
        response
          .writeHead(409, { 'content-type': 'application/json' })
          .end(JSON.stringify({ Message: garbage }));
      }
    });
    const call = await boot(memoryBacking(), [store.origin]);
    const error = errorOf(
      await call('connection:test', { host: store.origin, clientId: 'a', clientSecret: 'b' }),
    );
    expect(error.kind).toBe('conflict');
    for (const text of [error.message, error.dealposMessage ?? '']) {
      expect(text.length).toBeGreaterThan(0);
      expect(text.length).toBeLessThanOrEqual(500);
      expect(text).not.toMatch(/[\p{Cc}\p{Cf}]/u);
      expect(text.startsWith('Refused [31m evil xxx')).toBe(true);
      expect(text.endsWith('…')).toBe(true);
    }
  });
});

describe('request governors of stores tried', () => {
  /** A governor that remembers being closed: whether one still holds timers and a queue. */
  function countingGovernors() {
    const open = new Set<RateGovernor>();
    class Counted extends RateGovernor {
      override close(reason?: unknown): void {
        open.delete(this);
        super.close(reason);
      }
    }
    return {
      open,
      newGovernor: () => {
        const governor = new Counted();
        open.add(governor);
        return governor;
      },
    };
  }

  it('trying many stores leaves only the connected account with a governor', async () => {
    const refusing = await Promise.all(
      [1, 2, 3].map(() => server((_request, response) => response.writeHead(401).end())),
    );
    const governors = countingGovernors();
    const connection = new ConnectionService({
      settings: new SettingsRepository(memoryBacking()),
      vault: standInVault(),
      startDemo: () => Promise.reject(new Error('no demo here')),
      localStores: [sim.baseUrl, ...refusing.map((s) => s.origin)],
      newGovernor: governors.newGovernor,
    });
    try {
      for (const store of refusing) {
        await expect(
          connection.test({ host: store.origin, clientId: 'a', clientSecret: 'b' }),
        ).rejects.toThrow();
      }
      expect(refusing.map((s) => s.received.length)).toEqual([1, 1, 1]);
      expect(governors.open.size).toBe(0);

      // A successful test keeps its governor for the save; saving another store lets it go.
      await connection.test({ host: sim.baseUrl, ...sim.credentials.full });
      expect(governors.open.size).toBe(1);
      await connection.save({ host: sim.baseUrl, ...sim.credentials.full });
      expect(governors.open.size).toBe(1);
      await connection.test({ host: sim.baseUrl, ...sim.credentials.limited });
      expect(governors.open.size).toBe(1);
      // Disconnecting keeps the one just tested, which may still be saved; closing ends it.
      await connection.disconnect();
      expect(governors.open.size).toBe(1);
    } finally {
      await connection.close();
    }
    expect(governors.open.size).toBe(0);
  });
});
