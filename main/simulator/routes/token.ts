import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerApiRoute } from '../api-route.ts';
import { DealposError } from '../dealpos-error.ts';
import { chargeWindow, quotaExceeded } from '../gate.ts';
import { text } from '../input-fields.ts';
import { parseInput } from '../request-input.ts';
import type { SimState } from '../state.ts';

const TokenRequest = z.object({
  client_id: text('client_id'),
  client_secret: text('client_secret'),
  // Accepted and ignored: some clients send it, DealPOS only knows client credentials.
  grant_type: text('grant_type'),
});

const AUTH_FAILED = { Message: 'Authentication failed, invalid client_id or client_secret!' };

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
        if (client && !admitted) throw quotaExceeded(state);
      }
      if (!client) throw new DealposError(401, AUTH_FAILED);
      const lifetime = state.config.tokenLifetimeSeconds;
      const { token, expiresAt } = state.tokens.issue(client, lifetime, Date.now());
      state.stats.tokensIssued++;
      return {
        access_token: token,
        token_type: 'bearer',
        expires_in: lifetime,
        expiredat: new Date(expiresAt).toISOString(),
      };
    },
  });
}
