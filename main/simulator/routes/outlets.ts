import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { registerApiRoute } from '../api-route.ts';
import { badRequest } from '../dealpos-error.ts';
import { choice, flag, text } from '../input-fields.ts';
import { isLive } from '../profile.ts';
import { parseInput } from '../request-input.ts';
import { role } from '../roles.ts';
import type { Outlet } from '../seed/outlets.ts';
import type { SimState } from '../state.ts';

const OutletQuery = z.object({
  Name: text('Name'),
  // "All" or the user's granted outlets; the simulated API user may see every outlet.
  Access: text('Access'),
  SuspendedStatus: choice('SuspendedStatus', ['No', 'Yes', 'All']),
  // The live form: `?Suspended=false` answered a bare array of active outlets.
  Suspended: flag('Suspended'),
});
type OutletQuery = z.output<typeof OutletQuery>;

const OUTLETS_VIEW = [role('Outlets', 'VIEW')];

const shape = (o: Outlet) => ({ ID: o.id, Name: o.name, Code: o.code, Suspended: o.suspended });

/**
 * Which outlets a query selects. `Suspended` (live) wins over `SuspendedStatus` (reference
 * pages); with neither, the GET of the docs profile lists active outlets and the live POST twin
 * lists every outlet ("POST /Outlet/p with {} (all outlets)").
 */
function select(state: SimState, query: OutletQuery, otherwise: 'No' | 'All'): Outlet[] {
  const status =
    query.Suspended !== undefined ? (query.Suspended ? 'Yes' : 'No') : (query.SuspendedStatus ?? otherwise);
  const name = query.Name?.toLowerCase();
  return state.store.outlets
    .filter((o) => status === 'All' || o.suspended === (status === 'Yes'))
    .filter((o) => !name || o.name.toLowerCase().includes(name));
}

/** GET Outlet (POST twin Outlet/p): `[{ID, Name, Code, Suspended}]`. */
export function registerOutletRoutes(app: FastifyInstance, state: SimState): void {
  registerApiRoute(app, state, {
    method: 'GET',
    path: 'Outlet',
    role: OUTLETS_VIEW,
    handler: ({ input, state }) => {
      const query = parseInput(OutletQuery, input);
      // Live refused a GET without it: "bare GET demands Suspended param" (README, live table).
      if (isLive(state) && query.Suspended === undefined) {
        throw badRequest('Please provide a value of Suspended');
      }
      return select(state, query, 'No').map(shape);
    },
  });
  registerApiRoute(app, state, {
    method: 'POST',
    path: 'Outlet/p',
    role: OUTLETS_VIEW,
    handler: ({ input, state }) =>
      select(state, parseInput(OutletQuery, input), isLive(state) ? 'All' : 'No').map(shape),
  });
}
