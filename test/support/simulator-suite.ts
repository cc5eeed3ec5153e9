import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  type RunningSimulator,
  type SimFixtures,
  type SimulatorOptions,
  startSimulator,
} from '../../main/simulator/index.ts';

export interface SimulatorSuite {
  readonly sim: RunningSimulator;
  /** The seeded store as it started (documents, codes, customers). */
  readonly fixtures: SimFixtures;
}

/**
 * One quiet simulator per file (a rate limit no test reaches, unless `options` says otherwise),
 * reset to its seed after each test once `beforeReset` (closing the test's app) has run. Call
 * once at the top of a file.
 */
export function simulatorSuite(
  options: SimulatorOptions = {},
  beforeReset: () => Promise<unknown> | undefined = () => undefined,
): SimulatorSuite {
  let sim: RunningSimulator | undefined;
  let fixtures: SimFixtures | undefined;
  const started = () => {
    if (!sim) throw new Error('the simulator has not started yet');
    return sim;
  };
  beforeAll(async () => {
    sim = await startSimulator({
      quiet: true,
      variants: 200,
      rateLimit: { limit: 5000, windowSeconds: 180 },
      ...options,
    });
    fixtures = sim.controls.fixtures();
  });
  afterAll(async () => {
    await sim?.close();
  });
  afterEach(async () => {
    await beforeReset();
    sim?.controls.reset();
  });
  return {
    get sim() {
      return started();
    },
    get fixtures() {
      if (!fixtures) throw new Error('the simulator has not started yet');
      return fixtures;
    },
  };
}
