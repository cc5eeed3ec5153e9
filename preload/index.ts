import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { buildBridge } from './bridge.ts';
import { readBridgeManifest } from './bridge-manifest.ts';

// The sandboxed preload: it gives the page `window.dealpos`, one function per channel of the
// contract and `on` for the listed events, and nothing else. Never ipcRenderer itself: with it
// the page could invoke any channel and listen to anything main sends.

/** Listens to one event from main; the page's listener gets the payload only, never the IpcRendererEvent (it holds `sender`, an ipcRenderer). */
function subscribe(event: string, listener: (payload: unknown) => void): () => void {
  const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(event, relay);
  return () => {
    ipcRenderer.removeListener(event, relay);
  };
}

// Main names the channels (webPreferences.additionalArguments); without that the page gets nothing.
const manifest = readBridgeManifest(process.argv);
if (manifest) {
  contextBridge.exposeInMainWorld(
    'dealpos',
    buildBridge(
      manifest.methods,
      manifest.events as Parameters<typeof buildBridge>[1],
      (channel, input) => ipcRenderer.invoke(channel, input),
      subscribe,
    ),
  );
}
