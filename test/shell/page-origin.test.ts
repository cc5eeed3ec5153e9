import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, appSchemePrivileges } from '../../main/window/app-origin.ts';
import { rendererSource } from '../../main/window/renderer-source.ts';
import { trustedSenderCheck } from '../../main/window/trusted-sender.ts';

describe('where the page is loaded from', () => {
  it('the installed app loads its own files from app://dealpos', () => {
    expect(rendererSource({ isPackaged: true, devServerUrl: undefined })).toEqual({
      url: APP_ENTRY_URL,
      origin: APP_ORIGIN,
      isDevelopment: false,
    });
  });

  it('an environment variable cannot point the installed app at another page', () => {
    const source = rendererSource({ isPackaged: true, devServerUrl: 'http://localhost:5173/' });
    expect(source.url).toBe(APP_ENTRY_URL);
    expect(source.isDevelopment).toBe(false);
  });

  it('electron-vite dev loads the dev server on this machine', () => {
    expect(rendererSource({ isPackaged: false, devServerUrl: 'http://localhost:5173/' })).toEqual({
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
      isDevelopment: true,
    });
  });

  it.each([
    'https://evil.example/',
    'http://192.168.1.20:5173/',
    'file:///tmp/index.html',
    'http://u:p@localhost:5173/',
    'nonsense',
  ])('a dev server URL of %s is ignored', (devServerUrl) => {
    expect(rendererSource({ isPackaged: false, devServerUrl }).url).toBe(APP_ENTRY_URL);
  });

  it('app:// is a standard secure scheme with no CSP bypass', () => {
    expect(appSchemePrivileges.privileges).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });
});

describe('who may call the app over IPC', () => {
  const trusted = trustedSenderCheck(APP_ORIGIN);

  it('the top frame of our page is trusted', () => {
    expect(trusted('app://dealpos/index.html', 'settings:get')).toBe(true);
    expect(trusted('app://dealpos/', 'settings:get')).toBe(true);
  });

  it.each([
    ['a subframe (no URL given)', undefined],
    ['a web page', 'https://evil.example/'],
    ['a local file', 'file:///C:/index.html'],
    ['another app:// host', 'app://evil/index.html'],
    ['our host with credentials', 'app://x:y@dealpos/index.html'],
    ['the dev server, outside development', 'http://localhost:5173/'],
    ['an empty URL', ''],
  ])('%s is not', (_what, url) => {
    expect(trusted(url, 'settings:get')).toBe(false);
  });
});
