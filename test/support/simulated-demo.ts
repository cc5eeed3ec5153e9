import type { DemoStore } from '../../main/connection/connection-service.ts';
import {
  type RunningSimulator,
  type SimControls,
  type SimulatorOptions,
  startSimulator,
} from '../../main/simulator/index.ts';

export interface SimulatedDemo {
  /** The simulator once "Try the demo" has started it. */
  sim: RunningSimulator | null;
  /** What the app's `startDemo` runs: a quiet simulator signed in as one of its API users. */
  start(): Promise<DemoStore>;
  /** The started simulator's test controls (fixtures, stats, faults...); throws before the start. */
  readonly controls: SimControls;
}

/**
 * A demo store the test keeps at hand: it can read the store's documents and PINs, steer it
 * through its controls, or close it to take the network away. The app's own demo
 * (main/demo/start-demo.ts) has the same simulator without its controls.
 */
export function simulatedDemo(
  options: SimulatorOptions = {},
  who: 'full' | 'limited' | 'productsOnly' = 'full',
): SimulatedDemo {
  const demo: SimulatedDemo = {
    sim: null,
    async start() {
      const sim = await startSimulator({ quiet: true, ...options });
      demo.sim = sim;
      return { baseUrl: sim.baseUrl, credentials: sim.credentials[who], close: () => sim.close() };
    },
    get controls() {
      if (!demo.sim) throw new Error('the demo store has not started');
      return demo.sim.controls;
    },
  };
  return demo;
}
