import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Dispatch } from './dispatch.ts';

// Electron's types only (erased at build), so a test drives this with a stand-in ipcMain.

/**
 * The URL of the frame that sent an IPC message, only when it is the window's top frame. A
 * subframe gets undefined, which the sender check refuses, whatever page the iframe holds.
 */
export function senderUrlOf(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string | undefined {
  const frame = event.senderFrame;
  // Null once the frame has navigated away or been destroyed before the message was handled.
  if (!frame || frame.parent !== null) return undefined;
  return frame.url;
}

/**
 * One `ipcMain.handle` per channel of the contract (`channels`, its names), each going through
 * `dispatch` (sender check, payload check, handler). Channels outside the contract get no handler,
 * so the page's invoke of one rejects in the preload. Returns a function that removes them all.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  channels: readonly string[],
  dispatch: Dispatch,
): () => void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown) => dispatch(channel, senderUrlOf(event), payload));
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(channel);
  };
}

/**
 * Pushes every event of the app services to the window's page, as long as the page is there.
 * Returns the unsubscribe function.
 */
export function forwardEvents(
  onEvent: (send: (event: string, payload: unknown) => void) => () => void,
  contents: Pick<WebContents, 'send' | 'isDestroyed'>,
): () => void {
  return onEvent((event, payload) => {
    if (!contents.isDestroyed()) contents.send(event, payload);
  });
}
