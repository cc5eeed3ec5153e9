import { z } from 'zod';
import { channel, multilineText, text } from '../ipc/channel.ts';

// The page's own failures, reported to main so they reach the log file (issue #16): a window
// error or an unhandled promise rejection in the renderer would otherwise show only in DevTools,
// which a shop PC does not open.

export const pageErrorInput = z
  .object({
    kind: z.enum(['error', 'unhandledrejection']),
    message: text(2_000),
    stack: multilineText(8_000).optional(),
    /** The screen the page was on, e.g. "labels". */
    where: text(100).optional(),
  })
  .strict();
export type PageErrorInput = z.infer<typeof pageErrorInput>;

export const loggingChannels = {
  /** Writes the page's error to the log file (redacted like every line). Answers null. */
  'logs:page-error': channel<null>()(pageErrorInput),
} as const;

// biome-ignore lint/complexity/noBannedTypes: no events
export type LoggingEvents = {};
