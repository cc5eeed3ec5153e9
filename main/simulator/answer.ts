import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Sends a DealPOS answer. The body is serialized here rather than by fastify so a bare JSON
 * string (DELETE Variant answers `"Variant with code ... deleted."`) goes out as JSON, not text.
 */
export function sendJson(reply: FastifyReply, status: number, body: unknown): FastifyReply {
  if (body === undefined) return reply.code(status).send();
  return reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify(body));
}

/** Ends the connection without any answer, as a dead proxy or a dropped link would. */
export function dropConnection(request: FastifyRequest, reply: FastifyReply): void {
  reply.hijack();
  request.raw.socket.destroy();
}
