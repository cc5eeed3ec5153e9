import { z } from 'zod';
import type { IssuedToken } from '../token-source.ts';

/** A field that is used when it reads well and ignored otherwise, never a reason to refuse the token. */
const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/**
 * `Token/OAuth2` answer. Only `access_token` is required: the reference pages document
 * `expires_in` (seconds) and sometimes `expiredat`; a live tenant answered `expiredAt`
 * ("2026-03-06T14:29:57.3563968+07:00") and no `expires_in` (README, live table "Token
 * answer"). A lifetime field that is missing or unreadable must not lock the store out, so each
 * is optional and token-expiry.ts decides from what is there.
 */
export const tokenResponseSchema = z
  .object({
    access_token: z.string().min(1),
    token_type: lenient(z.string().min(1)),
    expires_in: lenient(z.coerce.number().positive().finite()),
    expiredAt: lenient(z.string()),
    expiredat: lenient(z.string()),
  })
  .transform(
    (t): IssuedToken => ({
      accessToken: t.access_token,
      tokenType: t.token_type ?? 'Bearer',
      expiresInSeconds: t.expires_in,
      expiresAtText: t.expiredAt ?? t.expiredat,
    }),
  );
