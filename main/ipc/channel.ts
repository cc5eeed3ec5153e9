import { z } from 'zod';
import type { DealposErrorKind } from '../dealpos/errors.ts';

/**
 * Characters no text from the page may carry: C0 and C1 controls with DEL (a newline in a
 * customer code would forge a line of the PIN-check log), the Unicode line and paragraph
 * separators, and the bidi embeddings, overrides and isolates that show text in another order
 * than it is stored ("Trojan Source"). Written as regexes (not refinements) so a JSON Schema made
 * from a channel's schema keeps the rule.
 */
const singleLine = /^[^\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]*$/u;
/** For a file body: controls other than Tab, LF and CR, then the separators and bidi marks. */
const linesOnly = /^[\P{Cc}\t\n\r]*$/u;
const noSeparatorsOrBidi = /^[^\u2028\u2029\u202A-\u202E\u2066-\u2069]*$/u;
const controlsMessage = 'must not contain control characters';

/**
 * A required piece of text from the page, trimmed, with a length cap so a hostile page cannot
 * send megabytes, and without control characters. Trimming comes first, so a scanner's Enter or
 * Tab at the end is dropped; one inside is refused. Every single-line field uses this helper, so
 * the rule lives here and nowhere else.
 */
export const text = (max: number) =>
  // abort: a text over its cap is refused there, without running the character check over megabytes.
  z.string().trim().min(1).max(max, { abort: true }).regex(singleLine, controlsMessage);

/**
 * A file body the page built (ZPL): lines, so Tab, LF and CR pass; every other control character
 * is refused as in `text`. Never logged, only written where the person chooses.
 */
export const multilineText = (max: number) =>
  z
    .string()
    .min(1)
    .max(max, { abort: true })
    .regex(linesOnly, controlsMessage)
    .regex(noSeparatorsOrBidi, controlsMessage);

/** No payload at all. */
export const none = z.undefined();

/**
 * Declares a channel: the zod schema main checks its payload against, and (as a type only) what
 * it answers. Usage: `channel<Answer>()(inputSchema)`.
 */
export const channel =
  <Output>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, output: undefined as unknown as Output });

/** Every way an IPC call can fail, as plain data. */
export interface IpcError {
  kind:
    | DealposErrorKind
    | 'invalid-input'
    | 'untrusted-sender'
    | 'not-connected'
    | 'weak-encryption'
    | 'locked'
    | 'offline'
    /** A guarded action came without a manager's approval (or no passcode is set yet). */
    | 'approval-required'
    /** The manager passcode was wrong. */
    | 'approval-refused'
    /** Too many wrong manager passcodes: none is checked until the lock ends. */
    | 'approval-locked'
    | 'internal';
  message: string;
  /** DealPOS's own text, when the failure came from DealPOS. */
  dealposMessage?: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** A group of channels as a feature declares them. */
export type ChannelGroup = Record<string, { input: z.ZodType; output: unknown }>;

/** The main-process handlers of one group, each receiving its payload already parsed. */
export type HandlersFor<G extends ChannelGroup> = {
  [C in keyof G]: (input: z.output<G[C]['input']>) => Promise<G[C]['output']> | G[C]['output'];
};
