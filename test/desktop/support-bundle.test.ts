import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcResult, SavedBundle } from '../../main/app-contract.ts';
import { type AppServices, createAppServices } from '../../main/app-services.ts';
import { createAppLogger } from '../../main/logging/app-logger.ts';
import { configureLogFile, logFolder } from '../../main/logging/electron-log-file.ts';
import { memoryBacking } from '../../main/settings/settings-repository.ts';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';
import { readLogFolder } from '../../main/support/log-files.ts';
import { nodeSystemInfo } from '../../main/support/support-port.ts';
import { standInVault } from '../support/stand-in-vault.ts';

// Settings → Save a support bundle, through the real handlers with the simulator behind them:
// a counter that connected with its secret, checked a customer's PIN, ran the store check and
// logged a few failures with secrets in them. The bundle is unzipped and every file searched.

const appUrl = 'app://dealpos/index.html';
const now = Date.UTC(2026, 11, 2, 14, 5);
const planted = [
  'Rahasia!Toko2026',
  'budi.santoso@example.co.id',
  '081234567890',
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbg',
];

let sim: RunningSimulator;
let folder: string;
let services: AppServices;
let saved: IpcResult<SavedBundle>;
let secrets: string[];
let files: Record<string, string>;

beforeAll(async () => {
  sim = await startSimulator({ variants: 50, quiet: true });
  folder = mkdtempSync(join(tmpdir(), 'dealpos-bundle-'));
  const logger = createAppLogger(
    configureLogFile(electronLog.create({ logId: `bundle-${now}` }), folder, false),
  );
  const customer = sim.controls.fixtures().customers.find((c) => c.Status === 'Active')!;
  secrets = [sim.credentials.full.clientSecret, customer.PIN, customer.Code, ...planted];
  mkdirSync(logFolder(folder), { recursive: true });
  // An old log file as a crash before the last rotation left it, secrets and all (written raw).
  writeFileSync(
    join(logFolder(folder), 'main.old.log'),
    `old crash: token=${planted[3]} pin ${customer.PIN}\n`,
  );
  services = await createAppServices({
    settingsBacking: memoryBacking(),
    vault: standInVault(),
    startDemo: () => Promise.reject(new Error('no demo here')),
    isTrustedSender: (url) => url === appUrl,
    version: '0.3.1',
    osLocale: 'id-ID',
    now: () => now,
    localStores: [sim.baseUrl],
    appLog: (message) => logger.info(message),
    log: (line) => logger.request(line),
    logger,
    support: {
      systemInfo: () => nodeSystemInfo('0.3.1', 'id-ID'),
      readLogs: () => readLogFolder(logFolder(folder)),
      saveFile: async (name, bytes) => {
        const path = join(folder, name);
        writeFileSync(path, bytes);
        return path;
      },
    },
  });
  const call = <T>(channel: string, payload?: unknown) =>
    services.dispatch(channel, appUrl, payload) as Promise<IpcResult<T>>;
  await call('connection:save', { host: sim.baseUrl, ...sim.credentials.full });
  const outlets = await call<{ id: string; name: string }[]>('outlets:list');
  const [outlet] = outlets.ok ? outlets.value : [];
  await call('connection:choose-outlet', { outletId: outlet!.id, outletName: outlet!.name });
  await call('customers:check-pin', { code: customer.Code, pin: customer.PIN });
  await call('store-check:run');
  logger.error('lookup failed', new Error(`password=${planted[0]} for ${planted[1]} / ${planted[2]}`));
  saved = await call<SavedBundle>('support:save-bundle', {
    catalog: { items: 4_210, completedAt: now - 3 * 3_600_000, unfinished: false },
  });
  if (saved.ok && saved.value.saved) {
    const zip = unzipSync(readFileSync(saved.value.path));
    files = Object.fromEntries(Object.entries(zip).map(([name, bytes]) => [name, strFromU8(bytes)]));
  }
}, 90_000);

afterAll(async () => {
  await services?.close();
  await sim?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the support bundle a shop emails', () => {
  it('is one zip saved where the person chose, and the answer says where and what is in it', () => {
    expect(saved).toMatchObject({
      ok: true,
      value: { saved: true, path: join(folder, 'dealpos-support-2026-12-02-1405.zip') },
    });
    const listed = saved.ok && saved.value.saved ? saved.value.files : [];
    expect(Object.keys(files).sort()).toEqual([...listed].sort());
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'app.json',
      'catalog.json',
      'logs/main.log',
      'logs/main.old.log',
      'quota.json',
      'settings.json',
      'store-check.json',
      'system.json',
    ]);
  });

  it('says the version, the OS, the catalog size and age, the quota and the last store check', () => {
    expect(JSON.parse(files['app.json']!)).toMatchObject({ product: 'DealPOS Companion', version: '0.3.1' });
    expect(JSON.parse(files['system.json']!)).toMatchObject({ platform: process.platform, locale: 'id-ID' });
    expect(JSON.parse(files['catalog.json']!)).toEqual({
      items: 4_210,
      completedAt: '2026-12-02T11:05:00.000Z',
      ageHours: 3,
      unfinished: false,
    });
    expect(JSON.parse(files['quota.json']!)).toMatchObject({ limit: 50, windowSeconds: 180 });
    expect(JSON.parse(files['quota.json']!).used).toBeGreaterThan(0);
    expect(files['store-check.json']).toContain('Product');
    expect(JSON.parse(files['settings.json']!)).toMatchObject({
      connection: { mode: 'live', host: sim.baseUrl, secretSaved: true },
    });
    expect(files['logs/main.log']).toMatch(/dealpos GET \S+ ok 200/);
    expect(files['logs/main.log']).toContain('Store check:');
  });

  it('holds no secret, token, PIN or customer data in any file', () => {
    expect(Object.keys(files).length).toBeGreaterThan(5);
    for (const [name, text] of Object.entries(files)) {
      for (const secret of secrets) expect(text, `${name} holds ${secret}`).not.toContain(secret);
    }
  });
});
