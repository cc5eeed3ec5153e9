import { contentSecurityPolicy } from './content-security-policy.ts';
import { mimeTypeOf } from './mime-types.ts';
import { resolveAppPath } from './protocol-path.ts';

export interface AppProtocolOptions {
  /** The folder the page is served from (out/renderer). */
  root: string;
  /** Reads a whole file; rejects when there is none. In the app, `fs.promises.readFile`, which reads inside app.asar too. */
  readFile(path: string): Promise<Uint8Array>;
}

// On every response, errors included: the CSP, no MIME sniffing, and no embedding elsewhere.
const securityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
} as const;

const plain = (status: number, text: string) =>
  new Response(text, {
    status,
    headers: { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' },
  });

/**
 * The handler `protocol.handle('app', ...)` is given: serves the files under `root` by GET or HEAD,
 * with the security headers on every answer, and 404 for anything outside `root` or missing.
 * Plain web Request/Response, so it runs in Node tests as it runs in Electron.
 */
export function createAppProtocolHandler(
  options: AppProtocolOptions,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { ...securityHeaders, allow: 'GET, HEAD' } });
    }
    const path = resolveAppPath(options.root, request.url);
    if (!path) return plain(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await options.readFile(path);
    } catch {
      return plain(404, 'Not found');
    }
    const headers = { ...securityHeaders, 'content-type': mimeTypeOf(path), 'cache-control': 'no-cache' };
    // A fresh copy, so the Response owns a plain ArrayBuffer whatever the reader returned.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
