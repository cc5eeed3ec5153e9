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
import type { IpcResult } from './channel.ts';
import {
  type BackOfficeEvents,
  backOfficeBridgeMethods,
  backOfficeChannels,
} from './channels/back-office.ts';
import { type CatalogEvents, catalogBridgeMethods, catalogChannels } from './channels/catalog.ts';
import { type CustomerEvents, customerBridgeMethods, customerChannels } from './channels/customers.ts';
import { type LabelEvents, labelBridgeMethods, labelChannels } from './channels/labels.ts';
import { type ManagerEvents, managerBridgeMethods, managerChannels } from './channels/manager.ts';
import { type ShellEvents, shellBridgeMethods, shellChannels } from './channels/shell.ts';
import {
  type StoreCheckEvents,
  storeCheckBridgeMethods,
  storeCheckChannels,
} from './channels/store-check.ts';

export type { GovernorState } from '../dealpos/rate-governor.ts';
export type { Outlet } from '../dealpos/schemas/store.ts';
export type { Approval } from './approval.ts';
export type { IpcError, IpcResult } from './channel.ts';
export * from './channels/back-office.ts';
export * from './channels/catalog.ts';
export * from './channels/customers.ts';
export * from './channels/labels.ts';
export * from './channels/manager.ts';
export * from './channels/shell.ts';
export * from './channels/store-check.ts';

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
