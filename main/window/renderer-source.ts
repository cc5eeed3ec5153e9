import { APP_ENTRY_URL, APP_ORIGIN } from './app-origin.ts';

export interface RendererSource {
  /** What the window loads first. */
  url: string;
  /** The one origin the page may navigate within and send IPC from. */
  origin: string;
  /** `electron-vite dev`: the page comes from Vite's dev server, and DevTools are allowed. */
  isDevelopment: boolean;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where the page comes from: our `app://` scheme, or in development the electron-vite dev server
 * (`ELECTRON_RENDERER_URL`).
 *
 * The dev server URL is honoured only in an unpackaged app and only on this machine's loopback:
 * on a shared shop PC, an environment variable must not be able to point the installed app at a
 * page of someone else's, which would then be trusted with the bridge.
 */
export function rendererSource(options: {
  isPackaged: boolean;
  devServerUrl: string | undefined;
}): RendererSource {
  const dev = options.isPackaged ? null : loopbackDevServer(options.devServerUrl);
  if (dev) return { url: dev.href, origin: `${dev.protocol}//${dev.host}`, isDevelopment: true };
  return { url: APP_ENTRY_URL, origin: APP_ORIGIN, isDevelopment: false };
}

function loopbackDevServer(value: string | undefined): URL | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return loopbackHosts.has(url.hostname) ? url : null;
}
