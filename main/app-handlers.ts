import { createBackOfficeHandlers } from './back-office/back-office-handlers.ts';
import type { catalogChannels } from './catalog/catalog-channels.ts';
import { createCatalogSource } from './catalog/catalog-source.ts';
import type { shellChannels } from './connection/shell-channels.ts';
import type { FeatureContext } from './core/feature-context.ts';
import { createCustomerHandlers } from './customers/customer-handlers.ts';
import type { HandlersFor } from './ipc/channel.ts';
import type { Handlers } from './ipc/dispatch.ts';
import { createLabelHandlers } from './labels/label-handlers.ts';
import { guardHandlers } from './manager/approval-guard.ts';
import { createManagerHandlers } from './manager/manager-handlers.ts';
import { createManagerPasscode } from './manager/manager-passcode.ts';
import { createStoreCheckHandlers } from './store-check/store-check-handlers.ts';

function shellHandlers(services: FeatureContext): HandlersFor<typeof shellChannels> {
  const { connection, settings } = services;
  return {
    'app:info': async () => ({
      version: services.version,
      osLocale: services.osLocale,
      secretProtection: await services.vault.protection(),
    }),
    'settings:get': () => ({ language: settings.get().language }),
    'settings:set-language': ({ language }) => ({
      language: settings.update((current) => ({ ...current, language })).language,
    }),
    'connection:get': () => connection.view(),
    'connection:test': (input) => connection.test(input),
    'connection:save': (input) => connection.save(input),
    'connection:choose-outlet': (input) => connection.chooseOutlet(input),
    'connection:start-demo': () => connection.startDemo(),
    'connection:disconnect': () => connection.disconnect(),
    'outlets:list': () => connection.client().outlets.list(),
    'quota:get': () => connection.quota(),
  };
}

function catalogHandlers(services: FeatureContext): HandlersFor<typeof catalogChannels> {
  const source = createCatalogSource(
    () => services.connection.client(),
    services.now,
    () => services.connection.view().outlet?.name ?? null,
  );
  return {
    'catalog:page': ({ category, pageNumber, pageSize }) => source.page(category, pageNumber, pageSize),
    'catalog:categories': () => source.categories(),
    'catalog:lookup': ({ code }) => source.lookup(code),
    'catalog:products-page': ({ pageNumber, pageSize }) => source.productPage(pageNumber, pageSize),
    'catalog:stock-everywhere': ({ code }) => source.stockEverywhere(code),
  };
}

/**
 * The main-process side of every channel of the contract (plain TypeScript: runs in Node tests),
 * with the manager's approval checked before every guarded channel's handler.
 */
export function createHandlers(services: FeatureContext): Handlers {
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
  const handlers: Handlers = {
    ...shellHandlers(services),
    ...catalogHandlers(services),
    ...createCustomerHandlers(services),
    ...createLabelHandlers(services),
    ...createBackOfficeHandlers(services),
    ...createStoreCheckHandlers(services),
    ...createManagerHandlers(passcode),
  };
  return guardHandlers(handlers, {
    passcode,
    connected,
    log: services.log,
  });
}
