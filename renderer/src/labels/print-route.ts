/** The hash main opens its hidden print window on (main/labels/print-route.ts writes it). */
const prefix = '#labels-print/';

/** The print job id in a page's hash, or null when the page is the app itself. */
export function labelPrintJobId(hash: string): string | null {
  if (!hash.startsWith(prefix)) return null;
  const id = decodeURIComponent(hash.slice(prefix.length));
  return /^[0-9a-f-]{36}$/i.test(id) ? id : null;
}
