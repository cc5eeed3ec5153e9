import { type RunningSimulator, startSimulator } from '../../../main/simulator/index.ts';
import { type OpenApp, openApp } from '../../support/open-app.ts';

export interface LabelApp {
  sim: RunningSimulator;
  app: OpenApp;
  close(): Promise<void>;
}

/**
 * What the label suites share: a small simulator with a rate limit no test reaches, and the app
 * connected to it (no outlet chosen: a label lookup names its own).
 */
export async function startLabelApp(): Promise<LabelApp> {
  const sim = await startSimulator({
    quiet: true,
    variants: 200,
    rateLimit: { limit: 5000, windowSeconds: 180 },
  });
  const app = await openApp({ simulator: sim, chooseOutlet: false });
  return {
    sim,
    app,
    close: async () => {
      await app.close();
      await sim.close();
    },
  };
}
