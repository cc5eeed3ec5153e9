import type { Dispatch } from '../main/ipc/dispatch.ts';
import { type StaticServer, serveStatic } from '../test/e2e/harness/static-server.ts';

/** Where the bench page posts IPC calls (see `answerIpc`). */
export const benchIpcPath = '/__bench-ipc';

export interface BenchServer extends StaticServer {
  /** The bench page on the same origin, so it opens the app's own IndexedDB. */
  benchUrl: string;
  /**
   * From now on, a POST of `{ channel, payload }` to `benchIpcPath` is answered by `dispatch`
   * (main's real dispatcher: sender check, zod validation, handlers) with the page's URL as the
   * sender, as one JSON body. The bench's stand-in for Electron's IPC: a structured clone over
   * Mojo costs milliseconds for a page of 1,000 rows, a Playwright binding 80-250 ms.
   */
  answerIpc(dispatch: Dispatch): void;
}

/** Serves the built renderer at `/` and the bench page at `/bench/` on one origin, with `csp`. */
export async function serveBench(appRoot: string, benchRoot: string, csp: string): Promise<BenchServer> {
  let dispatch: Dispatch | null = null;
  const server = await serveStatic(
    { '/': appRoot, '/bench/': benchRoot },
    csp,
    async (path, body, referer) => {
      if (path !== benchIpcPath || dispatch === null) return null;
      const { channel, payload } = JSON.parse(body) as { channel: string; payload: unknown };
      return JSON.stringify(await dispatch(channel, referer, payload));
    },
    // The bench page alone is cross-origin isolated: its performance.now() steps by 5 µs instead
    // of 100, which a lookup of ~1 ms needs. The app's page keeps the app's own headers.
    (path): Record<string, string> =>
      path.startsWith('/bench/')
        ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }
        : {},
  );
  return {
    ...server,
    benchUrl: `${server.url}bench/`,
    answerIpc: (next) => {
      dispatch = next;
    },
  };
}
