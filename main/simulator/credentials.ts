import { createRng, deriveSeed } from './prng.ts';
import { ALL_ROLES, type Role, role } from './roles.ts';

export interface SimCredentials {
  clientId: string;
  clientSecret: string;
}

export interface ApiClient {
  name: 'full' | 'limited' | 'productsOnly';
  credentials: SimCredentials;
  roles: readonly Role[];
}

/**
 * Two API users of one store account. Their GUIDs come from the seed, so a test run can be
 * repeated with the same credentials. "limited" is a cashier-like user: it sees products and
 * outlets only, so customers, the PIN and every write answer 403 for it. "productsOnly" may not
 * even list outlets: the Connect screen's missing-role case.
 */
export function deriveClients(seed: number): ApiClient[] {
  const rng = createRng(deriveSeed(seed, 'credentials'));
  return [
    { name: 'full', credentials: { clientId: rng.guid(), clientSecret: rng.guid() }, roles: ALL_ROLES },
    {
      name: 'limited',
      credentials: { clientId: rng.guid(), clientSecret: rng.guid() },
      roles: [role('Products', 'VIEW'), role('Outlets', 'VIEW')],
    },
    {
      name: 'productsOnly',
      credentials: { clientId: rng.guid(), clientSecret: rng.guid() },
      roles: [role('Products', 'VIEW')],
    },
  ];
}
