import { EventEmitter } from 'node:events';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { bridgeMethods, eventChannels } from '../../main/app-contract.ts';
import { bridgeArgument } from '../../main/ipc/bridge-argument.ts';

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

type Bridge = Record<string, (...args: unknown[]) => unknown> & {
  on(event: string, listener: (payload: unknown) => void): () => void;
};
let bridge: Bridge;

beforeAll(async () => {
  // What Electron appends to the preload's process.argv from webPreferences.additionalArguments.
  process.argv.push(bridgeArgument());
  await import('../../preload/index.ts');
  bridge = exposed.get('dealpos') as Bridge;
});

describe('what the page gets as window.dealpos', () => {
  it('only `dealpos` is exposed, with one function per channel of the contract and `on`', () => {
    expect([...exposed.keys()]).toEqual(['dealpos']);
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(bridgeMethods), 'on'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('nothing of ipcRenderer is reachable from it', () => {
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
    expect(Object.values(bridge)).not.toContain(ipcRenderer.invoke);
    expect('invoke' in bridge || 'send' in bridge || 'ipcRenderer' in bridge).toBe(false);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it.each(Object.entries(bridgeMethods))('%s asks main on the %s channel', async (method, channel) => {
    const answer = await bridge[method]?.({ language: 'id' });
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
