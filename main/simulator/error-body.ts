import { STATUS_CODES } from 'node:http';
import { isLive } from './profile.ts';
import { isRecord } from './request-input.ts';
import type { SimState } from './state.ts';

/**
 * Live error bodies carry ASP.NET's problem-details `title` and `status` beside DealPOS's
 * `Message`: `{"title": ..., "status": 400, "Message": "Please provide a value of variant id or
 * variant code"}` (README, live table "Error bodies"). The docs profile sends `Message` alone.
 */
export function dressErrorBody(state: SimState, status: number, body: unknown): unknown {
  if (!isLive(state) || !isRecord(body) || !('Message' in body)) return body;
  return { title: STATUS_CODES[status] ?? `HTTP ${status}`, status, ...body };
}
