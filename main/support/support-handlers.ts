import type { FeatureContext } from '../core/feature-context.ts';
import type { GovernorState } from '../dealpos/rate-governor.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import type { StoreCheckReportFile } from '../store-check/store-check-channels.ts';
import { bundleFileName, supportBundleFiles, zipBundle } from './support-bundle.ts';
import type { supportChannels } from './support-channels.ts';
import type { SupportPort } from './support-port.ts';

export interface SupportContext {
  support: SupportPort;
}

/** What the bundle reads from other features' handlers (their state lives in their closures). */
export interface SupportReads {
  quota(): Promise<GovernorState> | GovernorState;
  storeCheckReport(): Promise<StoreCheckReportFile | null> | StoreCheckReportFile | null;
}

export function createSupportHandlers(
  context: FeatureContext & SupportContext,
  reads: SupportReads,
): HandlersFor<typeof supportChannels> {
  return {
    'support:save-bundle': async ({ catalog }) => {
      const now = context.now();
      const files = supportBundleFiles({
        now,
        system: context.support.systemInfo(),
        settings: context.settings.get(),
        catalog,
        quota: await reads.quota(),
        storeCheck: await reads.storeCheckReport(),
        logs: await context.support.readLogs(),
      });
      const path = await context.support.saveFile(bundleFileName(now), zipBundle(files, now));
      if (path === null) return { saved: false };
      context.log(`support: bundle saved (${files.length} files)`);
      return { saved: true, path, files: files.map((file) => file.name) };
    },
  };
}
