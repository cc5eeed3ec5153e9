/** The hash that opens the app's page as the print page of one job (the renderer reads the same form). */
export const printRoutePrefix = '#labels-print/';

/** The app page's address on the print route of `jobId`, e.g. "app://dealpos/index.html#labels-print/<uuid>". */
export function labelPrintUrl(appUrl: string, jobId: string): string {
  const url = new URL(appUrl);
  url.hash = `${printRoutePrefix.slice(1)}${encodeURIComponent(jobId)}`;
  return url.href;
}
