/**
 * The web address `value` is, if it is one the system browser may be given: http or https, with
 * a host and without a user name or password (`https://dealpos.com@evil.example` would show one
 * site and open another). Returns the normalised URL, or null.
 */
export function safeExternalUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href;
}

/**
 * Opens a web link in the cashier's browser (never in the app), and nothing else: `file:`,
 * `javascript:`, `smb:` and custom schemes could start programs. `open` is `shell.openExternal`.
 *
 * @returns whether the link was handed to the browser
 */
export function openExternalUrl(value: unknown, open: (url: string) => Promise<void>): boolean {
  const url = safeExternalUrl(value);
  if (url === null) return false;
  // A browser that fails to start is not the page's business; it is logged, not thrown.
  open(url).catch((error: unknown) => console.warn('Could not open a link in the browser:', String(error)));
  return true;
}
