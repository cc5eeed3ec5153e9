import { type AppHandlers, invokeChannels } from './app-contract.ts';
import { createBackOfficeHandlers } from './back-office/back-office-handlers.ts';
import { createCatalogHandlers } from './catalog/catalog-handlers.ts';
import { createShellHandlers } from './connection/shell-handlers.ts';
import { type CustomerContext, createCustomerHandlers } from './customers/customer-handlers.ts';
import { guardedChannels } from './guarded-channels.ts';
import { createDispatcher, type Dispatch, type DispatcherOptions } from './ipc/dispatch.ts';
import { createLabelHandlers, type LabelContext } from './labels/label-handlers.ts';
import { createLoggingHandlers, type LoggingContext } from './logging/logging-handlers.ts';
import { guardHandlers } from './manager/approval-guard.ts';
import { createManagerHandlers } from './manager/manager-handlers.ts';
import { createManagerPasscode } from './manager/manager-passcode.ts';
import { createReceiveHandlers, type ReceiveContext } from './receive/receive-handlers.ts';
import { createStoreCheckHandlers } from './store-check/store-check-handlers.ts';
import { createSupportHandlers, type SupportContext } from './support/support-handlers.ts';
import { busyWhile } from './updates/busy-while.ts';
import { createUpdateHandlers, type UpdatesContext } from './updates/update-handlers.ts';

/** What the app hands its features: the one context, with what labels and customers add. */
export type AppContext = LabelContext &
  CustomerContext &
  ReceiveContext &
  LoggingContext &
  SupportContext &
  UpdatesContext;

/**
 * The main-process side of every channel of the contract (plain TypeScript: runs in Node tests),
 * with the manager's approval checked before every guarded channel's handler.
 */
export function createHandlers(services: AppContext): AppHandlers {
  // A live store with its outlet chosen: what guarded "while connected" actions and the proof
  // for a first passcode both go by.
  const connected = () => {
    const view = services.connection.view();
    return view.mode === 'live' && view.outlet !== null;
  };
  const passcode = createManagerPasscode({
    backing: services.openStore('manager-passcode'),
    now: services.now,
    firstPasscodeAllowed: (clientSecret) =>
      !connected() || (clientSecret !== undefined && services.connection.secretMatches(clientSecret)),
  });
  const shell = createShellHandlers(services);
  const storeCheck = createStoreCheckHandlers(services);
  const labels = createLabelHandlers(services);
  const handlers: AppHandlers = {
    ...shell,
    ...createCatalogHandlers(services),
    ...createCustomerHandlers(services),
    ...labels,
    // No update restarts the app while labels go to the printer or into a PDF.
    'labels:print': busyWhile(services.updates, 'print', labels['labels:print']),
    'labels:save-pdf': busyWhile(services.updates, 'print', labels['labels:save-pdf']),
    ...createBackOfficeHandlers(services),
    ...storeCheck,
    ...createManagerHandlers(passcode),
    ...createReceiveHandlers(services),
    ...createLoggingHandlers(services),
    ...createSupportHandlers(services, {
      quota: () => shell['quota:get'](undefined),
      storeCheckReport: () => storeCheck['store-check:report'](undefined),
    }),
    ...createUpdateHandlers(services),
  };
  return guardHandlers(handlers, guardedChannels, {
    passcode,
    connected,
    log: services.log,
  });
}

/** The dispatcher over the app's contract: every IPC call of the app goes through it. */
export function createAppDispatcher(handlers: AppHandlers, options: DispatcherOptions): Dispatch {
  return createDispatcher(invokeChannels, handlers, options);
}
