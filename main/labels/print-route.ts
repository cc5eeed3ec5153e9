/** The hash that opens the app's page as the print page of one job (the renderer reads the same form). */
export const printRoutePrefix = '#labels-print/';

/** The app page's address on the print route of `jobId`, e.g. "app://dealpos/index.html#labels-print/<uuid>". */
export function labelPrintUrl(appUrl: string, jobId: string): string {
  const url = new URL(appUrl);
  url.hash = `${printRoutePrefix.slice(1)}${encodeURIComponent(jobId)}`;
  return url.href;
}

/**
 * The hidden print page and the only channels it uses (renderer/src/labels/print-page.tsx):
 * fetch its job, say it is drawn. Its preload exposes just these (preload/bridge-names.ts), and main
 * refuses any other channel from a page on this route (main/window/trusted-sender.ts), so the
 * window never holds the bridge that saves credentials or checks PINs.
 */
export const labelPrintPage = {
  hashPrefix: printRoutePrefix,
  channels: ['labels:print-job', 'labels:print-rendered'],
} as const;
