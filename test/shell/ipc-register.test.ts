import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { invokeChannelNames, invokeChannels } from '../../main/app-contract.ts';
import { createAppServices } from '../../main/app-services.ts';
import { forwardEvents, registerIpc, senderUrlOf } from '../../main/ipc/register.ts';
import { memoryBacking } from '../../main/settings/settings-repository.ts';
import { trustedSenderCheck } from '../../main/window/trusted-sender.ts';

// ipcMain and IPC events exist only inside Electron: a Map of handlers stands in for ipcMain,
// and frames are plain objects with `url` and `parent`. The dispatcher behind them is the real one.

type Handler = (event: IpcMainInvokeEvent, payload: unknown) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  };
}

const topFrame = (url: string) => ({ url, parent: null });
const subFrame = (url: string) => ({ url, parent: topFrame('app://dealpos/index.html') });
const invokeEvent = (frame: unknown) => ({ senderFrame: frame }) as unknown as IpcMainInvokeEvent;

const vault = {
  protection: async () => 'os' as const,
  encrypt: async (text: string) => Buffer.from(text).toString('base64'),
  decrypt: async (data: string) => Buffer.from(data, 'base64').toString(),
};

async function services() {
  return createAppServices({
    settingsBacking: memoryBacking(),
    vault,
    startDemo: () => Promise.reject(new Error('no demo in this test')),
    isTrustedSender: trustedSenderCheck('app://dealpos'),
    version: '0.1.0',
    osLocale: 'id-ID',
  });
}

describe('which frame a message came from', () => {
  it('the top frame gives its URL', () => {
    expect(senderUrlOf(invokeEvent(topFrame('app://dealpos/index.html')))).toBe('app://dealpos/index.html');
  });

  it('an iframe gives nothing, even one showing our own page', () => {
    expect(senderUrlOf(invokeEvent(subFrame('app://dealpos/index.html')))).toBeUndefined();
  });

  it('a frame already gone gives nothing', () => {
    expect(senderUrlOf(invokeEvent(null))).toBeUndefined();
  });
});

describe('IPC registration', () => {
  it('every channel of the contract, and only those, gets a handler', async () => {
    const ipcMain = fakeIpcMain();
    registerIpc(ipcMain, invokeChannelNames, (await services()).dispatch);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.keys(invokeChannels).sort());
  });

  it('our page gets its answer', async () => {
    const ipcMain = fakeIpcMain();
    registerIpc(ipcMain, invokeChannelNames, (await services()).dispatch);
    const answer = await ipcMain.handlers.get('app:info')?.(
      invokeEvent(topFrame('app://dealpos/index.html')),
      undefined,
    );
    expect(answer).toEqual({
      ok: true,
      value: { version: '0.1.0', osLocale: 'id-ID', secretProtection: 'os' },
    });
  });

  it('an iframe asking for the same is refused before any handler runs', async () => {
    const ipcMain = fakeIpcMain();
    registerIpc(ipcMain, invokeChannelNames, (await services()).dispatch);
    const answer = await ipcMain.handlers.get('app:info')?.(
      invokeEvent(subFrame('app://dealpos/index.html')),
      undefined,
    );
    expect(answer).toMatchObject({ ok: false, error: { kind: 'untrusted-sender' } });
  });

  it('a web page that somehow got the window is refused', async () => {
    const ipcMain = fakeIpcMain();
    registerIpc(ipcMain, invokeChannelNames, (await services()).dispatch);
    const answer = await ipcMain.handlers.get('settings:set-language')?.(
      invokeEvent(topFrame('https://evil.example/')),
      {
        language: 'en',
      },
    );
    expect(answer).toMatchObject({ ok: false, error: { kind: 'untrusted-sender' } });
  });

  it('unregistering removes every handler', async () => {
    const ipcMain = fakeIpcMain();
    const unregister = registerIpc(ipcMain, invokeChannelNames, (await services()).dispatch);
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('events pushed to the page', () => {
  it('a connection change reaches the page, and stops once unsubscribed', async () => {
    const app = await services();
    const contents = { send: vi.fn(), isDestroyed: () => false };
    const stop = forwardEvents(app.onEvent, contents);
    await app.connection.disconnect();
    expect(contents.send).toHaveBeenCalledWith(
      'connection:changed',
      expect.objectContaining({ mode: 'none' }),
    );
    stop();
    contents.send.mockClear();
    await app.connection.disconnect();
    expect(contents.send).not.toHaveBeenCalled();
  });

  it('nothing is sent to a window that is already closed', async () => {
    const app = await services();
    const contents = { send: vi.fn(), isDestroyed: () => true };
    forwardEvents(app.onEvent, contents);
    await app.connection.disconnect();
    expect(contents.send).not.toHaveBeenCalled();
  });
});
