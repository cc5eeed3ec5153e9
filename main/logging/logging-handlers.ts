import type { HandlersFor } from '../ipc/channel.ts';
import type { AppLogger } from './app-logger.ts';
import type { loggingChannels } from './logging-channels.ts';

/** What the log channels need: the app's logger (a no-op one where the app has no log file). */
export interface LoggingContext {
  logger: AppLogger;
}

export function createLoggingHandlers(context: LoggingContext): HandlersFor<typeof loggingChannels> {
  return {
    'logs:page-error': (report) => {
      context.logger.pageError(report);
      return null;
    },
  };
}
