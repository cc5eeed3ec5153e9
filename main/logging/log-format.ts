import type { RequestLogLine } from '../dealpos/http.ts';

// How each kind of event reads as one line of the log file. Plain text, one event per line, so
// a support person can search it; the writer adds the date and the level.

/** "dealpos GET Product ok 200 412ms background" (never headers, bodies or query values). */
export function requestLine(line: RequestLogLine): string {
  return `dealpos ${line.method} ${line.endpoint} ${line.outcome} ${line.status ?? '-'} ${Math.round(line.ms)}ms ${line.lane}`;
}

/** An error as one entry: its message and stack, newlines kept (the stack says where). */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** The longest entry written: a runaway message (a whole answer body in an error) stays readable. */
export const maxEntryLength = 4_000;

export function bounded(text: string): string {
  return text.length <= maxEntryLength
    ? text
    : `${text.slice(0, maxEntryLength)}… (${text.length} characters)`;
}
