/** The hash that opens the app's page as the printable page of one discrepancy report. */
export const reportRoutePrefix = '#receive-report/';

/** The app page's address on the report route of `jobId`, e.g. "app://dealpos/index.html#receive-report/<uuid>". */
export function receiveReportUrl(appUrl: string, jobId: string): string {
  const url = new URL(appUrl);
  url.hash = `${reportRoutePrefix.slice(1)}${encodeURIComponent(jobId)}`;
  return url.href;
}

/**
 * The hidden report page and the only channels it uses (renderer/src/receive/report/report-page.tsx):
 * fetch its report, say it is drawn. Main refuses any other channel from a page on this route
 * (main/window/trusted-sender.ts), as it does for the label print page.
 */
export const receiveReportPage = {
  hashPrefix: reportRoutePrefix,
  channels: ['receive:report-job', 'receive:report-rendered'],
} as const;
