import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { buildBridge } from './bridge.ts';
import { bridgeNamesFor } from './bridge-names.ts';

// The sandboxed preload: it gives the page `window.dealpos` (`invoke` for channel names and `on`
// for the listed events) and nothing else. Never ipcRenderer itself: with it the page could send
// on any channel and listen to anything main sends.

/** Listens to one event from main; the page's listener gets the payload only, never the IpcRendererEvent (it holds `sender`, an ipcRenderer). */
function subscribe(event: string, listener: (payload: unknown) => void): () => void {
  const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(event, relay);
  return () => {
    ipcRenderer.removeListener(event, relay);
  };
}

// The hidden print window opens the app's page on the print route: it gets the two print channels only.
// (The page's location, read from globalThis: this file is also type-checked with Node's types.)
const pageUrl = (globalThis as { location?: { href: string } }).location?.href ?? '';
contextBridge.exposeInMainWorld(
  'dealpos',
  buildBridge(bridgeNamesFor(pageUrl), (channel, input) => ipcRenderer.invoke(channel, input), subscribe),
);
