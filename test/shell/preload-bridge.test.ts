import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { eventChannels, invokeChannelNames } from '../../main/app-contract.ts';
import { labelPrintUrl } from '../../main/labels/print-route.ts';
import { APP_ENTRY_URL } from '../../main/window/app-origin.ts';
import { bridgeNamesFor, channelNamePattern, eventNames } from '../../preload/bridge-names.ts';
import { recordingBridge } from '../support/recording-bridge.ts';

// The preload's `electron` (contextBridge, ipcRenderer) exists only inside Electron's renderer,
// so it is replaced here: ipcRenderer by an EventEmitter with an invoke spy, contextBridge by a
// recorder of what would be exposed. The preload module itself runs unchanged.

const exposed = new Map<string, unknown>();
const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer,
}));

type Bridge = Record<string, unknown> & {
  invoke(channel: unknown, input?: unknown): Promise<unknown>;
  on(event: unknown, listener: unknown): () => void;
};
let bridge: Bridge;

beforeAll(async () => {
  // The app window's page, as the sandboxed preload sees it (it reads nothing from process.argv).
  vi.stubGlobal('location', { href: APP_ENTRY_URL });
  await import('../../preload/index.ts');
  vi.unstubAllGlobals();
  bridge = exposed.get('dealpos') as Bridge;
});

describe('what the page gets as window.dealpos', () => {
  it('only `dealpos` is exposed, with `invoke` and `on`', () => {
    expect([...exposed.keys()]).toEqual(['dealpos']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('nothing of ipcRenderer is reachable from it', () => {
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
    expect(Object.values(bridge)).not.toContain(ipcRenderer.invoke);
    expect('send' in bridge || 'ipcRenderer' in bridge || 'sendSync' in bridge).toBe(false);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it.each(invokeChannelNames)('invoke(%s) asks main on that channel', async (channel) => {
    const answer = await bridge.invoke(channel, { language: 'id' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith(channel, { language: 'id' });
    expect(answer).toEqual({ ok: true, value: { channel, input: { language: 'id' } } });
  });

  it('a listener gets the payload only, never the IPC event with its sender', () => {
    const listener = vi.fn();
    bridge.on('connection:changed', listener);
    const ipcEvent = { sender: ipcRenderer, senderId: 0 };
    ipcRenderer.emit('connection:changed', ipcEvent, { mode: 'demo' });
    expect(listener.mock.calls).toEqual([[{ mode: 'demo' }]]);
  });

  it('unsubscribing removes the listener from ipcRenderer', () => {
    const listener = vi.fn();
    const before = ipcRenderer.listenerCount('quota:changed');
    const off = bridge.on('quota:changed', listener);
    expect(ipcRenderer.listenerCount('quota:changed')).toBe(before + 1);
    off();
    expect(ipcRenderer.listenerCount('quota:changed')).toBe(before);
    ipcRenderer.emit('quota:changed', {}, { used: 1 });
    expect(listener).not.toHaveBeenCalled();
  });

  it('every event of the contract can be listened to, and nothing else', () => {
    for (const event of eventChannels) expect(() => bridge.on(event, () => {})()).not.toThrow();
    expect(() => bridge.on('ipc:any-channel', () => {})).toThrow('Unknown event');
    expect(ipcRenderer.listenerCount('ipc:any-channel')).toBe(0);
  });
});

describe('which names the preload lets through', () => {
  it('every channel of the contract has a name the preload accepts', () => {
    const pattern = new RegExp(channelNamePattern);
    expect(invokeChannelNames.filter((channel) => !pattern.test(channel))).toEqual([]);
  });

  it("the preload's event names are the contract's events", () => {
    expect([...eventNames].sort()).toEqual([...eventChannels].sort());
  });

  it('a name that is no channel name never reaches ipcRenderer', async () => {
    ipcRenderer.invoke.mockClear();
    for (const name of ['', 'labels', 'labels:', ':recent', 'Labels:Recent', 'labels:recent ', '__proto__']) {
      await expect(bridge.invoke(name)).rejects.toThrow('Not a channel of the app');
    }
    for (const name of [undefined, null, 42, {}, ['labels:recent'], Symbol('x')]) {
      await expect(bridge.invoke(name)).rejects.toThrow('Not a channel of the app');
    }
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('the hidden print page gets its two channels and no events', async () => {
    const { bridge: printPage, sent } = recordingBridge(
      bridgeNamesFor(labelPrintUrl(APP_ENTRY_URL, 'job-1')),
    );
    await printPage.invoke('labels:print-job', { jobId: 'job-1' });
    await printPage.invoke('labels:print-rendered', { jobId: 'job-1', pages: 2 });
    for (const channel of invokeChannelNames.filter((c) => !c.startsWith('labels:print-'))) {
      await expect(printPage.invoke(channel as 'app:info')).rejects.toThrow();
    }
    expect(() => printPage.on('quota:changed', () => {})).toThrow('Unknown event');
    expect(sent).toEqual(['labels:print-job', 'labels:print-rendered']);
  });

  it("a page whose address cannot be read gets the print page's few names, not the whole bridge", () => {
    expect(bridgeNamesFor('')).toEqual(bridgeNamesFor(labelPrintUrl(APP_ENTRY_URL, 'x')));
    expect(bridgeNamesFor(APP_ENTRY_URL).events).toEqual(eventNames);
  });
});
