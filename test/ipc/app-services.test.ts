import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionView, IpcResult } from '../../main/app-contract.ts';
import { type AppServices, createAppServices } from '../../main/app-services.ts';
import type { DemoStore } from '../../main/connection/connection-service.ts';
import { memoryBacking } from '../../main/settings/settings-repository.ts';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';
import { standInVault } from '../support/stand-in-vault.ts';

// The main-process handlers through the same dispatcher Electron's ipcMain calls, with the real
// simulator behind them. Only the vault (Electron's safeStorage) and electron-store are stood in for.

const appUrl = 'app://dealpos/index.html';
let sim: RunningSimulator;
let services: AppServices | undefined;

beforeAll(async () => {
  sim = await startSimulator({ variants: 100, quiet: true });
});
afterAll(() => sim.close());
afterEach(async () => {
  await services?.close();
  services = undefined;
});

async function boot(
  options: { backing?: ReturnType<typeof memoryBacking>; vault?: ReturnType<typeof standInVault> } = {},
) {
  const backing = options.backing ?? memoryBacking();
  const vault = options.vault ?? standInVault();
  const demoStarts: string[] = [];
  services = await createAppServices({
    settingsBacking: backing,
    vault,
    startDemo: async (): Promise<DemoStore> => {
      demoStarts.push('demo');
      const demo = await startSimulator({ variants: 50, quiet: true });
      return { baseUrl: demo.baseUrl, credentials: demo.credentials.full, close: () => demo.close() };
    },
    isTrustedSender: (url) => url === appUrl,
    version: '0.1.0',
    osLocale: 'id-ID',
    // The simulator, and a port where nothing listens (DealPOS out of reach).
    localStores: [sim.baseUrl, 'http://127.0.0.1:9'],
  });
  const call = <T>(channel: string, payload?: unknown) =>
    services!.dispatch(channel, appUrl, payload) as Promise<IpcResult<T>>;
  return { services, backing, vault, call, demoStarts };
}

const good = () => ({ host: sim.baseUrl, ...sim.credentials.full });

describe('the main-process handlers behind IPC', () => {
  it('connects with good credentials, keeps the secret encrypted and never shows it to the page', async () => {
    const { call, backing } = await boot();
    const tested = await call<{ outlets: { id: string; name: string }[] }>('connection:test', good());
    expect(tested.ok && tested.value.outlets.length).toBeGreaterThan(0);
    const saved = await call<ConnectionView>('connection:save', good());
    expect(saved).toEqual({
      ok: true,
      value: expect.objectContaining({
        mode: 'live',
        secretSet: true,
        clientId: sim.credentials.full.clientId,
      }),
    });
    expect(JSON.stringify(saved)).not.toContain(sim.credentials.full.clientSecret);
    expect(JSON.stringify(backing.current)).not.toContain(sim.credentials.full.clientSecret);
    const outlet = tested.ok ? tested.value.outlets[0]! : undefined;
    const chosen = await call<ConnectionView>('connection:choose-outlet', {
      outletId: outlet!.id,
      outletName: outlet!.name,
    });
    expect(chosen.ok && chosen.value.outlet).toEqual({ id: outlet!.id, name: outlet!.name });
  });

  it('comes back connected after a restart, from the saved settings', async () => {
    const backing = memoryBacking();
    const first = await boot({ backing });
    await first.call('connection:save', good());
    await first.services.close();
    const second = await boot({ backing });
    const outlets = await second.call<unknown[]>('outlets:list');
    expect(outlets.ok && outlets.value.length).toBeGreaterThan(0);
  });

  it('answers a wrong secret with an auth error and saves nothing', async () => {
    const { call, backing } = await boot();
    const result = await call('connection:test', { ...good(), clientSecret: 'wrong-secret' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'auth' } });
    expect((await call<ConnectionView>('connection:get')).ok).toBe(true);
    expect(backing.current).toEqual({});
  });

  it('asks before keeping the secret where the OS can only hide it', async () => {
    const { call, backing } = await boot({ vault: standInVault('weak') });
    const refused = await call('connection:save', good());
    expect(refused).toMatchObject({ ok: false, error: { kind: 'weak-encryption' } });
    expect(backing.current).toEqual({});
    const agreed = await call<ConnectionView>('connection:save', { ...good(), allowWeakEncryption: true });
    expect(agreed.ok).toBe(true);
  });

  it('refuses hostile payloads with a clear error and changes nothing', async () => {
    const { call, backing } = await boot();
    const hostile: [string, unknown][] = [
      ['connection:save', { host: 1 }],
      ['connection:save', { ...good(), extra: '<script>' }],
      ['connection:choose-outlet', { outletId: '', outletName: 'x' }],
      ['settings:set-language', { language: 'fr' }],
      ['connection:test', 'a string'],
      ['connection:start-demo', { unexpected: true }],
      ['no-such:channel', undefined],
      ['__proto__', undefined],
    ];
    for (const [channel, payload] of hostile) {
      const result = await call(channel, payload);
      expect(result, channel).toMatchObject({ ok: false, error: { kind: 'invalid-input' } });
    }
    expect(backing.current).toEqual({});
  });

  it('refuses a message that did not come from the app page', async () => {
    const { services: s, backing } = await boot();
    for (const sender of [undefined, 'https://evil.example/', 'app://dealpos.evil/index.html']) {
      const result = await s.dispatch('connection:save', sender, good());
      expect(result).toMatchObject({ ok: false, error: { kind: 'untrusted-sender' } });
    }
    expect(backing.current).toEqual({});
  });

  it('starts the demo store and connects to it at its first outlet in one step', async () => {
    const { call, demoStarts } = await boot();
    const view = await call<ConnectionView>('connection:start-demo');
    expect(view).toMatchObject({ ok: true, value: { mode: 'demo', secretSet: true, host: null } });
    expect(view.ok && view.value.outlet?.name).toBeTruthy();
    expect(demoStarts).toHaveLength(1);
  });

  it('says it is not connected before a connection is set up', async () => {
    const { call } = await boot();
    expect(await call('outlets:list')).toMatchObject({ ok: false, error: { kind: 'not-connected' } });
  });

  it('publishes the quota after requests, for the meter', async () => {
    const { call, services: s } = await boot();
    const seen: number[] = [];
    s.onEvent((event, payload) => {
      if (event === 'quota:changed') seen.push((payload as { remaining: number }).remaining);
    });
    await call('connection:save', good());
    await call('outlets:list');
    const quota = await call<{ remaining: number; limit: number }>('quota:get');
    expect(quota.ok && quota.value.remaining).toBeLessThan(50);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('goes offline when DealPOS cannot be reached, and says so', async () => {
    const { call, services: s } = await boot();
    const views: ConnectionView[] = [];
    s.onEvent((event, payload) => {
      if (event === 'connection:changed') views.push(payload as ConnectionView);
    });
    await call('connection:save', { host: 'http://127.0.0.1:9/api/v3/', clientId: 'a', clientSecret: 'b' });
    const result = await call('outlets:list');
    expect(result).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(views.at(-1)?.online).toBe(false);
  });

  it('keeps the language the user chose', async () => {
    const { call } = await boot();
    expect(await call('settings:set-language', { language: 'id' })).toEqual({
      ok: true,
      value: { language: 'id' },
    });
    expect(await call('settings:get')).toEqual({ ok: true, value: { language: 'id' } });
  });
});

describe('spending the quota on connecting', () => {
  it('saving right after a successful test reuses its token instead of fetching another', async () => {
    const { call } = await boot();
    const stats = async () => sim.controls.stats().tokensIssued;
    const before = await stats();
    await call('connection:test', good());
    await call('connection:save', good());
    await call('outlets:list');
    expect((await stats()) - before).toBe(1);
  });
});
