/**
 * The one IPC contract between the main process and the page: channel names, what each takes
 * (zod schemas, checked in main before any handler runs) and returns (types the page trusts),
 * and the events main pushes. Each feature declares its group in its own folder
 * (`main/<feature>/*-channels.ts`); this module puts them together. The page calls
 * `window.dealpos.invoke('labels:recent', input)`: the channel name is the only name there is.
 *
 * The page imports only types from here; nothing here imports electron.
 */
import type { z } from 'zod';
import { eventNames } from '../preload/bridge-names.ts';
import { type BackOfficeEvents, backOfficeChannels } from './back-office/back-office-channels.ts';
import { type CatalogEvents, catalogChannels } from './catalog/catalog-channels.ts';
import { type ShellEvents, shellChannels } from './connection/shell-channels.ts';
import { type CustomerEvents, customerChannels } from './customers/customer-channels.ts';
import type { HandlersFor, IpcResult } from './ipc/channel.ts';
import { type LabelEvents, labelChannels } from './labels/label-channels.ts';
import { type LoggingEvents, loggingChannels } from './logging/logging-channels.ts';
import { type ManagerEvents, managerChannels } from './manager/manager-channels.ts';
import { type ReceiveEvents, receiveChannels } from './receive/receive-channels.ts';
import { type StoreCheckEvents, storeCheckChannels } from './store-check/store-check-channels.ts';
import { type SupportEvents, supportChannels } from './support/support-channels.ts';
import { type UpdateEvents, updateChannels } from './updates/update-channels.ts';

export * from './back-office/back-office-channels.ts';
export * from './catalog/catalog-channels.ts';
export * from './connection/shell-channels.ts';
export * from './customers/customer-channels.ts';
export type { GovernorState } from './dealpos/rate-governor.ts';
export type { Outlet } from './dealpos/schemas/store.ts';
export type { Approval } from './ipc/approval.ts';
export type { IpcError, IpcResult } from './ipc/channel.ts';
export * from './labels/label-channels.ts';
export * from './logging/logging-channels.ts';
export * from './manager/manager-channels.ts';
export * from './receive/receive-channels.ts';
export * from './store-check/store-check-channels.ts';
export * from './support/support-channels.ts';
export * from './updates/update-channels.ts';

export const invokeChannels = {
  ...shellChannels,
  ...catalogChannels,
  ...customerChannels,
  ...labelChannels,
  ...backOfficeChannels,
  ...storeCheckChannels,
  ...managerChannels,
  ...receiveChannels,
  ...loggingChannels,
  ...supportChannels,
  ...updateChannels,
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type InputOf<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['input']>;
export type ParsedInputOf<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['input']>;
export type OutputOf<C extends InvokeChannel> = (typeof invokeChannels)[C]['output'];
/** One handler per channel of the contract; each receives its payload already checked. */
export type AppHandlers = HandlersFor<typeof invokeChannels>;
/** The channel names main registers a handler for. */
export const invokeChannelNames = Object.keys(invokeChannels) as InvokeChannel[];

/** Events main pushes to the page. */
export type EventPayloads = ShellEvents &
  CatalogEvents &
  CustomerEvents &
  LabelEvents &
  BackOfficeEvents &
  StoreCheckEvents &
  ManagerEvents &
  ReceiveEvents &
  LoggingEvents &
  SupportEvents &
  UpdateEvents;
export type EventChannel = keyof EventPayloads;
/** The events, as the preload lets them through (preload/bridge-names.ts, zod-free). */
export const eventChannels: readonly EventChannel[] = eventNames;

// The compiler refuses an event the preload would not let through, and a name it would not list.
type EventsMatch = [EventChannel] extends [(typeof eventNames)[number]]
  ? [(typeof eventNames)[number]] extends [EventChannel]
    ? true
    : never
  : never;
const everyEventNamed: EventsMatch = true;
void everyEventNamed;

// The compiler refuses a channel not named `feature:action` (the preload refuses any other name).
type Misnamed = Exclude<InvokeChannel, `${string}:${string}`>;
const everyChannelNamed: [Misnamed] extends [never] ? true : never = true;
void everyChannelNamed;

type InputArgs<C extends InvokeChannel> =
  undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>];

/** What `window.dealpos` is in the page. */
export interface DealposBridge {
  /** Asks main on one channel of the contract; the answer is an IpcResult, never a throw. */
  invoke<C extends InvokeChannel>(channel: C, ...input: InputArgs<C>): Promise<IpcResult<OutputOf<C>>>;
  /** Subscribes to an event from main; returns the unsubscribe function. */
  on<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
