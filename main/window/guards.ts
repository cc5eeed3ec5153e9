import { isSameOrigin } from './app-origin.ts';
import { openExternalUrl } from './external-links.ts';

/** What Electron's will-navigate, will-frame-navigate and will-redirect listeners receive first. */
export interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

/**
 * A listener that cancels every navigation away from `allowedOrigin` (a reload of our own page
 * stays allowed). The page is the app; a link it is fed must never replace it with a web page
 * that would then have the bridge.
 */
export function navigationGuard(allowedOrigin: string): (event: NavigationEvent) => void {
  return (event) => {
    if (!isSameOrigin(event.url, allowedOrigin)) event.preventDefault();
  };
}

/**
 * The window-open handler: no new window ever opens. An http(s) link (`target="_blank"`,
 * `window.open`) goes to the system browser instead; anything else is dropped.
 */
export function windowOpenHandler(
  open: (url: string) => Promise<void>,
): (details: { url: string }) => { action: 'deny' } {
  return (details) => {
    openExternalUrl(details.url, open);
    return { action: 'deny' };
  };
}

/** `will-attach-webview`: no <webview> ever attaches (webviewTag is off too; this is the second lock). */
export function refuseWebview(event: { preventDefault(): void }): void {
  event.preventDefault();
}

/** Camera, microphone, notifications, geolocation, clipboard reads, HID, serial, USB...: always no. */
export function denyPermissionRequest(
  _contents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export const denyPermissionCheck = (): boolean => false;
export const denyDevicePermission = (): boolean => false;

/** What `will-download` hands over of the download (Electron's DownloadItem fits). */
export interface DownloadLike {
  getURL(): string;
}

/**
 * `will-download`: the page cannot drop files from anywhere onto the shop PC. The one exception is
 * a file the page made itself (a `blob:` URL of the app's own origin, such as the PIN-check log as
 * CSV): Electron then asks the person where to save it.
 */
export function downloadGuard(allowedOrigin: string) {
  return (event: { preventDefault(): void }, item?: DownloadLike): void => {
    const url = item?.getURL() ?? '';
    if (!url.startsWith(`blob:${allowedOrigin}/`)) event.preventDefault();
  };
}

/** The parts of a WebContents the guards attach to (Electron's WebContents fits). */
export interface GuardableContents {
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (event: NavigationEvent) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The parts of a Session the guards attach to (Electron's Session fits). */
export interface GuardableSession {
  setPermissionRequestHandler(handler: typeof denyPermissionRequest): void;
  setPermissionCheckHandler(handler: typeof denyPermissionCheck): void;
  setDevicePermissionHandler(handler: typeof denyDevicePermission): void;
  on(
    event: 'will-download',
    listener: (event: { preventDefault(): void }, item: DownloadLike) => void,
  ): unknown;
}

export interface GuardPolicy {
  /** The page's origin: the only one navigation may stay within. */
  allowedOrigin: string;
  /** `shell.openExternal`. */
  openExternal(url: string): Promise<void>;
}

/** Applies every per-page guard to a WebContents: the app's window, and any other that is ever created. */
export function guardWebContents(contents: GuardableContents, policy: GuardPolicy): void {
  const stayHome = navigationGuard(policy.allowedOrigin);
  contents.on('will-navigate', stayHome);
  // Subframes too: an iframe must not be steered anywhere either.
  contents.on('will-frame-navigate', stayHome);
  // A server redirect is a navigation the page did not ask for by name.
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', refuseWebview);
  contents.setWindowOpenHandler(windowOpenHandler(policy.openExternal));
}

/** Denies every permission and device, and every download but the page's own files, for all pages of a session. */
export function guardSession(session: GuardableSession, allowedOrigin: string): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyDevicePermission);
  session.on('will-download', downloadGuard(allowedOrigin));
}
