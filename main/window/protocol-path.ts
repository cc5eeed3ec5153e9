import { isAbsolute, join, relative, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-origin.ts';

/**
 * Maps an `app://dealpos/...` request URL to a file under `root` (out/renderer), or null when it
 * must not be served: another scheme or host, a path that is not valid percent-encoding, or one
 * that would leave `root` once decoded (`..`, `%2e%2e`, `%2f`, `%5c`, a drive letter, NUL).
 * `/` is index.html; the query string and fragment are ignored.
 *
 * The URL parser already folds plain `..` segments; the checks here are for what it leaves
 * encoded, and for the Chromium side parsing a little differently from Node's.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST || url.port !== '')
    return null;

  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed escapes such as "%E0%A4%A"
  }
  // A backslash is a separator on Windows, a colon starts a drive or a stream, NUL ends a C string.
  if (/[\\:\0]/.test(path)) return null;
  if (path === '' || path.endsWith('/')) path += 'index.html';

  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return null;

  const file = join(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}
