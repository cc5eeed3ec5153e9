/**
 * The one IPC contract between the main process and the page: channel names, what each takes
 * (zod schemas, checked in main before any handler runs) and returns (types the page trusts),
 * and the events main pushes. Each feature declares its group in `channels/`; this module puts
 * them together. The preload exposes one function per channel from `bridgeMethods`; the
 * end-to-end harness implements the same bridge over the same handlers.
 *
 * The page imports only types from here (and the preload only names); nothing here imports electron.
 */
import type { z } from 'zod';
import {
  type BackOfficeEvents,
  backOfficeBridgeMethods,
  backOfficeChannels,
} from './back-office/back-office-channels.ts';
import { type CatalogEvents, catalogBridgeMethods, catalogChannels } from './catalog/catalog-channels.ts';
import { type ShellEvents, shellBridgeMethods, shellChannels } from './connection/shell-channels.ts';
import {
  type CustomerEvents,
  customerBridgeMethods,
  customerChannels,
} from './customers/customer-channels.ts';
import type { IpcResult } from './ipc/channel.ts';
import { type LabelEvents, labelBridgeMethods, labelChannels } from './labels/label-channels.ts';
import { type ManagerEvents, managerBridgeMethods, managerChannels } from './manager/manager-channels.ts';
import {
  type StoreCheckEvents,
  storeCheckBridgeMethods,
  storeCheckChannels,
} from './store-check/store-check-channels.ts';

export * from './back-office/back-office-channels.ts';
export * from './catalog/catalog-channels.ts';
export * from './connection/shell-channels.ts';
export * from './customers/customer-channels.ts';
export type { GovernorState } from './dealpos/rate-governor.ts';
export type { Outlet } from './dealpos/schemas/store.ts';
export type { Approval } from './ipc/approval.ts';
export type { IpcError, IpcResult } from './ipc/channel.ts';
export * from './labels/label-channels.ts';
export * from './manager/manager-channels.ts';
export * from './store-check/store-check-channels.ts';

export const invokeChannels = {
  ...shellChannels,
  ...catalogChannels,
  ...customerChannels,
  ...labelChannels,
  ...backOfficeChannels,
  ...storeCheckChannels,
  ...managerChannels,
} as const;

export type InvokeChannel = keyof typeof invokeChannels;
export type InputOf<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['input']>;
export type ParsedInputOf<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['input']>;
export type OutputOf<C extends InvokeChannel> = (typeof invokeChannels)[C]['output'];

/** Events main pushes to the page. */
export type EventPayloads = ShellEvents &
  CatalogEvents &
  CustomerEvents &
  LabelEvents &
  BackOfficeEvents &
  StoreCheckEvents &
  ManagerEvents;
export type EventChannel = keyof EventPayloads;
export const eventChannels: readonly EventChannel[] = ['quota:changed', 'connection:changed'];

/** The page's name for each channel: one bridge function per channel. */
export const bridgeMethods = {
  ...shellBridgeMethods,
  ...catalogBridgeMethods,
  ...customerBridgeMethods,
  ...labelBridgeMethods,
  ...backOfficeBridgeMethods,
  ...storeCheckBridgeMethods,
  ...managerBridgeMethods,
} as const satisfies Record<string, InvokeChannel>;

// The compiler refuses a channel that has no bridge function.
type Unbridged = Exclude<InvokeChannel, (typeof bridgeMethods)[keyof typeof bridgeMethods]>;
const everyChannelBridged: [Unbridged] extends [never] ? true : never = true;
void everyChannelBridged;

type BridgeFunction<C extends InvokeChannel> =
  undefined extends InputOf<C>
    ? (input?: InputOf<C>) => Promise<IpcResult<OutputOf<C>>>
    : (input: InputOf<C>) => Promise<IpcResult<OutputOf<C>>>;

/** What `window.dealpos` is in the page. */
export type DealposBridge = {
  [M in keyof typeof bridgeMethods]: BridgeFunction<(typeof bridgeMethods)[M]>;
} & {
  /** Subscribes to an event from main; returns the unsubscribe function. */
  on<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
};
