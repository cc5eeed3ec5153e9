import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface BenchServer {
  /** The app's page, e.g. "http://127.0.0.1:41234/"; the suite harness calls it `server.url`. */
  url: string;
  /** The bench page on the same origin, so it opens the app's own IndexedDB. */
  benchUrl: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer at `/` and the bench page at `/bench/` on one 127.0.0.1 origin, every
 * answer with `csp` as its header, like the e2e harness's static server.
 */
export async function serveBench(appRoot: string, benchRoot: string, csp: string): Promise<BenchServer> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const inBench = path === '/bench' || path.startsWith('/bench/');
    const root = inBench ? benchRoot : appRoot;
    const rest = inBench ? path.slice('/bench'.length) : path;
    const file = normalize(join(root, rest === '/' || rest === '' ? 'index.html' : rest));
    const headers = {
      'content-security-policy': csp,
      'cache-control': 'no-store',
    };
    if (path === '/favicon.ico') {
      response.writeHead(204, headers).end();
      return;
    }
    if (!file.startsWith(root + sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'content-type': contentTypes[extname(file)] ?? 'text/plain' });
      response.end(body);
    } catch {
      response.writeHead(404, headers).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    benchUrl: `${origin}/bench/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
