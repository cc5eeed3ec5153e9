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
  /** Outlets (by name) this API user may not access: DealPOS answers 403 for them. */
  deniedOutlets?: readonly string[];
}

/**
 * Two API users of one store account. Their GUIDs come from the seed, so a test run can be
 * repeated with the same credentials. "limited" is a cashier-like user: it sees products and
 * outlets only, so customers, the PIN and every write answer 403 for it, and it may not
 * reach the warehouse outlet's documents. "productsOnly" may not
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
      // A cashier's user is not granted the warehouse: "You are not allowed to access [Outlet ID ...]".
      deniedOutlets: ['Gudang Pusat'],
    },
    {
      name: 'productsOnly',
      credentials: { clientId: rng.guid(), clientSecret: rng.guid() },
      roles: [role('Products', 'VIEW')],
    },
  ];
}
