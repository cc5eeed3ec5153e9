import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerApiRoute } from '../api-route.ts';
import { DealposError } from '../dealpos-error.ts';
import { chargeWindow, quotaExceeded, windowSpent } from '../gate.ts';
import { text } from '../input-fields.ts';
import { jakartaTimestamp } from '../jwt.ts';
import { isLive } from '../profile.ts';
import { parseInput } from '../request-input.ts';
import type { SimState } from '../state.ts';

const TokenRequest = z.object({
  client_id: text('client_id'),
  client_secret: text('client_secret'),
  // Accepted and ignored: some clients send it, DealPOS only knows client credentials.
  grant_type: text('grant_type'),
});

const AUTH_FAILED = { Message: 'Authentication failed, invalid client_id or client_secret!' };

/** The answer's fields, per the profile and the `tokenAnswer` switch. */
function tokenBody(state: SimState, token: string, lifetime: number, expiresAt: number) {
  if (!isLive(state)) {
    return {
      access_token: token,
      token_type: 'bearer',
      expires_in: lifetime,
      expiredat: new Date(expiresAt).toISOString(),
    };
  }
  // Live: "{access_token (an HS256 JWT), token_type: "Bearer", expiredAt: "2026-03-06T14:29:57
  // .3563968+07:00"}" (README, live table). No client read `expires_in`; the variant sends both.
  if (state.config.tokenAnswer === 'expiredAt') {
    return { access_token: token, token_type: 'Bearer', expiredAt: jakartaTimestamp(expiresAt) };
  }
  return {
    access_token: token,
    token_type: 'Bearer',
    expires_in: lifetime,
    expiredat: jakartaTimestamp(expiresAt),
  };
}

/** POST Token/OAuth2: client credentials in a JSON body, a bearer token back. */
export function registerTokenRoute(app: FastifyInstance, state: SimState): void {
  registerApiRoute(app, state, {
    method: 'POST',
    path: 'Token/OAuth2',
    token: true,
    handler: ({ input, state, reply }) => {
      const { client_id, client_secret } = parseInput(TokenRequest, input);
      const client = state.clients.find(
        (c) =>
          c.credentials.clientId.toLowerCase() === client_id?.trim().toLowerCase() &&
          c.credentials.clientSecret === client_secret?.trim(),
      );
      // Whether the token call counts toward the window is unknown for real DealPOS: a switch.
      if (state.config.countTokenRequests) {
        const admitted = chargeWindow(state, reply);
        if (client && !admitted) throw quotaExceeded(state, reply);
      } else if (isLive(state) && client && windowSpent(state)) {
        // A live client "handled 429 on Token/OAuth2 too": refused while the window is spent,
        // even when the call itself is not counted.
        throw quotaExceeded(state, reply);
      }
      if (!client) throw new DealposError(401, AUTH_FAILED);
      const lifetime = state.config.tokenLifetimeSeconds;
      const form = isLive(state) ? 'jwt' : 'opaque';
      const { token, expiresAt } = state.tokens.issue(client, lifetime, Date.now(), form);
      state.stats.tokensIssued++;
      return tokenBody(state, token, lifetime, expiresAt);
    },
  });
}
