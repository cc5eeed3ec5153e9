import type { FastifyReply } from 'fastify';

/**
 * Whether a request's Host header names this simulator: its own address `127.0.0.1:<port>` or
 * `localhost:<port>` (case aside), the port being the one the request arrived on.
 *
 * Why: the simulator listens on loopback, but a web page the PC opens can still reach it through
 * DNS rebinding (a name of the attacker's that first resolves to their server, then to
 * 127.0.0.1). The browser then sends the attacker's name as Host, so checking it keeps such
 * pages out, the way dev servers do.
 */
export function isOwnHost(host: string | undefined, port: number | undefined): boolean {
  if (!host || port === undefined) return false;
  const name = host.toLowerCase();
  const names = ['127.0.0.1', 'localhost'];
  // A client may leave out the port only when it is the scheme's default.
  return names.some((n) => name === `${n}:${port}` || (port === 80 && name === n));
}

/** 421 Misdirected Request: this server does not answer for the host the request names. */
export function refuseOtherHost(reply: FastifyReply): void {
  reply
    .code(421)
    .type('text/plain; charset=utf-8')
    .send('This simulator answers only requests addressed to its own 127.0.0.1 or localhost address.');
}
