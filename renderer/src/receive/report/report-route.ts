/** The hash main opens its hidden report window on (main/receive/report-route.ts writes it). */
const prefix = '#receive-report/';

/** The report job id in a page's hash, or null when the page is not the report page. */
export function receiveReportJobId(hash: string): string | null {
  if (!hash.startsWith(prefix)) return null;
  const id = decodeURIComponent(hash.slice(prefix.length));
  return /^[0-9a-f-]{36}$/i.test(id) ? id : null;
}
