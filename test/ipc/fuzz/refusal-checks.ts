import { inspect } from 'node:util';
import type { Traces } from './fuzz-app.ts';

// What every refused call must look like, and how a failure is shown without printing megabytes.

/** The page shows the message; a hostile payload must not be able to make it huge. */
export const maxMessageLength = 500;

/**
 * The payload as the dispatcher receives it from Electron, which structured-clones it. A payload
 * nested too deep for the clone (thousands of levels) could not even leave the page; it is
 * handed over as it is, to show the dispatcher copes anyway.
 */
export function asDelivered(payload: unknown): unknown {
  try {
    return structuredClone(payload);
  } catch (error) {
    if (error instanceof RangeError) return payload;
    throw error;
  }
}

/** Null when `answer` is a bounded refusal of kind `kind`; else what is wrong with it. */
export function refusalProblem(answer: unknown, kind: 'invalid-input' | 'untrusted-sender'): string | null {
  if (typeof answer !== 'object' || answer === null) return `answered ${preview(answer)}`;
  const { ok, error, ...rest } = answer as { ok?: unknown; error?: { kind?: unknown; message?: unknown } };
  if (ok !== false || !error) return `was not refused: ${preview(answer)}`;
  if (Object.keys(rest).length > 0) return `answered extra fields ${Object.keys(rest).join(', ')}`;
  const { kind: actual, message, ...more } = error;
  if (actual !== kind) return `refused as "${String(actual)}", not "${kind}"`;
  if (typeof message !== 'string' || message.trim() === '') return 'refused without a message';
  if (message.length > maxMessageLength) return `refused with a message of ${message.length} characters`;
  if (Object.keys(more).length > 0) return `the error carries extra fields ${Object.keys(more).join(', ')}`;
  return null;
}

/** Null when nothing moved between two readings; else which traces did. */
export function tracesProblem(before: Traces, after: Traces): string | null {
  const moved = (Object.keys(before) as (keyof Traces)[]).filter((key) => before[key] !== after[key]);
  return moved.length === 0
    ? null
    : `left traces: ${moved.map((key) => `${key} ${before[key]} -> ${after[key]}`).join(', ')}`;
}

/** A short, one-line picture of any value, huge or deep. */
export function preview(value: unknown): string {
  const text = inspect(value, {
    depth: 3,
    maxStringLength: 60,
    maxArrayLength: 8,
    breakLength: Number.POSITIVE_INFINITY,
  });
  const line = text.replace(/\s*\n\s*/g, ' ');
  return line.length > 400 ? `${line.slice(0, 400)}…` : line;
}
