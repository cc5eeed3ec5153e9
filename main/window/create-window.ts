import { app, BrowserWindow, protocol, type Session, shell } from 'electron';
import { appSchemePrivileges } from './app-origin.ts';
import { guardSession, guardWebContents } from './guards.ts';
import type { RendererSource } from './renderer-source.ts';
import { windowOptions } from './window-options.ts';

// Electron glue only: every decision lives in the plain modules next to this one.

/** Before `ready`: makes `app://` a standard, secure scheme, and puts every renderer in the OS sandbox. */
export function prepareBeforeReady(): void {
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([
    { scheme: appSchemePrivileges.scheme, privileges: { ...appSchemePrivileges.privileges } },
  ]);
}

/**
 * Guards every WebContents the app will ever have (windows, and anything a bug might create) and
 * the session's permissions. Call once, before the first window.
 */
export function guardEverything(source: RendererSource, session: Session): void {
  const policy = { allowedOrigin: source.origin, openExternal: (url: string) => shell.openExternal(url) };
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, policy));
  guardSession(session, source.origin);
}

/** Opens the app's window on `source.url` and shows it once it has painted. */
export function createMainWindow(
  source: RendererSource,
  preloadPath: string,
  iconPath?: string,
): BrowserWindow {
  const options = { preloadPath, isDevelopment: source.isDevelopment, ...(iconPath ? { iconPath } : {}) };
  const window = new BrowserWindow(windowOptions(options));
  window.once('ready-to-show', () => window.show());
  // Without a menu there is no Reload or Toggle DevTools accelerator outside development.
  if (!source.isDevelopment) window.removeMenu();
  void window.loadURL(source.url);
  return window;
}
