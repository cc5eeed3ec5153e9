import { type AppLogger, createAppLogger } from './app-logger.ts';

/** A logger that writes nowhere: tests and the e2e harness, where no log file is wanted. */
export function silentLogger(): AppLogger {
  return createAppLogger({ write: () => {} });
}
