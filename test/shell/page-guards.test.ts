import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  denyDevicePermission,
  denyPermissionCheck,
  denyPermissionRequest,
  downloadGuard,
  guardSession,
  guardWebContents,
  navigationGuard,
  refuseWebview,
  windowOpenHandler,
} from '../../main/window/guards.ts';

// Electron's WebContents and Session cannot exist without the Electron binary, so the guards are
// given stand-ins: event objects with preventDefault, and an EventEmitter with the two setters.

function fakeEvent(url = '') {
  return {
    url,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

describe('navigation', () => {
  const guard = navigationGuard('app://dealpos');

  it.each([
    'https://evil.example/',
    'http://localhost:5173/',
    'file:///C:/Users/kasir/Documents/',
    'app://evil/index.html',
    'app://user:pw@dealpos/index.html',
    'javascript:alert(1)',
    'data:text/html,hi',
    'about:blank',
    'not a url',
  ])('a page fed a link to %s stays where it is', (url) => {
    const event = fakeEvent(url);
    guard(event);
    expect(event.prevented).toBe(true);
  });

  it('moving within the app (a reload, another of its pages) is allowed', () => {
    for (const url of ['app://dealpos/index.html', 'app://dealpos/', 'app://dealpos/index.html#/scan']) {
      const event = fakeEvent(url);
      guard(event);
      expect(event.prevented).toBe(false);
    }
  });

  it('in development only the dev server itself is home', () => {
    const dev = navigationGuard('http://localhost:5173');
    const home = fakeEvent('http://localhost:5173/index.html');
    const elsewhere = fakeEvent('http://localhost:8080/');
    dev(home);
    dev(elsewhere);
    expect(home.prevented).toBe(false);
    expect(elsewhere.prevented).toBe(true);
  });
});

describe('new windows', () => {
  it('a link to a web page opens in the system browser, not in the app', () => {
    const open = vi.fn(async (_url: string) => {});
    const handler = windowOpenHandler(open);
    expect(handler({ url: 'https://www.dealpos.com/help' })).toEqual({ action: 'deny' });
    expect(open).toHaveBeenCalledWith('https://www.dealpos.com/help');
  });

  it.each([
    'file:///etc/passwd',
    'app://dealpos/index.html',
    'javascript:alert(1)',
    'https://a:b@example.com/',
  ])('window.open(%j) opens nothing anywhere', (url) => {
    const open = vi.fn(async (_url: string) => {});
    expect(windowOpenHandler(open)({ url })).toEqual({ action: 'deny' });
    expect(open).not.toHaveBeenCalled();
  });
});

describe('webviews, permissions and downloads', () => {
  it('a <webview> never attaches', () => {
    const event = fakeEvent();
    refuseWebview(event);
    expect(event.prevented).toBe(true);
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'hid',
    'serial',
    'usb',
    'openExternal',
  ])('a request for %s is refused', (permission) => {
    const callback = vi.fn();
    denyPermissionRequest({}, permission, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('every permission check and device check says no', () => {
    expect(denyPermissionCheck()).toBe(false);
    expect(denyDevicePermission()).toBe(false);
  });

  it('a download from anywhere is cancelled', () => {
    for (const url of [
      'https://evil.example/tool.exe',
      'blob:https://evil.example/1',
      'file:///etc/passwd',
      '',
    ]) {
      const event = fakeEvent();
      downloadGuard('app://dealpos')(event, { getURL: () => url });
      expect(event.prevented, url).toBe(true);
    }
  });

  it("a file the app's own page made (the PIN-check log as CSV) may be saved", () => {
    const event = fakeEvent();
    downloadGuard('app://dealpos')(event, {
      getURL: () => 'blob:app://dealpos/3f2a9c0e-1b2c-4d5e-8f90-123456789abc',
    });
    expect(event.prevented).toBe(false);
    const lookalike = fakeEvent();
    downloadGuard('app://dealpos')(lookalike, { getURL: () => 'blob:app://dealpos.evil/1' });
    expect(lookalike.prevented).toBe(true);
  });
});

describe('every page gets the guards', () => {
  function fakeContents() {
    const emitter = new EventEmitter();
    let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
    const contents = Object.assign(emitter, {
      setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
        openHandler = handler;
      },
    });
    return { contents, openHandler: () => openHandler };
  }

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s away from the app is cancelled on a guarded page',
    (eventName) => {
      const { contents } = fakeContents();
      guardWebContents(contents, { allowedOrigin: 'app://dealpos', openExternal: async () => {} });
      const away = fakeEvent('https://evil.example/');
      const home = fakeEvent('app://dealpos/index.html');
      contents.emit(eventName, away);
      contents.emit(eventName, home);
      expect(away.prevented).toBe(true);
      expect(home.prevented).toBe(false);
    },
  );

  it('a guarded page attaches no webview and opens no window', () => {
    const { contents, openHandler } = fakeContents();
    const open = vi.fn(async (_url: string) => {});
    guardWebContents(contents, { allowedOrigin: 'app://dealpos', openExternal: open });
    const attach = fakeEvent();
    contents.emit('will-attach-webview', attach, {}, {});
    expect(attach.prevented).toBe(true);
    expect(openHandler()?.({ url: 'https://www.dealpos.com/' })).toEqual({ action: 'deny' });
    expect(open).toHaveBeenCalledWith('https://www.dealpos.com/');
  });

  it('the session denies permission requests, checks and devices, and cancels downloads', () => {
    const session = Object.assign(new EventEmitter(), {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    });
    guardSession(session, 'app://dealpos');
    const callback = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0]?.[0]({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.setPermissionCheckHandler.mock.calls[0]?.[0]()).toBe(false);
    expect(session.setDevicePermissionHandler.mock.calls[0]?.[0]()).toBe(false);
    const download = fakeEvent();
    session.emit('will-download', download, { getURL: () => 'https://evil.example/x.exe' });
    expect(download.prevented).toBe(true);
  });
});
