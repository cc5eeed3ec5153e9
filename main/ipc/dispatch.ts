import { boundedText } from '../dealpos/bounded-text.ts';
import { DealposError } from '../dealpos/errors.ts';
import type { ChannelGroup, HandlersFor, IpcError, IpcResult } from './channel.ts';
import { ServiceError } from './service-error.ts';

export interface DispatcherOptions {
  /**
   * Whether a message came from our own page (the URL of the frame that sent it; undefined for a
   * subframe) and that page may use `channel` (the hidden print page only prints).
   */
  isTrustedSender(senderUrl: string | undefined, channel: string): boolean;
  /** Unexpected failures, for the log; never given payloads or secrets. */
  onInternalError?(channel: string, error: unknown): void;
  /** A call refused before any handler ran (a bug in the page, or a page that is not ours), for the log. */
  onRefusal?(channel: string, kind: 'untrusted-sender' | 'invalid-input'): void;
}

/**
 * Every refusal leaves here, so every error text the page gets is bounded and clean: zod names
 * unknown keys in its message and the page chooses those keys, so a 1 MB key once made a 1 MB
 * message (found by test/ipc/channel-fuzz.test.ts).
 */
const failure = ({ message, dealposMessage, ...rest }: IpcError): IpcResult<never> => ({
  ok: false,
  error: {
    ...rest,
    message: boundedText(message),
    ...(dealposMessage === undefined ? {} : { dealposMessage: boundedText(dealposMessage) }),
  },
});

/** Every IPC call goes through one: sender check, payload check, handler; always an IpcResult. */
export type Dispatch = (
  channel: string,
  senderUrl: string | undefined,
  payload: unknown,
) => Promise<IpcResult<unknown>>;

/**
 * Returns the function every IPC call goes through: it checks the sender, parses the payload
 * with the channel's schema from `channels` (the app's contract), runs the handler, and answers
 * an IpcResult. A refused call reaches no handler and so changes nothing; a name outside
 * `channels` is refused like a malformed payload.
 */
export function createDispatcher<G extends ChannelGroup>(
  channels: G,
  handlers: HandlersFor<G>,
  options: DispatcherOptions,
): Dispatch {
  return async function dispatch(channel, senderUrl, payload) {
    if (!options.isTrustedSender(senderUrl, channel)) {
      options.onRefusal?.(String(channel), 'untrusted-sender');
      return failure({ kind: 'untrusted-sender', message: 'This request did not come from the app window.' });
    }
    // Own keys only: "__proto__" or "toString" is no channel.
    const declared = Object.hasOwn(channels, channel) ? channels[channel] : undefined;
    if (!declared) {
      options.onRefusal?.(String(channel), 'invalid-input');
      return failure({ kind: 'invalid-input', message: `Unknown request "${String(channel)}".` });
    }

    const parsed = declared.input.safeParse(payload);
    if (!parsed.success) {
      options.onRefusal?.(channel, 'invalid-input');
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.map(String).join('.')})` : '';
      return failure({
        kind: 'invalid-input',
        message: `The request was not valid${where}: ${issue?.message ?? ''}`.trim(),
      });
    }

    try {
      const handler = handlers[channel as keyof G] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof DealposError) {
        const { kind, message, dealposMessage } = error.toJSON();
        return failure(dealposMessage ? { kind, message, dealposMessage } : { kind, message });
      }
      if (error instanceof ServiceError) return failure({ kind: error.kind, message: error.message });
      options.onInternalError?.(channel, error);
      return failure({ kind: 'internal', message: 'Something went wrong in the app. Please try again.' });
    }
  };
}
