import type { RequestLogLine } from '../dealpos/http.ts';
import { bounded, errorText, requestLine } from './log-format.ts';
import { redact } from './redact.ts';

export type LogLevel = 'info' | 'warn' | 'error';

/** Where log entries go: electron-log's rotating file in the app, a plain array or file in tests. */
export interface LogWriter {
  write(level: LogLevel, text: string): void;
}

/** What the page reports when it fails (window error, unhandled rejection). */
export interface PageErrorReport {
  kind: 'error' | 'unhandledrejection';
  message: string;
  stack?: string | undefined;
  /** The page's route or screen when it failed, e.g. "labels". */
  where?: string | undefined;
}

/** The app's log: each kind of event the main process writes down, every line redacted first. */
export interface AppLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
  request(line: RequestLogLine): void;
  ipcFailure(channel: string, error: unknown): void;
  pageError(report: PageErrorReport): void;
}

/**
 * Builds the logger over a writer. `knownSecrets` gives the secrets the app holds at the time of
 * writing (the client secret): they are hidden wherever they appear, even in a shape the
 * patterns of redact.ts would miss.
 */
export function createAppLogger(
  writer: LogWriter,
  knownSecrets: () => readonly string[] = () => [],
): AppLogger {
  const write = (level: LogLevel, text: string) => {
    try {
      writer.write(level, bounded(redact(text, knownSecrets())));
    } catch {
      // A full disk or a locked file must not break the call that logged.
    }
  };
  return {
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message, error) =>
      write('error', error === undefined ? message : `${message} ${errorText(error)}`),
    request: (line) => write(line.outcome === 'ok' ? 'info' : 'warn', requestLine(line)),
    ipcFailure: (channel, error) => write('error', `ipc ${channel} failed: ${errorText(error)}`),
    pageError: (report) =>
      write(
        'error',
        `page ${report.kind}${report.where ? ` on ${report.where}` : ''}: ${report.message}${
          report.stack ? `\n${report.stack}` : ''
        }`,
      ),
  };
}
