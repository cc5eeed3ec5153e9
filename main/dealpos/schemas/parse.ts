import { z } from 'zod';
import { DealposError } from '../errors.ts';

/** A field DealPOS may leave out or send as null; either way the app sees `undefined`. */
export const maybe = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((value): z.output<T> | undefined => value ?? undefined);

/** DealPOS image URLs can be protocol-relative (`//res.cloudinary.com/...`). */
export const imageUrl = maybe(z.string()).transform((url) => {
  if (!url) return undefined;
  return url.startsWith('//') ? `https:${url}` : url;
});

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(the whole answer)';
  return `${path}: ${issue.message}`;
}

/**
 * Parses DealPOS's answer for `endpoint` into the app's own type, once, at the border. Unknown
 * extra fields are dropped; a missing or wrongly typed field the app uses is an
 * `invalid-response` DealposError naming the endpoint and the field.
 */
export function parseResponse<T extends z.ZodType>(endpoint: string, schema: T, data: unknown): z.output<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw new DealposError({
    kind: 'invalid-response',
    endpoint,
    message: `DealPOS answered ${endpoint} in an unexpected shape (${first ? describeIssue(first) : 'unknown'}).`,
  });
}
