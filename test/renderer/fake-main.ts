import type {
  ConnectionView,
  EventChannel,
  EventPayloads,
  GovernorState,
  IpcError,
  IpcResult,
} from '../../main/app-contract.ts';
import { buildBridge } from '../../preload/bridge.ts';
import { appBridgeNames } from '../../preload/bridge-names.ts';

type Answer = (input: unknown) => unknown;

export interface FakeMain {
  bridge: ReturnType<typeof buildBridge>;
  /** Every call the page made, in order. */
  calls: { channel: string; input: unknown }[];
  /** Replaces what a channel answers: a value, or `fail(...)`. */
  answer(channel: string, answer: Answer): void;
  /** Pushes an event, as webContents.send would. */
  emit<E extends EventChannel>(event: E, payload: EventPayloads[E]): void;
}

const failure = Symbol('failure');
/** Makes a fake channel answer `{ ok: false, error }`. */
export const fail = (kind: IpcError['kind'], extra: Partial<IpcError> = {}) => ({
  [failure]: { kind, message: `fake ${kind}`, ...extra } satisfies IpcError,
});

export const connectedView = (overrides: Partial<ConnectionView> = {}): ConnectionView => ({
  mode: 'live',
  host: 'acme',
  clientId: 'client-1',
  secretSet: true,
  outlet: { id: 'o1', name: 'Pluit' },
  online: true,
  ...overrides,
});

export const quotaState = (overrides: Partial<GovernorState> = {}): GovernorState => ({
  limit: 50,
  windowSeconds: 180,
  used: 2,
  remaining: 48,
  reserve: 10,
  nextSlotAt: null,
  blockedUntil: null,
  queued: { interactive: 0, background: 0 },
  inFlight: 0,
  ...overrides,
});

/**
 * A stand-in for the main process, for store tests in happy-dom (the e2e suite runs the real
 * handlers). The page side is the preload's own buildBridge; only the answers are canned.
 */
export function fakeMain(answers: Record<string, Answer> = {}): FakeMain {
  const table = new Map<string, Answer>(
    Object.entries({
      'app:info': () => ({ version: '1.0.0', osLocale: 'en-US', secretProtection: 'os' }),
      'settings:get': () => ({ language: null }),
      'settings:set-language': (input: unknown) => input,
      'connection:get': () => ({
        ...connectedView(),
        mode: 'none',
        host: null,
        clientId: null,
        secretSet: false,
        outlet: null,
      }),
      'quota:get': () => quotaState(),
      ...answers,
    }),
  );
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: FakeMain['calls'] = [];

  const invoke = async (channel: string, input: unknown): Promise<IpcResult<unknown>> => {
    calls.push({ channel, input });
    const answer = table.get(channel);
    if (!answer)
      return { ok: false, error: { kind: 'internal', message: `fake main has no answer for ${channel}` } };
    const value = await answer(input);
    if (value && typeof value === 'object' && failure in value) {
      return { ok: false, error: (value as { [failure]: IpcError })[failure] };
    }
    return { ok: true, value };
  };
  const subscribe = (event: string, listener: (payload: unknown) => void) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  };

  return {
    bridge: buildBridge(appBridgeNames, invoke, subscribe),
    calls,
    answer: (channel, answer) => table.set(channel, answer),
    emit: (event, payload) => {
      for (const listener of listeners.get(event) ?? []) listener(payload);
    },
  };
}
