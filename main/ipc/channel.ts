import { z } from 'zod';
import type { DealposErrorKind } from '../dealpos/errors.ts';

/** A required piece of text from the page, trimmed, with a length cap so a hostile page cannot send megabytes. */
export const text = (max: number) => z.string().trim().min(1).max(max);

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
