import { afterAll, afterEach, beforeAll } from 'vitest';
import type { DealposBridge } from '../../main/app-contract.ts';
import { type RunningSimulator, type SimulatorOptions, startSimulator } from '../../main/simulator/index.ts';
import { CatalogDb } from '../../renderer/src/catalog/catalog-db.ts';
import { type OpenApp, openApp } from '../support/open-app.ts';

export interface CatalogSuite {
  readonly sim: RunningSimulator;
  readonly bridge: DealposBridge;
  /** A new, empty catalog database on this "PC", closed after the test. */
  freshDb(): CatalogDb;
}

/**
 * What the catalog sync suites share: one simulator per file with a generous quota (these tests
 * are about the sync's pages, not about waiting out windows), the app connected to it, and
 * fresh IndexedDB catalogs (fake-indexeddb) closed, and the store reset, after each test.
 */
export function catalogSuite(options: SimulatorOptions, dbPrefix: string): CatalogSuite {
  let sim: RunningSimulator | undefined;
  let app: OpenApp | undefined;
  let dbCount = 0;
  const dbs: CatalogDb[] = [];
  beforeAll(async () => {
    sim = await startSimulator({ quiet: true, rateLimit: { limit: 5000, windowSeconds: 180 }, ...options });
    app = await openApp({ simulator: sim, chooseOutlet: false });
  });
  afterAll(async () => {
    await app?.close();
    await sim?.close();
  });
  afterEach(() => {
    sim?.controls.reset();
    for (const db of dbs.splice(0)) db.close();
  });
  const started = () => {
    if (!sim || !app) throw new Error('the catalog suite has not started yet');
    return { sim, app };
  };
  return {
    get sim() {
      return started().sim;
    },
    get bridge() {
      return started().app.bridge;
    },
    freshDb() {
      const db = new CatalogDb(`${dbPrefix}-${dbCount++}`);
      dbs.push(db);
      return db;
    },
  };
}
