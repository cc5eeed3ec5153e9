import type { AddressInfo } from 'node:net';
import { createSimControls, type SimControls } from './controls/sim-controls.ts';
import type { SimCredentials } from './credentials.ts';
import { resolveOptions, type SimulatorOptions } from './options.ts';
import type { SimProfile } from './profile.ts';
import { buildServer } from './server.ts';
import { createState } from './state.ts';

export type { SimConfigPatch } from './controls/config-patch.ts';
export type { SimFixtures } from './controls/fixtures.ts';
export type { SimControls, SimStatsReport } from './controls/sim-controls.ts';
export type { SimCredentials } from './credentials.ts';
export type { Fault } from './faults.ts';
export type { SimConfig, SimulatorOptions } from './options.ts';
export { SIM_PROFILES, type SimProfile } from './profile.ts';

export interface RunningSimulator {
  /** Which DealPOS it imitates: live tenants (default) or the reference pages. */
  profile: SimProfile;
  /** e.g. "http://127.0.0.1:4010/api/v3/", with the trailing slash. */
  baseUrl: string;
  /** e.g. "http://127.0.0.1:4010"; the test controls live under `${origin}/_sim/`. */
  origin: string;
  /** `limited` lacks customer and write roles; `productsOnly` may not even list outlets. */
  credentials: { full: SimCredentials; limited: SimCredentials; productsOnly: SimCredentials };
  /**
   * The test controls, called in this process (the /_sim/ routes answer through them for other
   * processes). Present even when `controls: false` keeps them off the port: only code holding
   * this object can reach them.
   */
  controls: SimControls;
  close(): Promise<void>;
}

/**
 * Starts a DealPOS API v3 simulator on 127.0.0.1. The store is seeded before it listens, so
 * 100,000 variants take a second or two here.
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const resolved = resolveOptions(options);
  const state = createState(resolved);
  const controls = createSimControls(state);
  const app = buildServer(state, controls);
  await app.listen({ host: '127.0.0.1', port: resolved.port });
  const { port } = app.server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const [full, limited, productsOnly] = state.clients;
  if (!full || !limited || !productsOnly) throw new Error('simulator clients missing');
  return {
    profile: resolved.profile,
    baseUrl: `${origin}/api/v3/`,
    origin,
    credentials: {
      full: full.credentials,
      limited: limited.credentials,
      productsOnly: productsOnly.credentials,
    },
    controls,
    close: async () => {
      await app.close();
    },
  };
}
