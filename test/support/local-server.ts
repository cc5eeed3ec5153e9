import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface LocalServer {
  /** e.g. "http://127.0.0.1:43121" */
  origin: string;
  port: number;
  /** Every request it received, as "METHOD /path" with the body. */
  received: { line: string; body: string }[];
  /** TCP connections it accepted (a TLS attempt counts too, though it never becomes a request). */
  connections: number;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 that answers with `answer`, and remembers every connection and
 * request, so a test can show that something never reached it.
 */
export async function startLocalServer(
  answer: (request: IncomingMessage, response: ServerResponse, body: string) => void = (_q, response) =>
    response.writeHead(404).end(),
): Promise<LocalServer> {
  const received: LocalServer['received'] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      received.push({ line: `${request.method} ${request.url}`, body });
      answer(request, response, body);
    });
  });
  const local: LocalServer = {
    origin: '',
    port: 0,
    received,
    connections: 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  server.on('connection', () => {
    local.connections++;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  local.port = port;
  local.origin = `http://127.0.0.1:${port}`;
  return local;
}
