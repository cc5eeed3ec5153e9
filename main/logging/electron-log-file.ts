import { join } from 'node:path';
import type { LogFunctions, NodeLogger } from 'electron-log';
import type { LogLevel, LogWriter } from './app-logger.ts';

/** The log file's name in `<user data>/logs/`; the rotated one is `main.old.log` next to it. */
export const logFileName = 'main.log';
/** About 1 MB per file: weeks of a counter's requests, small enough to email. */
export const maxLogBytes = 1_048_576;

/**
 * Sets electron-log's file transport up the app's way: the file in `<user data>/logs/main.log`
 * on every OS (electron-log puts it under ~/Library/Logs on macOS by default), rotated at
 * `maxLogBytes` with one old file kept (electron-log's default archive renames the full file to
 * main.old.log). Works on electron-log/main in the app and electron-log/node in tests.
 */
export function configureLogFile(
  logger: NodeLogger,
  userData: string,
  console: boolean,
  maxBytes = maxLogBytes,
): LogWriter {
  const file = logger.transports.file;
  file.resolvePathFn = () => join(userData, 'logs', logFileName);
  file.maxSize = maxBytes;
  file.level = 'info';
  file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}] {text}';
  logger.transports.console.level = console ? 'info' : false;
  const functions: LogFunctions = logger;
  return { write: (level: LogLevel, text: string) => functions[level](text) };
}

/** The log folder (the support bundle reads main.log and main.old.log from it). */
export function logFolder(userData: string): string {
  return join(userData, 'logs');
}
