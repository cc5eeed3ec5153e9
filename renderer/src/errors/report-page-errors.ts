import type { DealposBridge } from '../bridge/contract.ts';

/** Reports per page load at most: a render loop that throws must not fill the log file. */
const maxReports = 50;

// Only what the channel's schema accepts (main/logging/logging-channels.ts): one line, capped.
const oneLine = (text: string, max: number) =>
  text
    .replace(/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]+/gu, ' ')
    .trim()
    .slice(0, max) || '(no message)';
const lines = (text: string, max: number) =>
  text.replace(/[^\P{Cc}\t\n\r]|[\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu, ' ').slice(0, max);

function describe(reason: unknown): { message: string; stack?: string } {
  if (reason instanceof Error) {
    return { message: `${reason.name}: ${reason.message}`, ...(reason.stack ? { stack: reason.stack } : {}) };
  }
  return { message: typeof reason === 'string' ? reason : String(reason) };
}

/**
 * Sends the page's uncaught errors and unhandled rejections to main, which writes them to the
 * log file (redacted there): on a shop PC nobody opens DevTools. Returns the function that stops it.
 */
export function reportPageErrors(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  bridge: Pick<DealposBridge, 'invoke'>,
  where: () => string,
): () => void {
  let sent = 0;
  const report = (kind: 'error' | 'unhandledrejection', reason: unknown, fallback: string) => {
    if (sent >= maxReports) return;
    sent += 1;
    const { message, stack } = describe(reason ?? fallback);
    const screen = oneLine(where(), 100);
    void bridge
      .invoke('logs:page-error', {
        kind,
        message: oneLine(message, 2_000),
        ...(stack && lines(stack, 8_000).trim() ? { stack: lines(stack, 8_000) } : {}),
        ...(screen !== '(no message)' ? { where: screen } : {}),
      })
      .catch(() => {});
  };
  const onError = (event: Event) => {
    const { error, message } = event as ErrorEvent;
    report('error', error, message ?? 'error');
  };
  const onRejection = (event: Event) =>
    report('unhandledrejection', (event as PromiseRejectionEvent).reason, '');
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
