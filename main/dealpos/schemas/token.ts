import { z } from 'zod';
import type { IssuedToken } from '../token-source.ts';

/** `Token/OAuth2` answer; `expiredat` is sometimes sent too and not needed. */
export const tokenResponseSchema = z
  .object({
    access_token: z.string().min(1),
    token_type: z.string().default('Bearer'),
    expires_in: z.coerce.number().positive(),
  })
  .transform(
    (t): IssuedToken => ({
      accessToken: t.access_token,
      tokenType: t.token_type,
      expiresInSeconds: t.expires_in,
    }),
  );
