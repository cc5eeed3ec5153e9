/**
 * Where the page comes from in the built app: a custom scheme, so the page never runs from
 * `file://` (which Chromium treats as one origin for the whole disk) and every response passes
 * through our handler, which adds the CSP header.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dealpos';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * What `protocol.registerSchemesAsPrivileged` is given, before the app is ready. `standard` gives
 * the scheme real origins and relative URLs, `secure` makes it a secure context (like https), and
 * `supportFetchAPI` lets the page `fetch` its own files. Deliberately absent: `bypassCSP`,
 * `corsEnabled`, `allowServiceWorkers`, `stream`.
 */
export const appSchemePrivileges = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
} as const;

/**
 * Whether `url` has exactly the scheme, host and port of `origin` (e.g. "app://dealpos" or
 * "http://localhost:5173"). False for anything that does not parse.
 *
 * Compares parts rather than `URL.origin`, which Node gives as "null" for a custom scheme.
 */
export function isSameOrigin(url: string | undefined, origin: string): boolean {
  if (url === undefined) return false;
  const target = parse(url);
  const expected = parse(origin);
  if (!target || !expected) return false;
  return (
    target.protocol === expected.protocol &&
    target.hostname === expected.hostname &&
    portOf(target) === portOf(expected) &&
    // A URL with credentials in it is never our page's.
    target.username === '' &&
    target.password === ''
  );
}

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

const defaultPorts: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

function portOf(url: URL): string {
  return url.port || defaultPorts[url.protocol] || '';
}
