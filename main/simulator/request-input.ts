import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { badRequest } from './dealpos-error.ts';

/** Marks "Content-Type: application/json was sent but no body came with it". */
export const EMPTY_JSON_BODY: unique symbol = Symbol('empty JSON body');

function isJsonContentType(request: FastifyRequest): boolean {
  return (request.headers['content-type'] ?? '').toLowerCase().includes('json');
}

function hasBodyBytes(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

async function readRawBody(request: FastifyRequest): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request.raw) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The request's input: the query string merged with the JSON body (the body wins). DealPOS
 * documents reads as GET with a JSON body; fastify never parses a GET body, so one that did come
 * is read here. Answers EMPTY_JSON_BODY when a JSON content type came without a body, which real
 * DealPOS turns into a 500 (README "Request conventions").
 */
export async function readInput(request: FastifyRequest): Promise<unknown> {
  let body: unknown = request.body;
  if (request.method === 'GET' && isJsonContentType(request)) {
    const raw = hasBodyBytes(request) ? await readRawBody(request) : '';
    body = raw.trim() === '' ? undefined : parseJson(raw);
  }
  if (isJsonContentType(request) && body === undefined) return EMPTY_JSON_BODY;
  if (Array.isArray(body)) return body;
  const query = (request.query ?? {}) as Record<string, unknown>;
  return isRecord(body) ? { ...query, ...body } : { ...query };
}

/** JSON.parse with DealPOS's answer to a body it cannot read. */
export function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest('The request is invalid.');
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates input against a schema whose keys are DealPOS's field names. Keys match without
 * regard to case, as ASP.NET model binding does, and unknown keys are ignored. The first problem
 * becomes a 400 with its message.
 */
export function parseInput<S extends z.ZodObject>(schema: S, raw: unknown): z.output<S> {
  const canonical = new Map(Object.keys(schema.shape).map((key) => [key.toLowerCase(), key]));
  const normalized: Record<string, unknown> = {};
  if (isRecord(raw)) {
    for (const [key, value] of Object.entries(raw)) {
      const name = canonical.get(key.toLowerCase());
      if (name !== undefined && normalized[name] === undefined) normalized[name] = value;
    }
  }
  const result = schema.safeParse(normalized);
  if (!result.success) throw badRequest(result.error.issues[0]?.message ?? 'The request is invalid.');
  return result.data;
}
