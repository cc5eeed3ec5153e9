import { z } from 'zod';
import type { FeatureContext } from '../core/feature-context.ts';
import type { HandlersFor } from '../ipc/channel.ts';
import { ServiceError } from '../ipc/service-error.ts';
import type { UpdateSettingsView, updateChannels } from './update-channels.ts';
import { isAcceptableFeedUrl } from './update-policy.ts';
import type { UpdateScheduler } from './update-scheduler.ts';

export interface UpdatesContext {
  updates: UpdateScheduler;
}

const storedFeed = z.object({ feedUrl: z.string().nullable() });

/** The admin's feed address as kept in the `updates` store; null when none (or a bad one) is kept. */
export function savedFeedUrl(context: Pick<FeatureContext, 'openStore'>): string | null {
  const parsed = storedFeed.safeParse(context.openStore('updates').read());
  return parsed.success && parsed.data.feedUrl && isAcceptableFeedUrl(parsed.data.feedUrl)
    ? parsed.data.feedUrl
    : null;
}

export function createUpdateHandlers(
  context: FeatureContext & UpdatesContext,
): HandlersFor<typeof updateChannels> {
  const store = context.openStore('updates');
  const settingsView = (): UpdateSettingsView => ({
    ...context.updates.view(),
    current: context.version,
    feedUrl: savedFeedUrl(context),
  });
  return {
    'updates:state': settingsView,
    'updates:check': async () => {
      await context.updates.checkNow();
      return settingsView();
    },
    'updates:restart': () => {
      if (!context.updates.restartNow()) {
        throw new ServiceError(
          'locked',
          'The app cannot restart now: no update is ready, or a count or print is running.',
        );
      }
      return null;
    },
    'updates:set-busy': ({ reason, busy }) => {
      context.updates.setBusy(reason, busy);
      return null;
    },
    'updates:set-feed': ({ feedUrl }) => {
      if (feedUrl !== null && !isAcceptableFeedUrl(feedUrl)) {
        throw new ServiceError(
          'invalid-input',
          'The update address must start with https:// and hold no password.',
        );
      }
      store.write({ feedUrl });
      context.updates.setFeedUrl(feedUrl);
      context.log(
        `updates: feed ${feedUrl === null ? 'set back to the built-in one' : 'changed by an admin'}`,
      );
      return settingsView();
    },
  };
}
