import { afterAll, afterEach, beforeAll } from 'vitest';
import { type RunningSimulator, startSimulator } from '../../main/simulator/index.ts';
import { type FeatureStores, type OpenApp, openApp } from '../support/open-app.ts';
import { seededCustomers } from './counter.ts';

/**
 * What the PIN-check suites share: one simulator per file (a rate limit no test reaches), its
 * seeded customers, and counters opened on a clock the test moves, closed (and the simulator
 * reset) after each test. Call once at the top of a file.
 */
export function counterSuite() {
  let sim: RunningSimulator | undefined;
  let customers: Awaited<ReturnType<typeof seededCustomers>> | undefined;
  const open: OpenApp[] = [];
  const started = () => {
    if (!sim) throw new Error('the counter suite has not started yet');
    return sim;
  };

  beforeAll(async () => {
    sim = await startSimulator({ quiet: true, variants: 50, rateLimit: { limit: 5000, windowSeconds: 180 } });
    customers = seededCustomers(sim);
  });
  afterAll(async () => {
    await sim?.close();
  });
  afterEach(async () => {
    for (const counter of open.splice(0)) await counter.close();
    started().controls.reset();
  });

  return {
    get sim() {
      return started();
    },
    get control() {
      return started().controls;
    },
    get customers() {
      if (!customers) throw new Error('the counter suite has not started yet');
      return customers;
    },
    /** A counter on `clock`; with `stores`, one that finds what an earlier run of the app kept. */
    async counterAt(clock: { now: number }, stores?: FeatureStores): Promise<OpenApp> {
      const counter = await openApp({
        simulator: started(),
        record: true,
        clock,
        ...(stores ? { stores } : {}),
      });
      open.push(counter);
      return counter;
    },
    /** Closes a counter before the test ends, as when the app is quit and started again. */
    async restart(counter: OpenApp): Promise<void> {
      open.splice(open.indexOf(counter), 1);
      await counter.close();
    },
  };
}
