import { type StaticServer, serveStatic } from '../test/e2e/harness/static-server.ts';

export interface BenchServer extends StaticServer {
  /** The bench page on the same origin, so it opens the app's own IndexedDB. */
  benchUrl: string;
}

/** Serves the built renderer at `/` and the bench page at `/bench/` on one origin, with `csp`. */
export async function serveBench(appRoot: string, benchRoot: string, csp: string): Promise<BenchServer> {
  const server = await serveStatic({ '/': appRoot, '/bench/': benchRoot }, csp);
  return { ...server, benchUrl: `${server.url}bench/` };
}
