import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import type { bridgeMethods, EventChannel } from '../main/ipc/contract.ts';
import { buildBridge } from './bridge.ts';

// The sandboxed preload: it gives the page `window.dealpos`, one function per channel of the
// contract and `on` for the listed events, and nothing else. Never ipcRenderer itself: with it
// the page could invoke any channel and listen to anything main sends.

// The contract's names, copied: its modules also build zod schemas at load time, so importing
// them would make the bundle `require("zod")`, and a sandboxed preload can require nothing but
// electron (the page would come up without `window.dealpos`). `satisfies` and the check below make
// the compiler refuse any difference from the contract, so a new channel fails typecheck here
// until it is added. Goes away once the names live in a module of their own without zod.
const methods = {
  // shell
  getAppInfo: 'app:info',
  getSettings: 'settings:get',
  setLanguage: 'settings:set-language',
  getConnection: 'connection:get',
  testConnection: 'connection:test',
  saveConnection: 'connection:save',
  chooseOutlet: 'connection:choose-outlet',
  startDemo: 'connection:start-demo',
  disconnect: 'connection:disconnect',
  listOutlets: 'outlets:list',
  getQuota: 'quota:get',
  // catalog
  fetchCatalogPage: 'catalog:page',
  listCatalogCategories: 'catalog:categories',
  lookupVariantOnline: 'catalog:lookup',
} as const satisfies typeof bridgeMethods;
const events = ['quota:changed', 'connection:changed'] as const satisfies readonly EventChannel[];
type Unlisted = Exclude<EventChannel, (typeof events)[number]>;
const everyEventListed: [Unlisted] extends [never] ? true : never = true;
void everyEventListed;

/** Listens to one event from main; the page's listener gets the payload only, never the IpcRendererEvent (it holds `sender`, an ipcRenderer). */
function subscribe(event: string, listener: (payload: unknown) => void): () => void {
  const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(event, relay);
  return () => {
    ipcRenderer.removeListener(event, relay);
  };
}

contextBridge.exposeInMainWorld(
  'dealpos',
  buildBridge(methods, events, (channel, input) => ipcRenderer.invoke(channel, input), subscribe),
);
