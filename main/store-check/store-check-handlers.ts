import type { FeatureContext } from '../core/feature-context.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import { planStoreCheck, runStoreCheck } from './run-store-check.ts';
import type { StoreCheckProgress, StoreCheckRun, storeCheckChannels } from './store-check-channels.ts';
import { storeCheckReport } from './store-check-report.ts';

/** The store check: one run at a time, its progress to poll, and the last run's report. */
export function createStoreCheckHandlers(services: FeatureContext): HandlersFor<typeof storeCheckChannels> {
  let progress: StoreCheckProgress | null = null;
  let running: Promise<StoreCheckRun> | null = null;
  let last: StoreCheckRun | null = null;

  const run = async (): Promise<StoreCheckRun> => {
    try {
      const access = services.connection.storeAccess();
      progress = { done: 0, total: planStoreCheck(access.mode).requests, current: null };
      const outlet = services.connection.view().outlet;
      last = await runStoreCheck(
        { ...access, outlet: outlet ? { id: outlet.id, name: outlet.name } : null },
        { now: services.now, onProgress: (p) => (progress = p) },
      );
      services.log(`Store check: ${last.spent} of ${last.plan.requests} requests spent.`);
      return last;
    } finally {
      progress = null;
      running = null;
    }
  };

  return {
    'store-check:plan': () => planStoreCheck(services.connection.storeAccess().mode),
    // A second press while a check runs joins it: two runs would spend twice what was announced.
    'store-check:run': () => {
      running ??= run();
      return running;
    },
    'store-check:progress': () => progress,
    'store-check:last': () => last,
    'store-check:report': () => (last ? storeCheckReport(last, services.version) : null),
  };
}
