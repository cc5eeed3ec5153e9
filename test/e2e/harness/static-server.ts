import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, sep } from 'node:path';
import { mimeTypeOf } from '../../../main/window/mime-types.ts';

export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234/" (the page is index.html there). */
  url: string;
  close(): Promise<void>;
}

/** A folder served under a URL path prefix ("/" or e.g. "/bench/"). */
export type Mounts = Record<string, string>;

/**
 * Answers a same-origin POST (the bench's stand-in for Electron's IPC transport): the path, the
 * request body and the Referer (the page's URL); null leaves the request to the static files.
 */
export type PostHandler = (path: string, body: string, referer: string | undefined) => Promise<string | null>;

/**
 * Serves built pages on 127.0.0.1 with `csp` as a response header on every answer, as main's
 * app:// handler does (and with its MIME types). `root` is one folder served at "/", or several
 * mounted under path prefixes on the same origin (so they share its storage).
 */
export async function serveStatic(
  root: string | Mounts,
  csp: string,
  post?: PostHandler,
  /** Headers some paths get besides the CSP (the bench page's cross-origin isolation). */
  headersFor?: (path: string) => Record<string, string>,
): Promise<StaticServer> {
  const mounts = Object.entries(typeof root === 'string' ? { '/': root } : root).sort(
    ([a], [b]) => b.length - a.length,
  );
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const headers = { 'content-security-policy': csp, 'cache-control': 'no-store', ...headersFor?.(path) };
    if (path === '/favicon.ico') {
      // Chromium asks every site for one; Electron never does, and the app has none.
      response.writeHead(204, headers).end();
      return;
    }
    if (post && request.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const answer = await post(path, Buffer.concat(chunks).toString('utf8'), request.headers.referer);
      if (answer !== null) {
        response.writeHead(200, { ...headers, 'content-type': 'application/json' }).end(answer);
        return;
      }
    }
    const mount = mounts.find(([prefix]) => `${path}/`.startsWith(prefix));
    if (!mount) {
      response.writeHead(404, headers).end();
      return;
    }
    const [prefix, dir] = mount;
    const rest = path.slice(prefix.length - 1);
    const file = normalize(join(dir, rest === '/' || rest === '' ? 'index.html' : rest));
    if (!file.startsWith(dir + sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'content-type': mimeTypeOf(file) }).end(body);
    } catch {
      response.writeHead(404, headers).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
