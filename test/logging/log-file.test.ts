import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import electronLog from 'electron-log/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppHandlers, IpcResult } from '../../main/app-contract.ts';
import { type AppServices, createAppServices } from '../../main/app-services.ts';
import { createAppLogger } from '../../main/logging/app-logger.ts';
import { configureLogFile, logFolder, maxLogBytes } from '../../main/logging/electron-log-file.ts';
import { maxEntryLength } from '../../main/logging/log-format.ts';
import { memoryBacking } from '../../main/settings/settings-repository.ts';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';
import { testApproval } from '../support/manager-approval.ts';
import { standInVault } from '../support/stand-in-vault.ts';

// The log file as the app writes it (electron-log's file transport, configured by the app's own
// configureLogFile, its Node build standing in for the Electron one) behind the real handlers
// and the simulator. Every secret the app meets is fed through the paths that log; none may
// reach the file.

const appUrl = 'app://dealpos/index.html';
const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjbGllbnQtMSJ9.c2lnbmF0dXJlLXNlY3JldA';
const planted = {
  token: jwt,
  password: 'Rahasia!Toko2026',
  email: 'budi.santoso@example.co.id',
  phone: '081234567890',
  phoneIntl: '+62 812-3456-7890',
  querySecret: 'qs-secret-7f3a9c',
  authorization: 'Zm9vOmJhci1zZWNyZXQ',
};

let sim: RunningSimulator;
let userData: string;
let services: AppServices;
let secrets: string[];

const call = <T>(channel: string, payload?: unknown) =>
  services.dispatch(channel, appUrl, payload) as Promise<IpcResult<T>>;

beforeAll(async () => {
  sim = await startSimulator({ variants: 50, quiet: true });
  userData = mkdtempSync(join(tmpdir(), 'dealpos-log-'));
  const instance = electronLog.create({ logId: `log-test-${Date.now()}` });
  const logger = createAppLogger(configureLogFile(instance, userData, false));
  const customer = sim.controls.fixtures().customers.find((c) => c.Status === 'Active')!;
  secrets = [
    sim.credentials.full.clientSecret,
    customer.PIN,
    customer.Code,
    ...(customer.Email ? [customer.Email] : []),
    ...Object.values(planted),
  ];
  services = await createAppServices({
    settingsBacking: memoryBacking(),
    vault: standInVault(),
    startDemo: () => Promise.reject(new Error('no demo here')),
    isTrustedSender: (url) => url === appUrl,
    version: '0.1.0',
    osLocale: 'id-ID',
    localStores: [sim.baseUrl],
    appLog: (message) => logger.info(message),
    log: (line) => logger.request(line),
    onInternalError: (channel, error) => logger.ipcFailure(channel, error),
    onRefusal: (channel, kind) => logger.warn(`ipc ${channel} refused: ${kind}`),
    logger,
    // A handler that fails with secrets in its message, as a library error quoting a request could.
    observeHandlers: (handlers: AppHandlers) => ({
      ...handlers,
      'catalog:categories': () => {
        throw new Error(
          `GET ${sim.baseUrl}/Token?client_secret=${planted.querySecret}&password=${planted.password} ` +
            `failed; headers {"Authorization":"Bearer ${planted.token}"} Authorization: Basic ${planted.authorization}`,
        );
      },
    }),
  });

  const credentials = { host: sim.baseUrl, ...sim.credentials.full };
  await call('connection:save', credentials);
  const outlets = await call<{ id: string; name: string }[]>('outlets:list');
  const [outlet] = outlets.ok ? outlets.value : [];
  await call('connection:choose-outlet', { outletId: outlet!.id, outletName: outlet!.name });
  // A PIN check, right and wrong, and lookups by the customer's email and phone.
  await call('customers:check-pin', { code: customer.Code, pin: customer.PIN });
  await call('customers:check-pin', { code: customer.Code, pin: '000000' });
  await call('customers:find', { by: 'email', value: planted.email });
  await call('customers:find', { by: 'phone', value: planted.phone });
  // A wrong secret for the test, the manager passcode on a guarded channel, a failing handler.
  await call('connection:test', { ...credentials, clientSecret: planted.password });
  await call('customers:clear-lockout', { code: customer.Code, approval: testApproval });
  await call('catalog:categories');
  // A page of the catalog sync (the sync runs in the page; main logs each page it serves).
  await call('catalog:products-page', { pageNumber: 1, pageSize: 50 });
  // The page's own failure, quoting what it was working on.
  await call('logs:page-error', {
    kind: 'unhandledrejection',
    message: `Failed to fetch ?token=${planted.token} for ${planted.email} (${planted.phoneIntl})`,
    stack: `Error: pin: ${customer.PIN}\n    at member ${customer.Code} (scan.tsx:10:2)`,
    where: 'customers',
  });
  logger.error(
    'DealPOS Companion could not start:',
    new Error(`clientSecret=${sim.credentials.full.clientSecret}`),
  );
}, 60_000);

afterAll(async () => {
  await services?.close();
  await sim?.close();
  rmSync(userData, { recursive: true, force: true });
});

const logText = () => readFileSync(join(logFolder(userData), 'main.log'), 'utf8');

describe('the log file a support person reads', () => {
  it('is main.log in the logs folder of the user data, and says what happened', () => {
    const text = logText();
    expect(text).toMatch(/\[info\]\s+dealpos POST Token\/OAuth2 ok 200 \d+ms interactive/);
    expect(text).not.toContain('ipc connection');
    expect(text).toMatch(/dealpos GET \S+ ok 200/);
    expect(text).toContain('ipc catalog:categories failed: Error: GET');
    expect(text).toContain('page unhandledrejection on customers: Failed to fetch');
    expect(text).toContain('customers: PIN check for [hidden]: verified');
    expect(text).toContain('DealPOS Companion could not start:');
    expect(text).toMatch(/catalog sync: \/Product page 1: \d+ items/);
  });

  it('holds no secret, token, PIN or customer data that went through the app', () => {
    const text = logText();
    expect(secrets.length).toBeGreaterThanOrEqual(10);
    for (const secret of secrets) expect(text).not.toContain(secret);
    // The phone without its separators, and the JWT's signature alone.
    expect(text).not.toContain('81234567890');
    expect(text).not.toContain('c2lnbmF0dXJlLXNlY3JldA');
  });

  it('keeps one old file when it grows past its size', () => {
    const instance = electronLog.create({ logId: `rotation-${Date.now()}` });
    const folder = mkdtempSync(join(tmpdir(), 'dealpos-rotate-'));
    const maxBytes = 64 * 1024;
    expect(maxLogBytes).toBeGreaterThan(maxBytes);
    const logger = createAppLogger(configureLogFile(instance, folder, false, maxBytes));
    const line = 'x'.repeat(maxEntryLength - 100);
    for (let i = 0; i < Math.ceil((3.5 * maxBytes) / line.length); i++) logger.info(line);
    const files = readdirSync(logFolder(folder)).sort();
    expect(files).toEqual(['main.log', 'main.old.log']);
    // Rotated three times: the old file is the last full one, the current one is short.
    expect(readFileSync(join(logFolder(folder), 'main.old.log'), 'utf8').length).toBeGreaterThan(
      maxBytes * 0.9,
    );
    expect(existsSync(join(logFolder(folder), 'main.log'))).toBe(true);
    rmSync(folder, { recursive: true, force: true });
  });
});
