import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../main/window/window-options.ts';

// The options object is exactly what create-window.ts hands to `new BrowserWindow`.
const production = windowOptions({
  preloadPath: '/app/out/preload/index.cjs',
  isDevelopment: false,
}).webPreferences;
const development = windowOptions({
  preloadPath: '/app/out/preload/index.cjs',
  isDevelopment: true,
}).webPreferences;

describe("the window's web preferences", () => {
  it('the page runs isolated from the preload, in the OS sandbox, without Node', () => {
    expect(production.contextIsolation).toBe(true);
    expect(production.sandbox).toBe(true);
    expect(production.nodeIntegration).toBe(false);
    expect(production.nodeIntegrationInWorker).toBe(false);
    expect(production.nodeIntegrationInSubFrames).toBe(false);
  });

  it('web security stays on: same-origin policy, no http content in the page', () => {
    expect(production.webSecurity).toBe(true);
    expect(production.allowRunningInsecureContent).toBe(false);
    expect(production.experimentalFeatures).toBe(false);
  });

  it('the page cannot embed a <webview>, and a dropped file does not replace the page', () => {
    expect(production.webviewTag).toBe(false);
    expect(production.navigateOnDragDrop).toBe(false);
  });

  it('no spellchecker, so typing sends nothing to a dictionary server', () => {
    expect(production.spellcheck).toBe(false);
  });

  it('DevTools open only in development', () => {
    expect(production.devTools).toBe(false);
    expect(development.devTools).toBe(true);
  });

  it('the bundled preload is the one loaded', () => {
    expect(production.preload).toBe('/app/out/preload/index.cjs');
  });

  it('development relaxes nothing but DevTools', () => {
    expect({ ...development, devTools: false }).toEqual(production);
  });

  it('no preference outside the reviewed list slips in', () => {
    expect(Object.keys(production).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'devTools',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'safeDialogs',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    );
  });
});

describe('what main tells the preload', () => {
  it('nothing through its arguments: the preload reads no manifest a process could forge', () => {
    expect('additionalArguments' in production).toBe(false);
    expect('additionalArguments' in development).toBe(false);
  });
});
